package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScriptCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path script(String text) throws Exception {
        Path p = dir.resolve("s.ps1");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void tokensPrintsOneJsonLinePerTokenCoveringTheFile() throws Exception {
        String text = "Get-EntraUser -Top 3 # c\r\n\"\u00e9\uD83D\uDE00\"";
        assertEquals(Main.OK, run("script", "tokens", script(text).toString()));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\\R")) {
            lines.add(JSON.readTree(l));
        }
        assertEquals("GENERIC", lines.get(0).get("kind").asText());
        assertEquals(0, lines.get(0).get("start").asInt());
        assertEquals(13, lines.get(0).get("end").asInt());
        int at = 0;
        for (JsonNode n : lines) {
            assertEquals(at, n.get("start").asInt());
            at = n.get("end").asInt();
        }
        assertEquals(text.length(), at, "UTF-16 offsets cover the whole file");
        assertEquals("EXPANDABLE_STRING", lines.get(lines.size() - 1).get("kind").asText());
    }

    @Test
    void commandsPrintsInvocationsWithParametersPositionalsAndSplatting() throws Exception {
        String text = "Get-EntraUser -Top 3 -All | Select-Object Id, Mail\nSet-EntraUser @p -AccountEnabled:$false\n& $x";
        assertEquals(Main.OK, run("script", "commands", script(text).toString()));
        JsonNode arr = JSON.readTree(out.toString());
        assertEquals(4, arr.size());
        JsonNode get = arr.get(0);
        assertEquals("Get-EntraUser", get.get("name").asText());
        assertEquals(0, get.get("start").asInt());
        assertEquals(text.indexOf(" |"), get.get("end").asInt());
        assertEquals("Top", get.get("parameters").get(0).get("name").asText());
        assertEquals(14, get.get("parameters").get(0).get("start").asInt());
        assertEquals(18, get.get("parameters").get(0).get("end").asInt());
        assertEquals("3", get.get("parameters").get(0).get("argument").asText());
        assertTrue(get.get("parameters").get(1).get("argument").isNull());
        assertEquals(false, get.get("splatted").asBoolean());
        assertEquals("Id, Mail", arr.get(1).get("positional").get(0).asText());
        assertEquals(true, arr.get(2).get("splatted").asBoolean());
        assertEquals("$false", arr.get(2).get("parameters").get(0).get("argument").asText());
        assertTrue(arr.get(3).get("name").isNull(), "a dynamic name is null");
    }

    @Test
    void missingFileExitsWithUsageAndSaysWhy() {
        assertEquals(Main.USAGE, run("script", "tokens", dir.resolve("nope.ps1").toString()));
        assertTrue(err.toString().contains("nope.ps1"), err.toString());
        assertEquals("", out.toString());
        assertEquals(Main.USAGE, run("script", "commands", dir.resolve("nope.ps1").toString()));
    }
}
