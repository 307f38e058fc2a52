package dev.entrals.docs;

import java.util.List;
import java.util.function.Supplier;

/**
 * Supplies the pages of a docs source that is not a folder of Markdown (for example the help of installed
 * PowerShell modules). {@link HelpIndex} calls {@link #provide()} once at load and each page's reader on first use.
 */
@FunctionalInterface
public interface PageProvider {

    /** Finds the pages; never throws on bad input (problems become diagnostics). */
    Pages provide();

    /**
     * For a source of binding facts read from code (the bundled signature index): how to merge a command's facts
     * into the page a later source has for it (the facts win for binding, the page adds prose). Null, the default,
     * for a source of pages.
     */
    default java.util.function.BinaryOperator<CmdletHelp> factsMerge() {
        return null;
    }

    /**
     * What a provider found: its pages, the problems met while finding them, how many files it looked at, and a note
     * on what it read ({@code ""} for none; {@code docs sources} shows it).
     */
    record Pages(List<Page> pages, List<DocDiagnostic> diagnostics, int files, String note) {

        public Pages {
            pages = List.copyOf(pages);
            diagnostics = List.copyOf(diagnostics);
            note = note == null ? "" : note;
        }

        /** Pages without a note. */
        public Pages(List<Page> pages, List<DocDiagnostic> diagnostics, int files) {
            this(pages, diagnostics, files, "");
        }
    }

    /**
     * A command the source knows: its name, whether the source has help for it (false for a command a module only
     * exports), the aliases the source knows without reading it, and how to read it in full (called once, on first
     * use, from any thread).
     */
    record Page(String name, boolean hasHelp, List<String> aliases, Supplier<Read> reader) {

        public Page {
            aliases = List.copyOf(aliases);
        }

        /** A page whose aliases are known only once it is read. */
        public Page(String name, boolean hasHelp, Supplier<Read> reader) {
            this(name, hasHelp, List.of(), reader);
        }
    }

    /** A page read in full: the model and the problems found while reading it. */
    record Read(CmdletHelp help, List<DocDiagnostic> diagnostics) {

        public Read {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
