package dev.entrals;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.FetchDocsCommand;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.Providers;
import dev.entrals.settings.DocsSettings;

/** Where the features are plugged into their slots: the one place that names the feature providers. */
final class Features {

    private Features() {
    }

    /** The providers the server runs with; each feature adds itself here (e.g. {@code .hover(new HoverProvider(docs))}). */
    static Providers standard(DocsReloader<HelpIndex> docs) {
        return Providers.builder()
                .command(ServerCommands.FETCH_DOCS, new FetchDocsCommand(docs))
                .build();
    }
}
