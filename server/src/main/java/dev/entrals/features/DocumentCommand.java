package dev.entrals.features;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.entrals.commons.TextDocument;

/**
 * A {@code workspace/executeCommand} command that reads the documents open in the editor (by URI): the language
 * service hands it its document store's lookup.
 */
public interface DocumentCommand extends CommandHandler {

    /** The command's result, or null; {@code open} finds an open document by URI. */
    Object execute(List<Object> arguments, RequestContext context, Function<String, Optional<TextDocument>> open);

    /** Runs without open documents (every URI is read from disk). */
    @Override
    default Object execute(List<Object> arguments, RequestContext context) {
        return execute(arguments, context, uri -> Optional.empty());
    }
}
