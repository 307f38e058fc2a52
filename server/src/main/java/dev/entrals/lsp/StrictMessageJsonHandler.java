package dev.entrals.lsp;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

import com.google.gson.JsonIOException;
import com.google.gson.stream.JsonWriter;

/**
 * lsp4j's JSON handler, except that a member of the message object itself is never dropped for being null: a reply
 * always carries {@code "result"} (or {@code "error"}). lsp4j writes {@code "result"} and then lets the result's
 * type adapter write the value; an adapter that writes null (an {@code Either} holding null, a {@code JsonNull})
 * made Gson drop the member, and strict clients (vscode-jsonrpc) reject a reply with neither result nor error.
 * Nulls deeper inside a result are still left out, as before.
 */
public final class StrictMessageJsonHandler extends MessageJsonHandler {

    public StrictMessageJsonHandler(Map<String, JsonRpcMethod> supportedMethods) {
        super(supportedMethods);
    }

    @Override
    public void serialize(Message message, Writer output) throws JsonIOException {
        try {
            JsonWriter json = new TopLevelNullsWriter(output);
            getGson().toJson(message, Message.class, json);
            json.flush();
        } catch (IOException e) {
            throw new JsonIOException(e);
        }
    }

    /** A JSON writer that always writes a null member of the outermost object (the message's own members). */
    private static final class TopLevelNullsWriter extends JsonWriter {
        private int depth;

        TopLevelNullsWriter(Writer out) {
            super(out);
        }

        @Override
        public JsonWriter beginObject() throws IOException {
            depth++;
            return super.beginObject();
        }

        @Override
        public JsonWriter endObject() throws IOException {
            depth--;
            return super.endObject();
        }

        @Override
        public JsonWriter beginArray() throws IOException {
            depth++;
            return super.beginArray();
        }

        @Override
        public JsonWriter endArray() throws IOException {
            depth--;
            return super.endArray();
        }

        @Override
        public JsonWriter nullValue() throws IOException {
            if (depth != 1 || getSerializeNulls()) {
                return super.nullValue();
            }
            setSerializeNulls(true);
            try {
                return super.nullValue();
            } finally {
                setSerializeNulls(false);
            }
        }
    }
}
