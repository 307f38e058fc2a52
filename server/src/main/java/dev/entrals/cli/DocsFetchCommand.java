package dev.entrals.cli;

import dev.entrals.docs.modules.DocsCache;
import dev.entrals.docs.modules.DocsFetcher;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls docs fetch [--channel v1.0|beta] [--url URL]}: downloads the Entra reference docs into the cache,
 * where they become a docs source; progress on stderr, the result on stdout.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Download the Entra reference docs (platyPS pages) into the cache; they are then used as a "
                + "docs source. Uses the JVM proxy settings (-Dhttps.proxyHost=... -Dhttps.proxyPort=...).")
public final class DocsFetchCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "v1.0",
            description = "v1.0 or beta (default: ${DEFAULT-VALUE}).")
    String channel;

    @CommandLine.Option(names = "--url", paramLabel = "URL",
            description = "The zip archive to download (default: the main branch of microsoftgraph/entra-powershell).")
    URI url = DocsFetcher.DEFAULT_URL;

    @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up after this long without a connection or without data (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!DocsCache.CHANNELS.contains(channel)) {
            err.println("Unknown channel '" + channel + "': use v1.0 or beta.");
            err.flush();
            return Main.USAGE;
        }
        if (url.getScheme() == null || !url.getScheme().matches("(?i)https?")) {
            err.println("Not an http(s) URL: " + url);
            err.flush();
            return Main.USAGE;
        }
        DocsFetcher.Request request = DocsFetcher.Request.of(channel, DocsCache.folder()).withUrl(url)
                .withTimeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        try {
            DocsFetcher.Result r = DocsFetcher.fetch(request, (message, percent) -> {
                err.println("entra-ls: " + message + (percent >= 0 ? " (" + percent + "%)" : ""));
                err.flush();
            });
            out.println("Fetched " + r.pages() + " " + channel + " pages into " + r.folder());
            out.flush();
            return Main.OK;
        } catch (DocsFetcher.FetchException e) {
            err.println("Docs not fetched: " + e.getMessage() + ". Any docs fetched before are still in place.");
            err.flush();
            return Main.PROBLEMS;
        }
    }
}
