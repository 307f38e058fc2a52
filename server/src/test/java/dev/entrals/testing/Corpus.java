package dev.entrals.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared conformance corpus ({@code ../shared/corpus} from the project root).
 * Tests that use it call {@link #require} and are skipped, with a message, outside this workplace.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The project root (the folder holding the aggregator {@code pom.xml}). */
    public static Path projectRoot() {
        String prop = System.getProperty("entrals.projectRoot");
        Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        p = p.toAbsolutePath().normalize();
        if (!Files.exists(p.resolve("docs-source")) && p.getParent() != null
                && Files.exists(p.getParent().resolve("docs-source"))) {
            p = p.getParent();
        }
        return p;
    }

    /** The shared corpus folder, which may not exist. */
    public static Path root() {
        return projectRoot().resolve("../shared/corpus").normalize();
    }

    /** The given folder of the shared corpus; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.isDirectory(p) || Files.isRegularFile(p),
                "shared corpus not found at " + p + ": test skipped (it only runs inside the workplace)");
        return p;
    }

    /** The Entra reference docs (both channels). */
    public static Path entraDocs() {
        return require("entra-docs");
    }
}
