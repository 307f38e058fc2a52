package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonNull;

/** The reply's own members are always written; what lies inside a result is written as lsp4j always did. */
class StrictMessageJsonHandlerTest {

    private final StrictMessageJsonHandler json = new StrictMessageJsonHandler(Map.of());

    private String reply(Object result) {
        ResponseMessage m = new ResponseMessage();
        m.setId(7);
        m.setResult(result);
        return json.serialize(m);
    }

    @Test
    void aResultWhoseAdapterWritesNullIsSentAsResultNull() {
        Either<List<CompletionItem>, CompletionList> nothing = Either.forRight(null);
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":null}", reply(nothing));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":null}", reply(JsonNull.INSTANCE));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":null}", reply(null));
    }

    @Test
    void nullsInsideAResultAreStillLeftOut() {
        Hover hover = new Hover(new MarkupContent("plaintext", "x"));   // range is null
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"contents\":{\"kind\":\"plaintext\",\"value\":\"x\"}}}",
                reply(hover));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":[{\"label\":\"a\"}]}", reply(List.of(new CompletionItem("a"))));
    }

    @Test
    void errorRepliesAndNotificationsAreUnchanged() {
        ResponseMessage error = new ResponseMessage();
        error.setId(8);
        error.setError(new ResponseError(-32601, "Method not found: x", null));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":8,\"error\":{\"code\":-32601,\"message\":\"Method not found: x\"}}",
                json.serialize(error));
        NotificationMessage exit = new NotificationMessage();
        exit.setMethod("exit");
        assertEquals("{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}", json.serialize((Message) exit));
    }
}
