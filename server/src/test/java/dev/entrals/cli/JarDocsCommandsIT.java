package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as {@code java -jar}: bundled pages are read from inside the jar; exit codes hold. */
class JarDocsCommandsIT {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return runWith(java.util.Map.of(), args);
    }

    static Run runWith(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("entrals.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void helpReadsTheBundledPageFromInsideTheJar() throws Exception {
        Run r = run("help", "Disconnect-Entra", "--full");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nNAME\n    Disconnect-Entra\n"), r.out());
        assertTrue(r.out().contains("\nSOURCE\n    bundled: docs-source/Disconnect-Entra.md\n"), r.out());
    }

    @Test
    void helpWrapsToTheTerminalWidthInColumns() throws Exception {
        for (int width : new int[] {40, 100}) {
            Run r = runWith(java.util.Map.of("COLUMNS", String.valueOf(width)), "help", "Connect-Entra");
            assertEquals(0, r.exit(), r.err());
            // prose and tables wrap; example code, headings (-Parameter <Type>, example titles) and words longer
            // than the width are left whole, like Get-Help
            List<String> over = r.out().lines().filter(l -> l.length() > width)
                    .filter(l -> l.trim().contains(" ") && !l.trim().startsWith("Connect-Entra")
                            && !l.trim().startsWith("[") && !l.trim().startsWith("$") && !l.trim().startsWith("-"))
                    .toList();
            assertEquals(List.of(), over, "lines longer than " + width);
            int longest = r.out().lines().mapToInt(String::length).max().orElse(0);
            assertTrue(longest > width - 15, "lines use the width " + width + ": " + longest);
        }
    }

    @Test
    void unknownCmdletExitsTwoWithTheMessageOnStderr() throws Exception {
        Run r = run("help", "Get-Nothing");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("No help found for 'Get-Nothing'."), r.err());
    }

    @Test
    void dumpOfTheJarListsTheFiveBundledCmdlets() throws Exception {
        Run r = run("docs", "dump");
        assertEquals(0, r.exit(), r.err());
        for (String name : List.of("Add-EntraEnvironment", "Connect-Entra", "Disconnect-Entra", "Get-EntraContext",
                "Get-EntraEnvironment")) {
            assertTrue(r.out().contains("\"name\" : \"" + name + "\""), name);
        }
    }
}
