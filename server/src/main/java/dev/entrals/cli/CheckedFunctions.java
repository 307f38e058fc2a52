package dev.entrals.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.commons.SourceText;
import dev.entrals.script.FunctionDefinition;
import dev.entrals.script.ScriptDocument;

/**
 * The functions the scripts of one {@code check} run define, for the unknown-command rule: a module's files call each
 * other's private functions ({@code New-EntraCustomHeaders} is defined in one file of Microsoft.Entra and called from
 * hundreds). Read on the first question only (most runs never ask), by parsing every readable file once.
 */
final class CheckedFunctions implements Predicate<String> {

    private final List<Path> files;
    private volatile Set<String> names;

    CheckedFunctions(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public boolean test(String name) {
        return names().contains(name.toLowerCase(Locale.ROOT));
    }

    private Set<String> names() {
        Set<String> n = names;
        if (n == null) {
            Set<String> out = new HashSet<>();
            for (Path f : files) {
                try {
                    String text = SourceText.read(f).text();
                    if (ScriptAnalyzer.tooLarge(text).isEmpty()) {
                        for (FunctionDefinition d : ScriptDocument.parse(text).functions()) {
                            if (d.name() != null) {
                                out.add(d.name().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // an unreadable file is reported where it is checked; it defines nothing here
                }
            }
            n = Set.copyOf(out);
            names = n;
        }
        return n;
    }
}
