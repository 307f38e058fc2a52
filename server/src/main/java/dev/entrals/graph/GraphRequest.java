package dev.entrals.graph;

import java.util.Map;
import java.util.Objects;

/**
 * One Microsoft Graph request as the cmdlet's code would send it, arguments in place; its body JSON text, or the bytes
 * of a local file the engine reads when it sends the request ({@link BodyFile}).
 *
 * @param method      HTTP method in upper case ({@code GET}, {@code POST}, {@code PATCH}, {@code PUT}, {@code DELETE})
 * @param relativeUrl the URL relative to the session's Graph endpoint, starting with the version segment
 *                    ({@code /v1.0/users?$select=Id,DisplayName&$top=5}); query values already encoded
 * @param headers     extra request headers in order (e.g. {@code ConsistencyLevel: eventual}); never authorisation
 * @param body        the body: JSON text, or the text of the {@code Content-Type} its headers name; null for none
 * @param file        the local file whose bytes are the body, or null
 * @param replyFile   the local file the module writes the reply to ({@code -OutputFilePath}), or null
 */
public record GraphRequest(String method, String relativeUrl, Map<String, String> headers, String body, BodyFile file,
                           String replyFile) {
    /** Validates and copies. */
    public GraphRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(relativeUrl, "relativeUrl");
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    /** A request whose body, if any, is JSON text. */
    public GraphRequest(String method, String relativeUrl, Map<String, String> headers, String body) {
        this(method, relativeUrl, headers, body, null, null);
    }

    /** A request whose reply is not written to a file. */
    public GraphRequest(String method, String relativeUrl, Map<String, String> headers, String body, BodyFile file) {
        this(method, relativeUrl, headers, body, file, null);
    }

    /** The same request with this URL and body (looked-up values in place). */
    public GraphRequest with(String url, String newBody) {
        return new GraphRequest(method, url, headers, newBody, file, replyFile);
    }

    /**
     * A body that is a local file's bytes, read when the request is sent (the module's
     * {@code [System.IO.File]::ReadAllBytes($FilePath)} with {@code -ContentType "image/*"}), or bytes the call gives
     * (a {@code [System.Byte[]]} argument written as a list of numbers).
     *
     * @param path        the file as the argument names it (relative to the working directory), or null for bytes given
     * @param contentType the {@code Content-Type} the module sends
     * @param given       null for a file; else the bytes the call gives, in base64
     */
    public record BodyFile(String path, String contentType, String given) {
        /** Validates. */
        public BodyFile {
            Objects.requireNonNull(contentType, "contentType");
            if (path == null) {
                Objects.requireNonNull(given, "path or given");
            }
        }

        /** A local file's bytes. */
        public BodyFile(String path, String contentType) {
            this(path, contentType, null);
        }

        /** Bytes the call gives. */
        public static BodyFile of(byte[] bytes, String contentType) {
            return new BodyFile(null, contentType, java.util.Base64.getEncoder().encodeToString(bytes));
        }

        /** The bytes the call gives, or null for a file's. */
        public byte[] bytes() {
            return given == null ? null : java.util.Base64.getDecoder().decode(given);
        }
    }

    /** A query value escaped as the planner escapes one (only what would break the URL), for requests built elsewhere. */
    public static String queryValue(String value) {
        return ArgumentText.escapeQuery(value);
    }

    /** A path segment escaped like {@code [uri]::EscapeDataString}, for requests built elsewhere. */
    public static String segment(String value) {
        return ArgumentText.escapeData(value);
    }

    /** True for a request that changes the tenant (anything but GET). */
    public boolean write() {
        return !"GET".equals(method);
    }
}
