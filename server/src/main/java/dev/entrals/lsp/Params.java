package dev.entrals.lsp;

import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** Checks of request params that lsp4j lets through (missing fields): a clear -32602 instead of an internal error. */
public final class Params {

    private Params() {
    }

    public static void require(boolean ok, String message) {
        if (!ok) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
        }
    }

    public static <P extends TextDocumentPositionParams> P atPosition(P p, String method) {
        require(p != null && p.getTextDocument() != null && p.getTextDocument().getUri() != null
                && p.getPosition() != null, method + " needs textDocument.uri and position");
        return p;
    }
}
