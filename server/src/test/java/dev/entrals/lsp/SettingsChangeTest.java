package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

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
    void changingDocsPathsSwapsTheDocsIndexWithoutRestart() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize(null, Json.of("{'settings': {'entra': {'docs': {'paths': ['/docs/a']}}}}"));
            var docs = s.connection.server().runtime().docs();
            awaitIndex(docs, List.of(Path.of("/docs/a")));
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    Json.of("{'entra': {'docs': {'paths': ['/docs/b', '/docs/c']}}}")));
            awaitIndex(docs, List.of(Path.of("/docs/b"), Path.of("/docs/c")));
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

    private static void awaitIndex(dev.entrals.features.DocsReloader<DocsSettings> docs, List<Path> paths)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!docs.current().paths().equals(paths) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(paths, docs.current().paths());
    }
}
