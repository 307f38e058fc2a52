package dev.entrals.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rewrites the expected dumps of the reader spec {@code spec/platyps.md} from what the reader makes of each input
 * (review the diff before committing). Not a test: {@link PlatyPsSpecTest} always compares. Run it with
 * {@code mvn -o -q -pl server -Pspec-update process-test-classes}.
 */
public final class PlatyPsSpecUpdate {

    private PlatyPsSpecUpdate() {
    }

    /**
     * Rewrites the spec file.
     *
     * @param args optionally the spec file's path (default {@code src/test/resources/spec/platyps.md})
     * @throws IOException when the spec cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path spec = Path.of(args.length > 0 ? args[0] : PlatyPsSpecTest.SPEC);
        Files.writeString(spec, rewrite(Files.readAllLines(spec, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        System.err.println("rewrote " + spec.toAbsolutePath() + "; review the diff");
    }

    static String rewrite(List<String> lines) {
        String fence = PlatyPsSpecTest.FENCE;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i)).append('\n');
            if (lines.get(i).startsWith(fence + " example")) {
                StringBuilder input = new StringBuilder();
                for (i++; !lines.get(i).equals("."); i++) {
                    input.append(lines.get(i)).append('\n');
                }
                while (!lines.get(i).equals(fence)) {
                    i++;
                }
                PlatyPsReader.ParsedPage page = PlatyPsReader.read(input.toString(), "spec.md", "spec", "Fallback-Name");
                out.append(input).append(".\n").append(SpecDump.of(page.help(), page.diagnostics())).append(fence)
                        .append('\n');
            }
        }
        return out.toString();
    }
}
