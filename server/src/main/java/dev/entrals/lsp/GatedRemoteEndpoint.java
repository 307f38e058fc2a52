package dev.entrals.lsp;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * lsp4j's remote endpoint with the lifecycle rules of the spec in front of it: before {@code initialize} requests get
 * -32002 and notifications other than {@code exit} are dropped; after {@code shutdown} requests get -32600. In between,
 * a request the server does not implement (unknown, {@code $/}-prefixed or an lsp4j default method) gets -32601.
 */
public final class GatedRemoteEndpoint extends RemoteEndpoint {

    private static final Logger LOG = Logger.getLogger(GatedRemoteEndpoint.class.getName());

    private final MessageConsumer out;
    private final Lifecycle lifecycle;
    private final Set<String> implemented;
    private final RequestActivity activity;

    /**
     * {@code implemented}: the request methods the local endpoint really handles ({@link ImplementedRequests});
     * {@code out} must tell {@code activity} of each reply it writes (see {@link ServerLauncher}).
     */
    public GatedRemoteEndpoint(MessageConsumer out, Endpoint local, Function<Throwable, ResponseError> exceptionHandler,
            Lifecycle lifecycle, Set<String> implemented, RequestActivity activity) {
        super(out, local, exceptionHandler);
        this.out = out;
        this.lifecycle = lifecycle;
        this.implemented = implemented;
        this.activity = activity;
    }

    /** Counts each client request in flight (until its reply is written) for the server's busy signal. */
    @Override
    public void consume(Message message) {
        if (message instanceof RequestMessage) {
            activity.requestArrived();
        } else if (message instanceof NotificationMessage) {
            activity.notificationArrived();
        }
        super.consume(message);
    }

    @Override
    protected void handleRequest(RequestMessage request) {
        ResponseError refusal = refusal(request.getMethod());
        if (refusal == null) {
            super.handleRequest(request);
            return;
        }
        LOG.fine(() -> "refused '" + request.getMethod() + "': " + refusal.getMessage());
        out.consume(createErrorResponseMessage(request, refusal));
    }

    private ResponseError refusal(String method) {
        return switch (lifecycle.state()) {
            case CREATED -> "initialize".equals(method) ? null : new ResponseError(
                    ResponseErrorCode.ServerNotInitialized, "The server is not initialized yet: send 'initialize' first.", null);
            case INITIALIZED -> "initialize".equals(method) ? new ResponseError(
                    ResponseErrorCode.InvalidRequest, "The server is already initialized.", null)
                    : implemented.contains(method) ? null
                    : new ResponseError(ResponseErrorCode.MethodNotFound, "Method not found: " + method, null);
            case SHUT_DOWN -> new ResponseError(
                    ResponseErrorCode.InvalidRequest, "The server is shutting down: only 'exit' is accepted.", null);
        };
    }

    @Override
    protected void handleNotification(NotificationMessage notification) {
        if (lifecycle.state() == Lifecycle.State.CREATED && !"exit".equals(notification.getMethod())) {
            LOG.fine(() -> "dropped notification '" + notification.getMethod() + "' received before 'initialize'");
            return;
        }
        super.handleNotification(notification);
    }

    /** Params that do not fit the method's types are invalid params (-32602), not a parse error as lsp4j says. */
    @Override
    protected void handleRequestIssues(RequestMessage request, List<MessageIssue> issues) {
        if (refusal(request.getMethod()) != null) {
            handleRequest(request);
            return;
        }
        String text = issues.get(0).getText();
        String cause = issues.get(0).getCause() == null ? "" : ": " + firstLine(issues.get(0).getCause().getMessage());
        LOG.warning(() -> "invalid params for '" + request.getMethod() + "'" + cause);
        out.consume(createErrorResponseMessage(request, new ResponseError(ResponseErrorCode.InvalidParams,
                "Invalid params for '" + request.getMethod() + "'" + (cause.isEmpty() ? ": " + text : cause), null)));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Answers a message that could not be read at all with -32700 and a null id, as JSON-RPC asks. */
    void replyParseError(String detail) {
        ResponseMessage response = new ResponseMessage();
        response.setJsonHandler(getJsonHandler());
        response.setError(new ResponseError(ResponseErrorCode.ParseError, "Parse error: " + detail, null));
        try {
            out.consume(response);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "could not send a parse error reply", e);
        }
    }
}
