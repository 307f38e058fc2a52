package dev.entrals.commons;

/** What the build stamped into the jar: the server's name and version (every layer reads it from here). */
public final class BuildInfo {

    /** The server's name, as the protocol's {@code serverInfo}, the SARIF driver and PSHostVersion give it. */
    public static final String NAME = "entra-ls";

    private BuildInfo() {
    }

    /** The server's version from the jar manifest, or {@code dev} when not running from the packaged jar. */
    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
