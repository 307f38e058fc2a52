package dev.entrals.cli;

import dev.entrals.commons.BuildInfo;
import picocli.CommandLine;

/** Reports the server's name and version, read from the jar manifest. */
public final class Version implements CommandLine.IVersionProvider {

    /** The server's version, or {@code dev} when not running from the packaged jar. */
    public static String version() {
        return BuildInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {BuildInfo.NAME + " " + version()};
    }
}
