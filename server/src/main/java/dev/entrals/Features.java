package dev.entrals;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.FetchDocsCommand;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.Providers;
import dev.entrals.features.actions.CodeActionProvider;
import dev.entrals.features.diagnostics.ScriptAnalysis;
import dev.entrals.features.diagnostics.ScriptDiagnosticsProvider;
import dev.entrals.features.session.SessionFeature;
import dev.entrals.session.SessionService;

/** Where the features are plugged into their slots: the one place that names the feature providers. */
final class Features {

    private Features() {
    }

    /** The providers the server runs with; each feature adds itself here (e.g. {@code .hover(new HoverProvider(docs))}). */
    static Providers standard(DocsReloader<HelpIndex> docs) {
        ScriptAnalysis analysis = new ScriptAnalysis(docs);
        Providers.Builder builder = Providers.builder()
                // diagnostics and code actions (issue 4)
                .diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(new CodeActionProvider(analysis))
                // docs download (issue 7)
                .command(ServerCommands.FETCH_DOCS, new FetchDocsCommand(docs));
        // session (issue 5): entra.* commands, the "Run" code lens, entra/sessionChanged, restore at start-up
        SessionFeature.register(builder, new SessionService(), docs::current);
        return builder.build();
    }
}
