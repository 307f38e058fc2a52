package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar with a scratch {@code HOME} and a module path holding one script module (a psm1 with two functions,
 * one not exported, an alias; a manifest with exports): hover, completion and diagnostics see the exported
 * function and its alias only, bound as its code says.
 */
@Timeout(90)
class InstalledScriptModuleIT {

    private static final String SCRIPT_URI = "file:///scratch/calls.ps1";
    private static final String TYPING_URI = "file:///scratch/typing.ps1";

    static final String PSM1 = """
            function Get-ContosoThing {
                <#
                .SYNOPSIS
                Gets a thing.
                #>
                [CmdletBinding()]
                param([Parameter(Mandatory, Position = 0)] [string] $Name, [ValidateSet('Red', 'Blue')] [string] $Color)
            }
            function Set-ContosoThing {
                [CmdletBinding()]
                param([string] $Name)
            }
            Set-Alias -Name gct -Value Get-ContosoThing
            """;

    @Test
    void exportedFunctionsOfAnInstalledScriptModuleAreKnownAndCheckedTheOthersNot(@TempDir Path tmp) throws Exception {
        Path version = Files.createDirectories(tmp.resolve("Modules/Contoso.Scripts/1.0.0"));
        Files.writeString(version.resolve("Contoso.Scripts.psm1"), PSM1);
        Files.writeString(version.resolve("Contoso.Scripts.psd1"), "@{ RootModule = 'Contoso.Scripts.psm1';"
                + " ModuleVersion = '1.0.0'; FunctionsToExport = 'Get-*'; AliasesToExport = @('gct') }\n");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Map<String, String> env = Map.of("PSModulePath", tmp.resolve("Modules").toString(), "HOME", home.toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString());
        List<JsonObject> notices = new ArrayList<>();
        try (ServerProcess s = ServerProcess.start(env)) {
            s.wire.responseTo(s.wire.request("initialize", Json.of("{'processId': null, 'capabilities': {},"
                    + " 'initializationOptions': {'settings': {'entra': {'docs': {'installedModules': true}}}}}")));
            s.wire.notify("initialized", Json.of("{}"));
            s.wire.notify("textDocument/didOpen", Json.didOpen(SCRIPT_URI,
                    "Get-ContosoThing -Name x -Bogus 1\ngct -Color Green x\nSet-ContosoThing -Bogus 1\n"));
            s.wire.notify("textDocument/didOpen", Json.didOpen(TYPING_URI, "Get-Contoso\n"));
            // entra.docsStatus answers once every stage of the docs load (installed modules included) is in force
            JsonObject status = s.wire.responseTo(s.wire.request("workspace/executeCommand",
                    Json.of("{'command': 'entra.docsStatus', 'arguments': []}")), notices::add);
            assertTrue(status.has("result"), status.toString());

            String hover = hover(s, SCRIPT_URI, 0, 3, notices);
            assertTrue(hover.contains("Get-ContosoThing [-Name] <String> [-Color <String>]"), hover);
            assertTrue(hover.contains("Gets a thing."), hover);
            String alias = hover(s, SCRIPT_URI, 1, 1, notices);
            assertTrue(alias.startsWith("gct is an alias of Get-ContosoThing."), alias);
            assertEquals("", hover(s, SCRIPT_URI, 2, 3, notices), "Set-ContosoThing is not exported");

            JsonObject completion = s.wire.responseTo(s.wire.request("textDocument/completion",
                    Json.at(TYPING_URI, 0, 11)), notices::add);
            List<String> labels = new ArrayList<>();
            JsonElement result = completion.get("result");
            JsonArray items = result.isJsonArray() ? result.getAsJsonArray()
                    : result.getAsJsonObject().getAsJsonArray("items");
            items.forEach(i -> labels.add(i.getAsJsonObject().get("label").getAsString()));
            assertTrue(labels.contains("Get-ContosoThing"), labels.toString());
            assertFalse(labels.contains("Set-ContosoThing"), labels.toString());

            List<String> found = diagnostics(s, notices);
            assertEquals(2, found.size(), found.toString());
            assertTrue(found.get(0).startsWith("0 unknown-parameter"), found.toString());
            assertTrue(found.get(1).startsWith("1 invalid-value"), found.toString());
            s.wire.responseTo(s.wire.request("shutdown", null), notices::add);
            s.wire.notify("exit", null);
            assertEquals(0, s.awaitExit(10));
        }
    }

    private static String hover(ServerProcess s, String uri, int line, int character, List<JsonObject> notices)
            throws Exception {
        JsonObject r = s.wire.responseTo(s.wire.request("textDocument/hover", Json.at(uri, line, character)),
                notices::add);
        JsonElement result = r.get("result");
        return result == null || result.isJsonNull() ? ""
                : result.getAsJsonObject().get("contents").getAsJsonObject().get("value").getAsString();
    }

    /** The latest non-empty diagnostics of the calling script, as "line code: message", reading on if needed. */
    private static List<String> diagnostics(ServerProcess s, List<JsonObject> notices) throws Exception {
        for (int read = 0; ; read++) {
            for (int i = notices.size() - 1; i >= 0; i--) {
                JsonObject m = notices.get(i);
                if ("textDocument/publishDiagnostics".equals(m.has("method") ? m.get("method").getAsString() : "")
                        && m.getAsJsonObject("params").get("uri").getAsString().equals(SCRIPT_URI)) {
                    JsonArray ds = m.getAsJsonObject("params").getAsJsonArray("diagnostics");
                    if (!ds.isEmpty()) {
                        List<String> out = new ArrayList<>();
                        ds.forEach(d -> out.add(d.getAsJsonObject().getAsJsonObject("range").getAsJsonObject("start")
                                .get("line").getAsInt() + " " + d.getAsJsonObject().get("code").getAsString() + ": "
                                + d.getAsJsonObject().get("message").getAsString()));
                        return out;
                    }
                    break;
                }
            }
            notices.add(s.wire.read()); // the refresh after the module stage may still be on its way
        }
    }
}
