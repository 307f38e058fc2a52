package dev.entrals.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * lsp4j's stream reader made tolerant of garbage: a body is always consumed whole (so a body that is not JSON cannot
 * leak into the next header), unparseable JSON is answered with -32700, header lines glued to leftover junk are
 * recognised again, and each problem is one short log line instead of a stack trace.
 */
public final class ResyncingMessageProducer extends StreamMessageProducer {

    private static final Logger LOG = Logger.getLogger(ResyncingMessageProducer.class.getName());
    private static final String CONTENT_LENGTH = CONTENT_LENGTH_HEADER + ":";

    private final MessageJsonHandler jsonHandler;
    private final GatedRemoteEndpoint endpoint;
    private volatile MessageConsumer callback;

    public ResyncingMessageProducer(InputStream input, MessageJsonHandler jsonHandler, GatedRemoteEndpoint endpoint) {
        super(input, jsonHandler, endpoint);
        this.jsonHandler = jsonHandler;
        this.endpoint = endpoint;
    }

    @Override
    public void listen(MessageConsumer callback) {
        this.callback = callback;
        super.listen(callback);
    }

    @Override
    protected void parseHeader(String line, Headers headers) {
        int at = line.lastIndexOf(CONTENT_LENGTH);
        super.parseHeader(at > 0 ? line.substring(at) : line, headers);
    }

    @Override
    protected boolean handleMessage(InputStream input, Headers headers) throws IOException {
        byte[] body = input.readNBytes(headers.contentLength);
        if (body.length < headers.contentLength) {
            LOG.warning(() -> "input ended inside a message body (" + body.length + " of "
                    + headers.contentLength + " bytes)");
            return false;
        }
        Message message;
        try {
            message = jsonHandler.parseMessage(new String(body, Charset.forName(headers.charset)));
        } catch (MessageIssueException issue) {
            endpoint.handle(issue.getRpcMessage(), issue.getIssues());
            return true;
        } catch (RuntimeException notJsonRpc) {
            String why = firstLine(notJsonRpc);
            LOG.warning(() -> "unreadable JSON-RPC message (" + body.length + " bytes): " + why);
            endpoint.replyParseError(why);
            return true;
        }
        try {
            callback.consume(message);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "failed to handle a message: " + e, e);
        }
        return true;
    }

    @Override
    protected void fireError(Throwable error) {
        LOG.warning(() -> "bad JSON-RPC framing: " + firstLine(error));
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
