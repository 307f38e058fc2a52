package dev.entrals;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.DocsReloader;
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
import dev.entrals.features.signature.SignatureHelpProvider;
import dev.entrals.features.symbols.DocumentSymbolProvider;

/** Where the features are plugged into their slots: the one place that names the feature providers. */
final class Features {

    private Features() {
    }

    /** The providers the server runs with; each feature adds itself here (e.g. {@code .hover(new HoverProvider(docs))}). */
    static Providers standard(DocsReloader<HelpIndex> docs) {
        DocsAccess help = new DocsAccess(docs);
        MigrationTable migration = MigrationTable.bundled();
        ScriptAnalysis analysis = new ScriptAnalysis(docs);
        return Providers.builder()
                .hover(new HoverProvider(help, migration))
                .completion(new CompletionProvider(help, KnownValues.builtIn()))
                .completionResolve(new CompletionDocs(help))
                .signatureHelp(new SignatureHelpProvider(help))
                .definition(new DefinitionProvider(help, migration))
                .documentSymbol(new DocumentSymbolProvider())
                .command(ServerCommands.SHOW_HELP, new ShowHelpCommand(help, migration))
                .diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(new CodeActionProvider(analysis))
                .build();
    }
}
