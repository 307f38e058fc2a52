package dev.entrals;

import java.util.function.Function;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;

/** Gives tests in other packages the providers the server really runs with ({@code Features.standard}). */
public final class StandardFeatures {

    private StandardFeatures() {
    }

    public static Function<DocsReloader<HelpIndex>, Providers> standard() {
        return Features::standard;
    }

    /** The standard providers with this session service in place of the default one. */
    public static Function<DocsReloader<HelpIndex>, Providers> standard(dev.entrals.session.SessionService session) {
        return docs -> Features.standard(docs, session);
    }
}
