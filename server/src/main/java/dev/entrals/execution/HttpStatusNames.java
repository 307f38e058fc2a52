package dev.entrals.execution;

import java.util.Map;

/** The .NET names of HTTP statuses, as PowerShell prints {@code Status: 404 (NotFound)}. */
final class HttpStatusNames {

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(400, "BadRequest"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "NotFound"), Map.entry(405, "MethodNotAllowed"), Map.entry(409, "Conflict"),
            Map.entry(412, "PreconditionFailed"), Map.entry(413, "RequestEntityTooLarge"),
            Map.entry(415, "UnsupportedMediaType"), Map.entry(422, "UnprocessableEntity"),
            Map.entry(429, "TooManyRequests"), Map.entry(500, "InternalServerError"), Map.entry(501, "NotImplemented"),
            Map.entry(502, "BadGateway"), Map.entry(503, "ServiceUnavailable"), Map.entry(504, "GatewayTimeout"));

    private HttpStatusNames() {
    }

    static String of(int status) {
        return NAMES.getOrDefault(status, "Status" + status);
    }
}
