package dev.entrals.cli;

import dev.entrals.analysis.MigrationFix;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptDiagnostic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.List;

/**
 * {@code entra-ls check --fix}: writes a script's safe fixes back (retired cmdlets migrated with their switch values,
 * {@code -Switch $true} written as the switch) and loses nothing: only files that are valid UTF-8 are changed (a
 * byte-order mark is kept, line endings are untouched since only ranges are replaced), through a temporary file moved
 * over the original with its permissions.
 */
final class CheckFix {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CheckFix() {
    }

    /** A file that may be fixed: its text (the BOM dropped) and whether it began with a BOM. */
    record Fixable(String text, boolean bom) {
    }

    /** The file when it may be fixed (strict UTF-8), else null with the reason on {@code err}. */
    static Fixable fixable(Path file, PrintWriter err) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
            return new Fixable(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0))).toString(), bom);
        } catch (CharacterCodingException e) {
            err.println(file + ": not fixed: the file is not valid UTF-8 (save it as UTF-8 first)");
            return null;
        } catch (IOException e) {
            err.println(file + ": not fixed: " + e.getMessage());
            return null;
        }
    }

    /**
     * Applies the fixes for {@code found} to {@code file} (as read: {@code read}); the new text, or the text read
     * when there was nothing to fix or the write failed (said on {@code err}).
     */
    static String fix(Path file, Fixable read, List<ScriptDiagnostic> found, ScriptAnalyzer analyzer, PrintWriter err) {
        String text = read.text();
        List<MigrationFix.Edit> edits = MigrationFix.fileFixes(text, found, analyzer);
        if (edits.isEmpty()) {
            return text;
        }
        String fixed = MigrationFix.apply(text, edits);
        try {
            write(file, fixed, read.bom());
        } catch (IOException | RuntimeException e) {
            err.println(file + ": not fixed: cannot write it: " + e.getMessage());
            return text;
        }
        err.println(file + ": fixed " + edits.size() + (edits.size() == 1 ? " place" : " places"));
        return fixed;
    }

    private static void write(Path file, String text, boolean bom) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".entra-ls-fix");
        try {
            try (var out = Files.newOutputStream(tmp)) {
                if (bom) {
                    out.write(BOM);
                }
                out.write(body);
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
