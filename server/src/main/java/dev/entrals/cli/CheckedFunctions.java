package dev.entrals.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.WorkspaceFunctions;
import dev.entrals.commons.SourceText;
import dev.entrals.script.FunctionDefinition;
import dev.entrals.script.ScriptDocument;

/**
 * The functions the scripts of one {@code check} run define. For the unknown-command rule, every function name of
 * every file ({@link #test}): a module's files call each other's private functions ({@code New-EntraCustomHeaders}
 * is defined in one file of Microsoft.Entra and called from hundreds). For binding ({@link #workspaceFor}), the
 * top-level functions of the other files, as the editor sees the functions of its other open scripts: a call of
 * one is checked against its {@code param()} block. Read once, on the first question (a run of one file never asks
 * for the workspace), by parsing every readable file; only the functions' models are kept, not the parses.
 */
final class CheckedFunctions implements Predicate<String> {

    /** What the files define: every function name (lower case), and each file's top-level functions' models. */
    private record Read(Set<String> names, Map<Path, WorkspaceFunctions.Defined> defined) {
    }

    private final List<Path> files;
    private volatile Read read;

    CheckedFunctions(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public boolean test(String name) {
        return read().names().contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The functions the other files of the run define at their top level, as {@code file} sees them (in the order
     * the files were given; the first file defining a name wins, its last definition of it).
     */
    WorkspaceFunctions workspaceFor(Path file) {
        if (files.size() < 2) {
            return WorkspaceFunctions.NONE;
        }
        List<WorkspaceFunctions.Defined> others = new ArrayList<>();
        read().defined().forEach((f, d) -> {
            if (!f.equals(file)) {
                others.add(d);
            }
        });
        return WorkspaceFunctions.ofDefined(others);
    }

    private Read read() {
        Read r = read;
        if (r == null) {
            synchronized (this) {
                r = read;
                if (r == null) {
                    r = readAll();
                    read = r;
                }
            }
        }
        return r;
    }

    private Read readAll() {
        Set<String> names = new HashSet<>();
        Map<Path, WorkspaceFunctions.Defined> defined = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                String text = SourceText.read(f).text();
                if (ScriptAnalyzer.tooLarge(text).isEmpty()) {
                    ScriptDocument doc = ScriptDocument.parse(text);
                    for (FunctionDefinition d : doc.functions()) {
                        if (d.name() != null) {
                            names.add(d.name().toLowerCase(Locale.ROOT));
                        }
                    }
                    if (!doc.functions().isEmpty()) {
                        defined.put(f, WorkspaceFunctions.Defined.of(f.toAbsolutePath().toUri().toString(), doc));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable file is reported where it is checked; it defines nothing here
            }
        }
        return new Read(Set.copyOf(names), java.util.Collections.unmodifiableMap(defined));
    }
}
