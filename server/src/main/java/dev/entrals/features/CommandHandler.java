package dev.entrals.features;

import java.util.List;

/**
 * Runs one {@code workspace/executeCommand} command. Arguments arrive as lsp4j gives them (Gson {@code JsonElement}s
 * for JSON values); the result is serialised back to JSON.
 */
@FunctionalInterface
public interface CommandHandler {

    /** The command's result, or null. */
    Object execute(List<Object> arguments, RequestContext context);
}
