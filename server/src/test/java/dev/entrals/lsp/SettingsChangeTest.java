package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.features.Providers;
import dev.entrals.settings.DocsSettings;
import dev.entrals.settings.Severity;

/**
 * Settings arrive as {@code {"settings": {"entra": {...}}}} both in initializationOptions and as the params of
 * didChangeConfiguration (whose {@code settings} field the client launcher fills with {@code {"entra": {...}}}).
 */
class SettingsChangeTest {

    @Test
    void initializationOptionsAreRead() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize(null, Json.of("{'settings': {'entra': {'docs': {'paths': ['/docs/a']},"
                    + " 'diagnostics': {'severity': {'retiredCmdlet': 'error'}}, 'session': {'tenantId': 'contoso'}}}}"));
            var settings = s.connection.server().runtime().settings().get();
            assertEquals(List.of(Path.of("/docs/a")), settings.docs().paths());
            assertEquals(Severity.ERROR, settings.diagnostics().get("retiredCmdlet"));
            assertEquals("contoso", settings.session().tenantId());
        }
    }

    @Test
    void changingDocsPathsSwapsTheDocsIndexWithoutRestart(@TempDir Path tmp) throws Exception {
        Path a = page(tmp.resolve("a"), "Get-FolderACmdlet");
        Path b = page(tmp.resolve("b"), "Get-FolderBCmdlet");
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize(null, Json.of("{'settings': {'entra': {'docs': {'paths': ['" + json(a) + "']}}}}"));
            var docs = s.connection.server().runtime().docs();
            awaitIndex(docs, "Get-FolderACmdlet");
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    Json.of("{'entra': {'docs': {'paths': ['" + json(b) + "']}}}")));
            awaitIndex(docs, "Get-FolderBCmdlet");
            assertTrue(docs.current().find("Get-FolderACmdlet").isEmpty(), "the old folder's page is gone");
            assertTrue(docs.current().find("Connect-Entra").isPresent(), "bundled pages stay");
        }
    }

    @Test
    void aChangeWithoutEntraSectionKeepsTheSettings() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize(null, Json.of("{'settings': {'entra': {'session': {'clientId': 'app'}}}}"));
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    Json.of("{'powershell': {}}")));
            s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier("file:///barrier"),
                    new Position(0, 0))).get();
            assertEquals("app", s.connection.server().runtime().settings().get().session().clientId());
        }
    }

    private static void awaitIndex(dev.entrals.features.DocsReloader<dev.entrals.docs.HelpIndex> docs, String name)
            throws InterruptedException {
        java.util.concurrent.CountDownLatch swapped = new java.util.concurrent.CountDownLatch(1);
        docs.onSwap(index -> {
            if (index.find(name).isPresent()) {
                swapped.countDown();
            }
        });
        if (docs.current().find(name).isEmpty()) { // listening first: a swap after this check is heard
            assertTrue(swapped.await(10, java.util.concurrent.TimeUnit.SECONDS), name + " indexed");
        }
    }

    private static String json(Path p) {
        return p.toString().replace("\\", "/");
    }

    private static Path page(Path dir, String name) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(name + ".md"), """
                ---
                Module Name: Test.Module
                schema: 2.0.0
                title: %1$s
                ---

                # %1$s

                ## SYNOPSIS

                Does a test thing.

                ## SYNTAX

                ```
                %1$s [<CommonParameters>]
                ```

                ## DESCRIPTION

                A page written for the settings test.

                ## PARAMETERS

                ### CommonParameters

                Common parameters.
                """.formatted(name));
        return dir;
    }
}
