package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entra-ls scopes} run from the packaged jar: the bundled permission facts are read from inside it. */
class JarScopesIT {

    @Test
    void scopesPrintsTheLeastSetAndExitsOneOnAnUnknownCall(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("members.ps1"),
                "Connect-Entra -Scopes User.Read.All\nGet-EntraGroupMember -GroupId $g\n"
                        + "Get-EntraApplication -ApplicationId $a\n");
        JarDocsCommandsIT.Run r = JarDocsCommandsIT.run("scopes", script.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Least delegated permissions: GroupMember.Read.All, Application.Read.All\n"
                + "  Connect-Entra -Scopes 'GroupMember.Read.All', 'Application.Read.All'\n"
                + script + ":2:1: Get-EntraGroupMember: GroupMember.Read.All\n"
                + script + ":3:1: Get-EntraApplication: Application.Read.All\n", r.out());
        Files.writeString(script, "Get-EntraBetaPrivilegedRole\n");
        JarDocsCommandsIT.Run unknown = JarDocsCommandsIT.run("scopes", "--format", "json", script.toString());
        assertEquals(1, unknown.exit(), unknown.err());
        assertTrue(unknown.out().contains("\"command\" : \"Get-EntraBetaPrivilegedRole\""), unknown.out());
    }
}
