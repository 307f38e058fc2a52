package dev.entrals.features;

import org.eclipse.lsp4j.CompletionItem;

/** Fills in the documentation of a completion item the user selected ({@code completionItem/resolve}). */
@FunctionalInterface
public interface CompletionResolver {

    /** The item with its details filled in (the item itself when there is nothing to add). */
    CompletionItem resolve(CompletionItem item, RequestContext context);
}
