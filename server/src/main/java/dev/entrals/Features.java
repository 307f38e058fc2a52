package dev.entrals;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.DocsStatusCommand;
import dev.entrals.features.FetchDocsCommand;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.actions.CodeActionProvider;
import dev.entrals.features.completion.CompletionDocs;
import dev.entrals.features.completion.CompletionProvider;
import dev.entrals.features.completion.KnownValues;
import dev.entrals.features.definition.DefinitionProvider;
import dev.entrals.features.diagnostics.ScriptAnalysis;
import dev.entrals.features.diagnostics.ScriptDiagnosticsProvider;
import dev.entrals.features.help.ShowHelpCommand;
import dev.entrals.features.hover.HoverProvider;
import dev.entrals.features.session.SessionFeature;
import dev.entrals.features.signature.SignatureHelpProvider;
import dev.entrals.features.symbols.DocumentSymbolProvider;
import dev.entrals.session.EntraEnvironment;
import dev.entrals.session.SessionService;

/** Where the features are plugged into their slots: the one place that names the feature providers. */
final class Features {

    private Features() {
    }

    /** The providers the server runs with; each feature adds itself here (e.g. {@code .hover(new HoverProvider(docs))}). */
    static Providers standard(DocsReloader<HelpIndex> docs) {
        DocsAccess help = new DocsAccess(docs);
        MigrationTable migration = MigrationTable.bundled();
        ScriptAnalysis analysis = new ScriptAnalysis(docs);
        SessionService session = new SessionService();
        KnownValues values = new KnownValues(() -> session.environments().stream()
                .filter(e -> !e.builtIn()).map(EntraEnvironment::name).toList());
        Providers.Builder builder = Providers.builder()
                // editor features (issue 4)
                .hover(new HoverProvider(help, migration))
                .completion(new CompletionProvider(help, values))
                .completionResolve(new CompletionDocs(help))
                .signatureHelp(new SignatureHelpProvider(help))
                .definition(new DefinitionProvider(help, migration))
                .documentSymbol(new DocumentSymbolProvider())
                .command(ServerCommands.SHOW_HELP, new ShowHelpCommand(help, migration))
                // diagnostics and code actions (issue 4)
                .diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(new CodeActionProvider(analysis))
                // docs download (issue 7)
                .command(ServerCommands.FETCH_DOCS, new FetchDocsCommand(docs))
                .command(ServerCommands.DOCS_STATUS, new DocsStatusCommand(docs));
        // session (issue 5): entra.* commands, the "Run" code lens, entra/sessionChanged, restore at start-up
        SessionFeature.register(builder, session, docs::current);
        return builder.build();
    }
}
