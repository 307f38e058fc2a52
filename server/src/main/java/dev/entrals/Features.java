package dev.entrals;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;
import dev.entrals.features.session.SessionFeature;
import dev.entrals.session.SessionService;
import dev.entrals.settings.DocsSettings;

/** Where the features are plugged into their slots: the one place that names the feature providers. */
final class Features {

    private Features() {
    }

    /** The providers the server runs with; each feature adds itself here (e.g. {@code .hover(new HoverProvider(docs))}). */
    static Providers standard(DocsReloader<HelpIndex> docs) {
        Providers.Builder builder = Providers.builder();
        // session (issue 5): entra.* commands, the "Run" code lens, entra/sessionChanged, restore at start-up
        SessionFeature.register(builder, new SessionService(), docs::current);
        return builder.build();
    }
}
