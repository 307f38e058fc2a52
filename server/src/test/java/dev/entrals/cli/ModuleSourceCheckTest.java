package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code entra-ls check} over the Entra module's own {@code .ps1} files (its source, in
 * {@code ../shared/corpus/entra-module/module}): every finding is a real defect of that source, listed with why in
 * {@code corpus/module-source-findings.tsv}; anything else is a false alarm of a rule (a bug), and a listed finding
 * no longer found fails too.
 */
class ModuleSourceCheckTest {

    private static final String EXPECTED = "/corpus/module-source-findings.tsv";

    @Test
    void theModuleSourceIsCleanApartFromItsListedDefects() throws IOException {
        Path module = Corpus.require("entra-module").resolve("module");
        long scripts;
        try (Stream<Path> s = Files.walk(module)) {
            scripts = s.filter(p -> p.toString().endsWith(".ps1")).count();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("check", "--no-installed-modules", "--format", "json", module.toString());
        assertTrue(exit == Main.OK || exit == Main.PROBLEMS, "exit " + exit + ": " + err);
        List<String> found = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(out.toString())) {
            String file = module.relativize(Path.of(d.path("file").asText())).toString().replace('\\', '/');
            found.add(file + "\t" + d.path("line").asInt() + "\t" + d.path("code").asText() + "\t"
                    + d.path("message").asText());
        }
        found.sort(null);
        Path dump = Path.of("target", "module-source-findings.tsv");
        Files.createDirectories(dump.getParent());
        Files.write(dump, found, StandardCharsets.UTF_8);
        System.err.println("module source: " + scripts + " .ps1 files, " + found.size() + " findings (all in "
                + dump.toAbsolutePath() + ")");
        assertTrue(scripts > 600, "expected the module's scripts, found " + scripts);
        assertEquals(expected(), found);
    }

    /** file, line, code and message of each listed finding (the last column, why it is real, is documentation). */
    private static List<String> expected() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = ModuleSourceCheckTest.class.getResourceAsStream(EXPECTED)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3]);
            }
        }
        out.sort(null);
        return out;
    }
}
