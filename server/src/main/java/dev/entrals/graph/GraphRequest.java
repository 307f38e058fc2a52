package dev.entrals.graph;

import java.util.Map;
import java.util.Objects;

/**
 * One Microsoft Graph request as the cmdlet's code would send it, arguments in place.
 *
 * @param method      HTTP method in upper case ({@code GET}, {@code POST}, {@code PATCH}, {@code PUT}, {@code DELETE})
 * @param relativeUrl the URL relative to the session's Graph endpoint, starting with the version segment
 *                    ({@code /v1.0/users?$select=Id,DisplayName&$top=5}); query values already encoded
 * @param headers     extra request headers in order (e.g. {@code ConsistencyLevel: eventual}); never authorisation
 * @param body        the JSON body, or null when the request has none
 */
public record GraphRequest(String method, String relativeUrl, Map<String, String> headers, String body) {
    /** Validates and copies. */
    public GraphRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(relativeUrl, "relativeUrl");
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    /** True for a request that changes the tenant (anything but GET). */
    public boolean write() {
        return !"GET".equals(method);
    }
}
