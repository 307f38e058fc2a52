package dev.entrals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.cli.CliProcess.Run;
import dev.entrals.session.EntraStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code entra-ls environment list|add} in a child JVM with its own configuration folder. */
class EnvironmentCommandProcessTest {

    private static final List<String> BUILT_IN_TABLE = List.of(
            "Name     AzureADEndpoint                   GraphEndpoint                           Type",
            "----     ---------------                   -------------                           ----",
            "Global   https://login.microsoftonline.com https://graph.microsoft.com             Built-in",
            "China    https://login.chinacloudapi.cn    https://microsoftgraph.chinacloudapi.cn Built-in",
            "USGov    https://login.microsoftonline.us  https://graph.microsoft.us              Built-in",
            "USGovDoD https://login.microsoftonline.us  https://dod-graph.microsoft.us          Built-in");

    @TempDir
    Path home;

    @TempDir
    Path logs;

    private Run run(String... args) throws Exception {
        return new CliProcess(EntraStandIn.shared(), home, logs).run(args);
    }

    @Test
    void listShowsTheFourBuiltInCloudsWithTheirEndpoints() throws Exception {
        Run run = run("environment", "list");
        assertEquals(0, run.exit(), run.err());
        assertEquals(BUILT_IN_TABLE, run.out().lines().toList());
        assertEquals("", run.err());
    }

    @Test
    void addedEnvironmentIsListedAfterTheBuiltInsAsTextAndJson() throws Exception {
        Run add = run("environment", "add", "--name", "Contoso", "--azure-ad-endpoint", "https://login.contoso.test/",
                "--graph-endpoint", "https://graph.contoso.test");
        assertEquals(0, add.exit(), add.err());
        assertEquals(List.of("Name    AzureADEndpoint            GraphEndpoint              Type",
                "----    ---------------            -------------              ----",
                "Contoso https://login.contoso.test https://graph.contoso.test User-defined"), add.out().lines().toList());

        Run text = run("environment", "list");
        assertEquals(0, text.exit(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(7, lines.size(), text.out());
        assertEquals("Contoso  https://login.contoso.test        https://graph.contoso.test              User-defined",
                lines.get(6));

        Run json = run("environment", "list", "--json");
        assertEquals(0, json.exit(), json.err());
        JsonNode all = new ObjectMapper().readTree(json.out());
        assertEquals(5, all.size());
        List<String> names = new ArrayList<>();
        all.forEach(e -> names.add(e.get("Name").asText()));
        assertEquals(List.of("Global", "China", "USGov", "USGovDoD", "Contoso"), names);
        assertEquals("https://microsoftgraph.chinacloudapi.cn", all.get(1).get("GraphEndpoint").asText());
        assertEquals("https://dod-graph.microsoft.us", all.get(3).get("GraphEndpoint").asText());
        JsonNode contoso = all.get(4);
        List<String> fields = new ArrayList<>();
        contoso.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("Name", "AzureADEndpoint", "GraphEndpoint", "Type"), fields);
        assertEquals("https://login.contoso.test", contoso.get("AzureADEndpoint").asText());
        assertEquals("User-defined", contoso.get("Type").asText());
    }

    @Test
    void addRefusesABadUrlOrABuiltInNameAndKeepsWhatWasThere() throws Exception {
        assertEquals(0, run("environment", "add", "--name", "Kept", "--azure-ad-endpoint", "https://login.kept.test",
                "--graph-endpoint", "https://graph.kept.test").exit());

        Run http = run("environment", "add", "--name", "Plain", "--azure-ad-endpoint", "http://login.plain.test",
                "--graph-endpoint", "https://graph.plain.test");
        assertEquals(2, http.exit());
        assertEquals("AzureADEndpoint must be an https URL such as https://login.example.com, not "
                + "'http://login.plain.test'.", http.err().strip());
        assertEquals("", http.out());

        Run notUrl = run("environment", "add", "--name", "Bad", "--azure-ad-endpoint", "https://login.bad.test",
                "--graph-endpoint", "graph bad");
        assertEquals(2, notUrl.exit());
        assertEquals("GraphEndpoint is not a URL: 'graph bad'.", notUrl.err().strip());

        Run builtIn = run("environment", "add", "--name", "usgov", "--azure-ad-endpoint", "https://login.evil.test",
                "--graph-endpoint", "https://graph.evil.test");
        assertEquals(2, builtIn.exit());
        assertEquals("'USGov' is a built-in environment and cannot be replaced.", builtIn.err().strip());

        Run list = run("environment", "list");
        List<String> lines = list.out().lines().toList();
        assertEquals(BUILT_IN_TABLE.get(4), lines.get(4), "USGov keeps its endpoints");
        assertEquals(7, lines.size(), list.out());
        assertEquals("Kept", lines.get(6).split(" ")[0]);
    }
}
