package dev.entrals;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;
import dev.entrals.features.actions.CodeActionProvider;
import dev.entrals.features.diagnostics.ScriptAnalysis;
import dev.entrals.features.diagnostics.ScriptDiagnosticsProvider;

/** Where the features are plugged into their slots: the one place that names the feature providers. */
final class Features {

    private Features() {
    }

    /** The providers the server runs with; each feature adds itself here (e.g. {@code .hover(new HoverProvider(docs))}). */
    static Providers standard(DocsReloader<HelpIndex> docs) {
        ScriptAnalysis analysis = new ScriptAnalysis(docs);
        return Providers.builder()
                .diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(new CodeActionProvider(analysis))
                .build();
    }
}
