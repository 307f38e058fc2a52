package dev.entrals.features.scopes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import dev.entrals.features.EditorSession;
import dev.entrals.features.ServerCommands;

/** {@code entra.scopesForScript} through the real server: the least set and each call's needs. */
class ScopesForScriptCommandTest {

    private static final String SCRIPT = """
            Connect-Entra -Scopes 'User.Read.All'
            Get-EntraGroupMember -GroupId $g
            Get-EntraGroup -GroupId $g
            Get-EntraBetaPrivilegedRole
            """;

    private static JsonObject run(Object argument) throws Exception {
        return new Gson().toJsonTree(EditorSession.shared().execute(ServerCommands.SCOPES_FOR_SCRIPT, argument))
                .getAsJsonObject();
    }

    @Test
    void anOpenScriptGetsItsLeastSetAndEachCallsNeeds() throws Exception {
        String uri = EditorSession.shared().open(SCRIPT);
        JsonObject r = run(uri);
        assertEquals(uri, r.get("uri").getAsString());
        // GroupMember.Read.All, the narrowest for Get-EntraGroupMember, also allows Get-EntraGroup
        assertEquals("[\"GroupMember.Read.All\"]", r.get("delegated").toString());
        assertEquals("[\"GroupMember.Read.All\"]", r.get("application").toString());
        assertEquals("{\"delegated\":[\"Get-EntraBetaPrivilegedRole\"],\"application\":[\"Get-EntraBetaPrivilegedRole\"]}",
                r.get("unknown").toString());
        var calls = r.getAsJsonArray("calls");
        assertEquals(3, calls.size(), "Connect-Entra is no call that needs a permission");
        JsonObject first = calls.get(0).getAsJsonObject();
        assertEquals("Get-EntraGroupMember", first.get("command").getAsString());
        assertEquals(1, first.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
        assertEquals("[\"GroupMember.Read.All\"]", first.getAsJsonObject("coveredBy").get("delegated").toString());
        assertTrue(first.get("delegated").toString().startsWith("[[\"GroupMember.Read.All\"],[\"Group.Read.All\"]"),
                first.toString());
        assertEquals("[]", calls.get(2).getAsJsonObject().getAsJsonObject("coveredBy").get("delegated").toString());
        JsonObject asObject = run(new Gson().fromJson("{\"uri\":\"" + uri + "\"}", JsonObject.class));
        assertEquals(r, asObject, "the URI as {\"uri\": ...} gives the same answer");
    }

    @Test
    void aScriptThatIsNotOpenIsReadFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("script.ps1");
        Files.writeString(file, "Remove-EntraGroup -GroupId $g\n");
        JsonObject r = run(file.toUri().toString());
        assertEquals("[\"Group.ReadWrite.All\"]", r.get("delegated").toString());
    }

    @Test
    void aURIThatIsNeitherOpenNorAFileIsInvalidParams() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> run("file:///nowhere/" + System.nanoTime() + ".ps1"));
        ResponseErrorException cause = (ResponseErrorException) e.getCause();
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), cause.getResponseError().getCode());
        assertTrue(cause.getMessage().contains("is not open in the editor"), cause.getMessage());
        ExecutionException none = assertThrows(ExecutionException.class,
                () -> EditorSession.shared().execute(ServerCommands.SCOPES_FOR_SCRIPT));
        assertEquals("entra.scopesForScript needs the script's URI: a string argument or {\"uri\": \"...\"}.",
                none.getCause().getMessage());
    }
}
