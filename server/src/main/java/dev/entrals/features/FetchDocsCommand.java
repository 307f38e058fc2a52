package dev.entrals.features;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.entrals.docs.modules.DocsCache;
import dev.entrals.docs.modules.DocsFetcher;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * {@code entra.fetchDocs}: downloads the Entra reference docs into the cache (see {@link DocsFetcher}), reports
 * progress through {@code $/progress} when the client sent a token, then reloads the help index so the new pages
 * answer at once. Argument (optional): {@code "beta"}, or {@code {"channel": "beta", "url": "https://..."}}; any
 * other shape, field or channel is InvalidParams, checked before anything is fetched.
 * Result: {@code {"channel", "folder", "pages"}}; a failed fetch is a RequestFailed error and keeps the old docs.
 */
public final class FetchDocsCommand implements CommandHandler {

    private static final Logger LOG = Logger.getLogger(FetchDocsCommand.class.getName());

    private final DocsReloader<?> docs;
    private final Supplier<java.nio.file.Path> cacheFolder;

    /** A command that fetches into {@code cacheFolder} and then reloads {@code docs}. */
    public FetchDocsCommand(DocsReloader<?> docs, Supplier<java.nio.file.Path> cacheFolder) {
        this.docs = docs;
        this.cacheFolder = cacheFolder;
    }

    /** A command that fetches into the user's cache folder ({@link DocsCache#folder()}). */
    public FetchDocsCommand(DocsReloader<?> docs) {
        this(docs, DocsCache::folder);
    }

    @Override
    public Object execute(List<Object> arguments, RequestContext ctx) {
        String channel = "v1.0";
        URI url = DocsFetcher.DEFAULT_URL;
        if (arguments.size() > 1) {
            throw invalid("entra.fetchDocs takes one argument (a channel or {\"channel\", \"url\"}), not "
                    + arguments.size() + ".");
        }
        Object first = arguments.isEmpty() ? null : arguments.get(0);
        if (first instanceof String text) {
            channel = text;
        } else if (first instanceof JsonElement json && json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
            channel = json.getAsString();
        } else if (first instanceof JsonElement json && json.isJsonObject()) {
            JsonObject o = json.getAsJsonObject();
            for (String field : o.keySet()) {
                if (!field.equals("channel") && !field.equals("url")) {
                    throw invalid("entra.fetchDocs: unknown field '" + field + "' (use channel, url).");
                }
            }
            channel = o.has("channel") ? text(o, "channel") : channel;
            url = o.has("url") ? parse(text(o, "url")) : url;
        } else if (first != null) {
            throw invalid("entra.fetchDocs takes a channel name or {\"channel\", \"url\"}, not " + describe(first) + ".");
        }
        if (!DocsCache.CHANNELS.contains(channel)) {
            throw invalid("entra.fetchDocs: unknown channel '" + channel + "' (use one of " + DocsCache.CHANNELS + ").");
        }
        WorkDoneProgress progress = ctx.progress();
        progress.begin("Fetching Entra docs", channel);
        try {
            DocsFetcher.Result r = DocsFetcher.fetch(DocsFetcher.Request.of(channel, cacheFolder.get()).withUrl(url),
                    (message, percent) -> {
                        LOG.info(() -> "docs fetch: " + message);
                        progress.report(message, percent);
                    });
            progress.report("loading the new docs", -1);
            docs.reloadLatest().join();
            progress.end("Fetched " + r.pages() + " " + channel + " pages");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("channel", channel);
            result.put("folder", r.folder().toString());
            result.put("pages", r.pages());
            return result;
        } catch (DocsFetcher.FetchException | CompletionException e) {
            progress.end("Docs not fetched: " + e.getMessage());
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                    "Docs not fetched: " + e.getMessage() + ". Any docs fetched before are still in place.", null));
        }
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return e.getAsString();
        }
        throw invalid("entra.fetchDocs: the field '" + field + "' must be text.");
    }

    private static String describe(Object argument) {
        if (argument instanceof JsonElement json && json.isJsonArray()) {
            return "an array";
        }
        return argument instanceof JsonElement json && json.isJsonNull() ? "null" : "a value that is not text";
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    private static URI parse(String url) {
        try {
            URI u = URI.create(url);
            if (u.getScheme() != null && u.getScheme().matches("(?i)https?")) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw invalid("Not an http(s) URL: " + url);
    }
}
