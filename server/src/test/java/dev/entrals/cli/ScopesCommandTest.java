package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** {@code entra-ls scopes}: the least set over several scripts, each call's covering permission, exit codes. */
class ScopesCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "scopes";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    private Path write(String relative, String text) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void printsTheLeastSetOverEveryScriptAndWhatCoversEachCall() throws IOException {
        Path a = write("a.ps1", "Connect-Entra -Scopes 'User.Read.All'\nGet-EntraGroupMember -GroupId $g\n");
        Path b = write("sub/b.ps1", "Get-EntraGroup -GroupId $g\nRemove-EntraGroup -GroupId $g\n");
        assertEquals(Main.OK, run(dir.toString()), err.toString());
        // Remove-EntraGroup needs Group.ReadWrite.All, which allows the two reads too: GroupMember.Read.All goes
        assertEquals("""
                Least delegated permissions: Group.ReadWrite.All
                  Connect-Entra -Scopes 'Group.ReadWrite.All'
                %s:2:1: Get-EntraGroupMember: Group.ReadWrite.All
                %s:1:1: Get-EntraGroup: Group.ReadWrite.All
                %s:2:1: Remove-EntraGroup: Group.ReadWrite.All
                """.formatted(a, b, b), out.toString());
    }

    @Test
    void exitsOneAndListsTheCallsWithNoKnownPermission() throws IOException {
        Path a = write("a.ps1", "Get-EntraAuditSignInLog\nGet-EntraBetaPrivilegedRole\n");
        assertEquals(Main.PROBLEMS, run(a.toString()));
        assertEquals("""
                Least delegated permissions: AuditLog.Read.All, Directory.Read.All
                  Connect-Entra -Scopes 'AuditLog.Read.All', 'Directory.Read.All'
                %s:1:1: Get-EntraAuditSignInLog: AuditLog.Read.All + Directory.Read.All
                No known delegated permission (1):
                %s:2:1: Get-EntraBetaPrivilegedRole
                """.formatted(a, a), out.toString());
    }

    @Test
    void applicationPermissionsAsJson() throws IOException {
        Path a = write("a.ps1", "Get-EntraAuditSignInLog\nGet-EntraGroupMember -GroupId $g\n");
        assertEquals(Main.PROBLEMS, run("--application", "--format", "json", a.toString()));
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertEquals("application", r.get("kind").asText());
        assertEquals("[\"GroupMember.Read.All\"]", r.get("leastSet").toString());
        assertEquals(1, r.get("calls").size());
        JsonNode call = r.get("calls").get(0);
        assertEquals("Get-EntraGroupMember", call.get("command").asText());
        assertEquals(2, call.get("line").asInt());
        assertEquals("[\"GroupMember.Read.All\"]", call.get("coveredBy").toString());
        assertEquals(List.of("Get-EntraAuditSignInLog"), r.get("unknown").findValuesAsText("command"));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(Main.USAGE, run(dir.resolve("missing.ps1").toString()));
        assertEquals("No such file or folder: " + dir.resolve("missing.ps1") + "\n", err.toString());
        assertEquals(Main.USAGE, run("--delegated", "--application", dir.toString()));
    }

    @Test
    void checkReportsMissingScopeAndItsSeverityIsConfigurable() throws IOException {
        Path a = write("a.ps1", "Connect-Entra -Scopes 'User.Read.All'\nGet-EntraGroupMember -GroupId $g\n");
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(Main.OK, cl.execute("check", "--no-installed-modules", a.toString()), err.toString());
        assertEquals(true, out.toString().contains(":2:1: warning: Get-EntraGroupMember needs one of "
                + "GroupMember.Read.All"), out.toString());
        assertEquals(true, out.toString().contains("[missing-scope]"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(Main.PROBLEMS, cl.execute("check", "--no-installed-modules", "--severity", "missing-scope=error",
                a.toString()));
        out.getBuffer().setLength(0);
        cl.execute("check", "--no-installed-modules", "--severity", "missing-scope=off", a.toString());
        assertEquals(false, out.toString().contains("missing-scope"), out.toString());
    }
}
