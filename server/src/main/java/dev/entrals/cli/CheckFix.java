package dev.entrals.cli;

import dev.entrals.analysis.MigrationFix;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptDiagnostic;

import dev.entrals.commons.SourceText;
import dev.entrals.settings.Severity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.function.Function;

/**
 * {@code entra-ls check --fix}: writes a script's safe fixes back (retired cmdlets migrated with their switch values,
 * {@code -Switch $true} written as the switch) and loses nothing: the file is written in the encoding it was read in
 * with the same byte-order mark ({@link SourceText#encode}; a Windows-1252 file only when every character of the new
 * text fits, else it is left alone with the reason), line endings are untouched since only ranges are replaced, and
 * the bytes go through a temporary file moved over the original with its permissions. The fixed text is analysed
 * again (with the same severities) and not written when it has more errors than the text read.
 */
final class CheckFix {

    private CheckFix() {
    }

    /**
     * Applies the fixes for {@code found} to {@code file} (as read: {@code read}); the new text, or the text read
     * when there was nothing to fix, the fixed text would have more errors ({@code reanalyse} gives its findings, under
     * the same severities) or the write failed (said on {@code err}).
     */
    static String fix(Path file, SourceText read, List<ScriptDiagnostic> found, ScriptAnalyzer analyzer,
                      Function<String, List<ScriptDiagnostic>> reanalyse, PrintWriter err) {
        String text = read.text();
        List<MigrationFix.Edit> edits = MigrationFix.fileFixes(text, found, analyzer);
        if (edits.isEmpty()) {
            return text;
        }
        String fixed = MigrationFix.apply(text, edits);
        long before = errors(found);
        long after = errors(reanalyse.apply(fixed));
        if (after > before) {
            err.println(file + ": not fixed: the fixed text would have " + after + (after == 1 ? " error" : " errors")
                    + " where it has " + before + "; fix it by hand (the quick fixes show each change)");
            return text;
        }
        byte[] bytes;
        try {
            bytes = read.encode(fixed);
        } catch (SourceText.CodingException e) {
            err.println(file + ": not fixed: " + e.getMessage() + " (save it as UTF-8 first)");
            return text;
        }
        try {
            write(file, bytes);
        } catch (IOException | RuntimeException e) {
            err.println(file + ": not fixed: cannot write it: " + e.getMessage());
            return text;
        }
        err.println(file + ": fixed " + edits.size() + (edits.size() == 1 ? " place" : " places"));
        return fixed;
    }

    private static long errors(List<ScriptDiagnostic> found) {
        return found.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".entra-ls-fix");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                out.write(bytes);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
