package dev.entrals.analysis;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import dev.entrals.docs.HelpIndex;

/** The hand-written platyPS pages of {@code docs/analysis} (test resources): cmdlets with sets, switches, positions. */
public final class TestDocs {

    private static volatile HelpIndex index;

    private TestDocs() {
    }

    /** The folder of the test pages. */
    public static Path folder() {
        try {
            return Path.of(TestDocs.class.getResource("/docs/analysis").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test pages plus the bundled ones. */
    public static HelpIndex index() {
        HelpIndex i = index;
        if (i == null) {
            i = HelpIndex.load(List.of(folder()), true);
            index = i;
        }
        return i;
    }
}
