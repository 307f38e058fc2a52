package dev.entrals.docs.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downloads the Entra reference docs archive (a zip of the {@code microsoftgraph/entra-powershell} repository by
 * default) into the cache and keeps only {@code module/docs/entra-powershell-<channel>/}. Atomic: the archive goes
 * to a temporary file, is checked and extracted to a temporary folder, and only then replaces the previous docs by
 * a rename, so a failed or interrupted download leaves the previous docs in place. Uses the JVM's proxy settings.
 */
public final class DocsFetcher {

    /** The default archive: the main branch of the public Entra PowerShell repository. */
    public static final URI DEFAULT_URL =
            URI.create("https://github.com/microsoftgraph/entra-powershell/archive/refs/heads/main.zip");

    /** Archives larger than this are refused (the real one is tens of megabytes). */
    static final long MAX_ARCHIVE_BYTES = 1L << 30;

    /** What to fetch, where to, and how long to wait: to connect, and for the next bytes once connected. */
    public record Request(URI url, String channel, Path cacheFolder, Duration connectTimeout, Duration idleTimeout) {

        /** The default archive, with 30-second timeouts. */
        public static Request of(String channel, Path cacheFolder) {
            return new Request(DEFAULT_URL, channel, cacheFolder, Duration.ofSeconds(30), Duration.ofSeconds(30));
        }

        /** This request with another archive address. */
        public Request withUrl(URI other) {
            return new Request(other, channel, cacheFolder, connectTimeout, idleTimeout);
        }

        /** This request with both timeouts set to {@code t}. */
        public Request withTimeout(Duration t) {
            return new Request(url, channel, cacheFolder, t, t);
        }
    }

    /** The docs now in place: their folder and how many pages they hold. */
    public record Result(Path folder, int pages) {
    }

    /** Told how the fetch goes; messages are for people ({@code percent} is -1 when the size is unknown). */
    public interface Progress {

        /** A step or a share of the download done. */
        void report(String message, int percent);

        /** Reports nothing. */
        Progress NONE = (m, p) -> { };
    }

    /** Why a fetch failed, in words for the user; the previous docs are still in place. */
    public static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        public FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DocsFetcher() {
    }

    /** Fetches, checks and installs the docs of {@code request.channel()}; never leaves half-written docs. */
    public static Result fetch(Request request, Progress progress) throws FetchException {
        if (!DocsCache.CHANNELS.contains(request.channel())) {
            throw new FetchException("unknown channel '" + request.channel() + "' (use one of " + DocsCache.CHANNELS
                    + ")", null);
        }
        Path docsRoot = request.cacheFolder().resolve("docs");
        Path archive = null;
        try {
            Files.createDirectories(docsRoot);
            archive = Files.createTempFile(docsRoot, ".download-", ".zip");
            download(request, archive, progress);
            progress.report("checking and extracting " + request.channel() + " pages", -1);
            return DocsArchive.install(archive, request.channel(), docsRoot);
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + request.connectTimeout().toMillis() + " ms waiting for "
                    + request.url(), e);
        } catch (IOException e) {
            throw new FetchException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("the download was interrupted", e);
        } finally {
            deleteQuietly(archive);
        }
    }

    private static void download(Request request, Path target, Progress progress)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().proxy(ProxySelector.getDefault())
                .connectTimeout(request.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest get = HttpRequest.newBuilder(request.url()).timeout(request.connectTimeout())
                .header("User-Agent", "entra-ls").GET().build();
        progress.report("downloading " + request.url(), 0);
        HttpResponse<InputStream> response = client.send(get, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + request.url());
            }
            long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            copyWithIdleTimeout(body, target, total, request.idleTimeout(), progress);
        }
    }

    private static void copyWithIdleTimeout(InputStream body, Path target, long total, Duration idle,
                                            Progress progress) throws IOException {
        AtomicLong lastRead = new AtomicLong(System.nanoTime());
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "docs-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
        boolean[] timedOut = {false};
        long tick = Math.max(10, idle.toMillis() / 4);
        watchdog.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastRead.get() > idle.toNanos()) {
                timedOut[0] = true;
                closeQuietly(body);
            }
        }, tick, tick, TimeUnit.MILLISECONDS);
        long done = 0;
        int shown = -1;
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                lastRead.set(System.nanoTime());
                out.write(buffer, 0, n);
                done += n;
                if (done > MAX_ARCHIVE_BYTES) {
                    throw new IOException("the archive is larger than " + MAX_ARCHIVE_BYTES + " bytes: refused");
                }
                int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
                int step = percent >= 0 ? percent / 10 : (int) (done >> 22);
                if (step != shown) {
                    shown = step;
                    progress.report(String.format("downloaded %.1f MB%s", done / 1e6,
                            total > 0 ? String.format(" of %.1f MB", total / 1e6) : ""), percent);
                }
            }
            if (total > 0 && done < total) {
                throw new IOException("the download ended early: " + done + " of " + total + " bytes");
            }
        } catch (IOException e) {
            if (timedOut[0]) {
                throw new IOException("no data for " + idle.toMillis() + " ms: download abandoned", e);
            }
            if (total > 0 && done < total) {
                throw new IOException("the download ended early: " + done + " of " + total + " bytes ("
                        + e.getMessage() + ")", e);
            }
            throw e;
        } finally {
            watchdog.shutdownNow();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the stream closed, which is the point
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file in the cache is harmless
            }
        }
    }
}
