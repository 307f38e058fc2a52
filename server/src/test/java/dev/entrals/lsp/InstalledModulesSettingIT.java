package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar reads installed modules from {@code PSModulePath} while {@code entra.docs.installedModules} is on,
 * and leaves them out, without a restart, once the setting turns it off.
 */
@Timeout(60)
class InstalledModulesSettingIT {

    private static final String URI = "file:///modules.ps1";

    @Test
    void theSettingTurnsInstalledModulesOnAndOffInTheRunningServer(@TempDir Path modules) throws Exception {
        Path version = Files.createDirectories(modules.resolve("Foo").resolve("1.0.0"));
        Files.writeString(version.resolve("Foo.psd1"), "@{ ModuleVersion = '1.0.0'; FunctionsToExport = @('Get-FooThing') }\n");
        try (ServerProcess s = ServerProcess.start(Map.of("PSModulePath", modules.toString()))) {
            JsonObject init = Json.of("{'processId': null, 'capabilities': {},"
                    + " 'initializationOptions': {'settings': {'entra': {'docs': {'installedModules': true}}}}}");
            s.wire.responseTo(s.wire.request("initialize", init));
            s.wire.notify("initialized", Json.of("{}"));
            s.wire.notify("textDocument/didOpen", Json.didOpen(URI, "Get-FooThing\n"));
            String shown = awaitHover(s, true);
            assertTrue(shown.contains("Module Foo exports this command but installs no help for it."), shown);

            s.wire.notify("workspace/didChangeConfiguration",
                    Json.of("{'settings': {'entra': {'docs': {'installedModules': false}}}}"));
            assertEquals("", awaitHover(s, false), "the module's command is no longer known");
            s.wire.responseTo(s.wire.request("shutdown", null));
            s.wire.notify("exit", null);
            assertEquals(0, s.awaitExit(10));
        }
    }

    /** Hovers on the command until the answer is (or is not) there, as the index loads in the background. */
    private static String awaitHover(ServerProcess s, boolean present) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        String text = "";
        do {
            JsonObject r = s.wire.responseTo(s.wire.request("textDocument/hover", Json.at(URI, 0, 3)), m -> { });
            JsonElement result = r.get("result");
            text = result == null || result.isJsonNull() ? ""
                    : result.getAsJsonObject().get("contents").getAsJsonObject().get("value").getAsString();
            if (text.isEmpty() != present) {
                return text;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        return text;
    }
}
