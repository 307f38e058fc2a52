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
}
