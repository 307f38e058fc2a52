package dev.entrals.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared conformance corpus ({@code ../shared/corpus} from the project root).
 * Tests that use it call {@link #require} and are skipped, with a message, outside this workplace; when the corpus
 * is required ({@code ENTRA_LS_REQUIRE_CORPUS=1} in the environment, which {@code .ci/run} sets, or the system
 * property {@code entrals.requireCorpus=true}) they fail instead, so CI cannot pass with them silently off.
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

    /**
     * The given folder of the shared corpus; when it is absent, skips the calling test, or fails it when the corpus
     * is {@linkplain #required() required}.
     */
    public static Path require(String relative) {
        return require(relative, required());
    }

    static Path require(String relative, boolean required) {
        Path p = root().resolve(relative);
        boolean present = Files.isDirectory(p) || Files.isRegularFile(p);
        if (!present && required) {
            fail("shared corpus not found at " + p + ", and it is required here (ENTRA_LS_REQUIRE_CORPUS or "
                    + "-Dentrals.requireCorpus): CI must not skip the conformance tests");
        }
        assumeTrue(present, "shared corpus not found at " + p + ": test skipped (it only runs inside the workplace)");
        return p;
    }

    /** Whether a missing corpus fails the tests instead of skipping them. */
    public static boolean required() {
        return required(System.getenv("ENTRA_LS_REQUIRE_CORPUS"), System.getProperty("entrals.requireCorpus"));
    }

    static boolean required(String env, String property) {
        return isTrue(env) || isTrue(property);
    }

    private static boolean isTrue(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
    }

    /** The Entra reference docs (both channels). */
    public static Path entraDocs() {
        return require("entra-docs");
    }
}
