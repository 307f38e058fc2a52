package dev.entrals.execution;

/**
 * Opens a URL outside this process for a person to complete (the admin consent page of {@link ConsentPage}): the
 * editor's browser through LSP {@code window/showDocument} (external). The engine never starts a browser itself: it
 * may run on another machine than the person, and tests must not open one.
 */
@FunctionalInterface
public interface UrlOpener {

    /** Opens nothing: the run returns the URL for the person to open (the command line prints it). */
    UrlOpener NONE = url -> false;

    /** Whether {@code url} was opened (false: it was not, and the run says to open it). */
    boolean open(String url);
}
