package dev.entrals.execution;

import java.util.ArrayList;
import java.util.List;

/**
 * A request that did not succeed, as a person reads it: a Graph error reply (status, code, message, request id and
 * date, as PowerShell prints them), or a fault of the exchange itself (timeout, dropped connection, malformed reply,
 * cancellation, no session). Never holds a token.
 */
public final class GraphFault extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** Graph answered with an error status. */
        GRAPH_ERROR,
        /** No reply within the time limit. */
        TIMEOUT,
        /** The connection failed or was dropped. */
        CONNECTION,
        /** The reply is not the JSON Graph sends (malformed or truncated). */
        MALFORMED,
        /** The user cancelled. */
        CANCELLED,
        /** There is no session to take a token from. */
        NOT_CONNECTED,
        /** A lookup the module's code sends before its request found nothing (an empty {@code value}, no id). */
        NOT_FOUND,
        /** The local file a request sends as its body cannot be read. */
        LOCAL_FILE
    }

    private final Kind kind;
    private final int status;
    private final String code;
    private final String requestId;
    private final String date;
    private final String request;
    private final List<String> hints;

    /**
     * A fault; {@code request} is {@code METHOD URL} (never a header), {@code status} 0 when there was no reply.
     */
    public GraphFault(Kind kind, String message, int status, String code, String requestId, String date,
                      String request, List<String> hints) {
        super(message, null, false, false);
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.date = date;
        this.request = request;
        this.hints = List.copyOf(hints);
    }

    /** A fault of the exchange (no Graph error body). */
    static GraphFault of(Kind kind, String message, String request) {
        return new GraphFault(kind, message, 0, null, null, null, request, List.of());
    }

    /** The same fault with one more hint line. */
    GraphFault withHint(String hint) {
        List<String> h = new ArrayList<>(hints);
        h.add(hint);
        return new GraphFault(kind, getMessage(), status, code, requestId, date, request, h);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 without a reply. */
    public int status() {
        return status;
    }

    /** Graph's error code ({@code Request_ResourceNotFound}), or null. */
    public String code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }

    public String date() {
        return date;
    }

    /** {@code METHOD URL} of the request that failed. */
    public String request() {
        return request;
    }

    /** Extra lines for the user: which object was not found, which scopes would allow the call. */
    public List<String> hints() {
        return hints;
    }

    /**
     * The error as PowerShell prints a Graph error of {@code cmdlet}: the message, then Status, ErrorCode, Date and
     * the request ids; or the message and the request for a fault without a reply.
     */
    public String powerShellText(String cmdlet) {
        StringBuilder b = new StringBuilder();
        b.append(cmdlet == null ? "" : cmdlet + ": ").append(getMessage()).append('\n');
        if (status > 0) {
            b.append('\n').append("Status: ").append(status).append(" (").append(HttpStatusNames.of(status)).append(")\n");
            if (code != null) {
                b.append("ErrorCode: ").append(code).append('\n');
            }
            if (date != null) {
                b.append("Date: ").append(date).append('\n');
            }
            if (requestId != null) {
                b.append('\n').append("Headers:\n").append("request-id                    : ").append(requestId).append('\n');
            }
        }
        if (request != null) {
            b.append('\n').append("Request: ").append(request).append('\n');
        }
        for (String h : hints) {
            b.append(h).append('\n');
        }
        return b.toString();
    }
}
