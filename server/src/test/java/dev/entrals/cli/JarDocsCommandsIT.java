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
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("entrals.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
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
