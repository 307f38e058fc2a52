package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpIndexTest {

    @TempDir
    Path dir;

    @Test
    void bundledPagesDocumentTheSessionCmdletsWithoutProblems() {
        HelpIndex index = HelpIndex.load(List.of(DocsSource.bundledPages()));
        assertEquals(List.of("Add-EntraEnvironment", "Connect-Entra", "Disconnect-Entra", "Get-EntraContext",
                "Get-EntraEnvironment"), index.names());
        assertEquals(List.of(), index.diagnostics());
        CmdletHelp connect = index.find("connect-entra").orElseThrow();
        assertEquals("Microsoft.Entra.Authentication", connect.module());
        assertEquals("bundled", connect.source().origin());
        assertEquals(List.of("Process", "CurrentUser"), connect.parameter("ContextScope").orElseThrow().acceptedValues());
        assertEquals(List.of("AppId", "ApplicationId"), connect.parameter("ClientId").orElseThrow().aliases());
        assertEquals(6, connect.parameterSets().size());
        assertEquals("UserParameterSet", connect.defaultSet().orElseThrow().name());
    }

    @Test
    void findIsCaseInsensitiveAndAcceptsModuleQualifiedNames() {
        DocsFolder.write(dir, "Get-ContosoUser.md", DocsFolder.page("Get-ContosoUser", "Contoso", "Id", "String", ""));
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(dir)));
        assertEquals("Get-ContosoUser", index.find("GET-CONTOSOUSER").orElseThrow().name());
        assertEquals("Get-ContosoUser", index.find("Contoso\\get-contosouser").orElseThrow().name());
        assertTrue(index.find("Get-ContosoUsers").isEmpty());
    }

    @Test
    void laterSourceWinsAndRemembersWhereItCameFrom() {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        DocsFolder.write(a, "Get-ContosoUser.md", DocsFolder.page("Get-ContosoUser", "First", "Id", "String", ""));
        DocsFolder.write(b, "sub/Get-ContosoUser.md", DocsFolder.page("Get-ContosoUser", "Second", "Id", "String", ""));
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(a), DocsSource.folder(b)));
        CmdletHelp help = index.find("Get-ContosoUser").orElseThrow();
        assertEquals("Second", help.module());
        assertEquals(b.toString(), help.source().origin());
        assertEquals(b + "/sub/Get-ContosoUser.md", help.source().file());
        assertEquals(2, index.allPages().size());
        assertEquals(1, index.cmdlets().size());
    }

    @Test
    void folderPageOverridesTheBundledPageOfTheSameName() {
        DocsFolder.write(dir, "Connect-Entra.md", DocsFolder.page("Connect-Entra", "Mine", "Scopes", "String[]", ""));
        HelpIndex index = HelpIndex.load(List.of(DocsSource.bundledPages(), DocsSource.folder(dir)));
        assertEquals("Mine", index.find("Connect-Entra").orElseThrow().module());
        assertEquals("bundled", index.find("Disconnect-Entra").orElseThrow().source().origin());
    }

    @Test
    void platyPsV2AliasesAreFoundByFind() {
        DocsFolder.write(dir, "Get-ContosoWidget.md", DocsFolder.page("Get-ContosoWidget", "Contoso")
                .replace("schema: 2.0.0", "PlatyPS schema version: 2024-05-01")
                .replace("## DESCRIPTION", "## ALIASES\n\n- gcw\n\n## DESCRIPTION"));
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(dir)));
        assertEquals("Get-ContosoWidget", index.find("GCW").orElseThrow().name());
        assertEquals(List.of("Get-ContosoWidget"), index.names());
    }

    @Test
    void prefixSearchAndCloseNames() {
        for (String n : List.of("Get-ContosoUser", "Get-ContosoGroup", "Set-ContosoUser")) {
            DocsFolder.write(dir, n + ".md", DocsFolder.page(n, "Contoso"));
        }
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(dir)));
        assertEquals(List.of("Get-ContosoGroup", "Get-ContosoUser"), index.withPrefix("get-c"));
        assertEquals(List.of("Get-ContosoUser", "Set-ContosoUser"), index.closeNames("Get-ContsoUser", 3));
    }

    @Test
    void concurrentFindsParseAPageOnceAndShareIt() throws Exception {
        DocsFolder.write(dir, "Get-ContosoUser.md", DocsFolder.page("Get-ContosoUser", "Contoso", "Id", "String", ""));
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(dir)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CmdletHelp>> results = pool.invokeAll(java.util.Collections.nCopies(8,
                    () -> index.find("Get-ContosoUser").orElseThrow()));
            CmdletHelp first = results.get(0).get();
            for (Future<CmdletHelp> f : results) {
                assertSame(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
