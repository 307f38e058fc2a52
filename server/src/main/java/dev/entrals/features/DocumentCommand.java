package dev.entrals.features;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.entrals.commons.TextDocument;

/**
 * A {@code workspace/executeCommand} command that reads the documents open in the editor (by URI), from the
 * request's {@link RequestContext#documents()}.
 */
public interface DocumentCommand extends CommandHandler {

    /** The command's result, or null; {@code open} finds an open document by URI. */
    Object execute(List<Object> arguments, RequestContext context, Function<String, Optional<TextDocument>> open);

    /** Runs with the request's open documents (none: every URI is read from disk). */
    @Override
    default Object execute(List<Object> arguments, RequestContext context) {
        return execute(arguments, context, context.documents() == null ? uri -> Optional.empty()
                : context.documents()::get);
    }
}
