package dev.entrals.features.session;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.Providers;
import dev.entrals.session.SessionService;

/** Test access: the session feature alone (commands, lens, start-up hook) on a given service, for other packages. */
public final class SessionFeatureAccess {

    private SessionFeatureAccess() {
    }

    public static Providers providers(SessionService service) {
        return SessionFeature.register(Providers.builder(), service, HelpIndex::empty).build();
    }
}
