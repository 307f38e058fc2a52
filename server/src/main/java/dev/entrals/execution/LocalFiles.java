package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrals.graph.GraphRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import dev.entrals.graph.RequestPlan;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.entrals.graph.LocalValues;

/**
 * The local file a request sends as its body ({@link GraphRequest.BodyFile}): read when the request is sent, shown by
 * name, size and content type (never its bytes; bytes the call gives by their count); the file a write's reply goes to ({@link #writeReply}); and the
 * file a body value is computed from before anything is sent ({@link #computed}). The engine has made a relative path absolute
 * ({@link RunInput#file}: the script's folder for an editor's run, else the working directory, as .NET's
 * {@code [System.IO.File]::ReadAllBytes} resolves it).
 */
final class LocalFiles {

    private LocalFiles() {
    }

    /** The file's bytes; a missing or unreadable file is a {@link GraphFault.Kind#LOCAL_FILE} fault. */
    static byte[] read(GraphRequest.BodyFile file, String request) {
        if (file.given() != null) {
            return file.bytes(); // the bytes the call gives
        }
        Path p = path(file, request);
        try {
            if (Files.isDirectory(p)) {
                throw GraphFault.of(GraphFault.Kind.LOCAL_FILE, "The file to send is a folder: " + p + ". Nothing was sent.",
                        request);
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw GraphFault.of(GraphFault.Kind.LOCAL_FILE, "The file to send does not exist: " + p
                    + ". Nothing was sent.", request);
        } catch (IOException | SecurityException e) {
            throw GraphFault.of(GraphFault.Kind.LOCAL_FILE, "The file to send cannot be read: " + p + " ("
                    + e.getClass().getSimpleName() + "). Nothing was sent.", request);
        }
    }

    /** How the body is shown: {@code <file logo.png, 1,234 bytes, image/*>}, or that it cannot be read yet. */
    static String describe(GraphRequest.BodyFile file) {
        if (file.given() != null) {
            return String.format(java.util.Locale.ROOT, "<%,d bytes given in the call, Content-Type: %s>",
                    file.bytes().length, file.contentType());
        }
        try {
            Path p = Path.of(file.path()).toAbsolutePath();
            String size = Files.isRegularFile(p) ? String.format(java.util.Locale.ROOT, "%,d bytes", Files.size(p))
                    : "not found";
            return "<the bytes of the file " + p + ", " + size + ", Content-Type: " + file.contentType() + ">";
        } catch (InvalidPathException | IOException e) {
            return "<the bytes of the file " + file.path() + ", unreadable, Content-Type: " + file.contentType() + ">";
        }
    }

    /**
     * Writes a reply to the local file its request names ({@link GraphRequest#replyFile()}: the module's
     * {@code -OutputFilePath}, made absolute as the body's file is), its text as it came (XML) or its JSON; an empty
     * reply makes an empty file. Returns the file's path. The request has been sent: a file that cannot be written
     * is a {@link GraphFault.Kind#LOCAL_FILE} fault saying so.
     */
    static String writeReply(GraphReply reply, GraphRequest request, String endpoint) {
        String sent = request.method() + " " + endpoint + request.relativeUrl();
        JsonNode body = reply == null ? null : reply.body();
        String text = body == null ? "" : body.isTextual() ? body.asText() : body.toPrettyString();
        try {
            Path p = Path.of(request.replyFile()).toAbsolutePath();
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p.toString();
        } catch (InvalidPathException | IOException | SecurityException e) {
            throw GraphFault.of(GraphFault.Kind.LOCAL_FILE, "The request was sent and answered (the tenant is"
                    + " changed), but its reply could not be written to " + request.replyFile() + " ("
                    + e.getClass().getSimpleName() + ").", sent);
        }
    }

    private static Path path(GraphRequest.BodyFile file, String request) {
        try {
            return Path.of(file.path()).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw GraphFault.of(GraphFault.Kind.LOCAL_FILE, "The file to send is not a valid path: " + file.path()
                    + ". Nothing was sent.", request);
        }
    }

    /**
     * The plan with each body value computed from a local file ({@link LocalValues}: certificate user ids, as
     * {@code Get-EntraUserCertificateUserIdsFromCertificate} computes them, {@link CertificateUserIds}) in place, the
     * file found as {@code files} resolves it; the module's warning for a kind the certificate lacks goes to
     * {@code notes}. A file not read, or none of the kinds found, is a {@link LocalAnswers.Failure} (the module's
     * message where it has one): nothing has been sent.
     */
    static RequestPlan computed(RequestPlan plan, Function<String, Path> files, List<String> notes) {
        if (Stream.concat(plan.requests().stream(), plan.lookups().stream().flatMap(l -> l.tries().stream()))
                .noneMatch(r -> LocalValues.holds(r.body()))) {
            return plan;
        }
        Function<LocalValues.CertificateIds, JsonNode> ids = c -> certificateIds(c, files, notes);
        UnaryOperator<GraphRequest> filled = r -> r.with(r.relativeUrl(), LocalValues.fill(r.body(), ids));
        return plan.with(plan.requests().stream().map(filled).toList(), plan.lookups().stream()
                .map(l -> l.withTries(l.tries().stream().map(filled).toList())).toList());
    }

    private static JsonNode certificateIds(LocalValues.CertificateIds c, Function<String, Path> files,
            List<String> notes) {
        Map<String, String> all;
        try {
            all = c.anyName() ? CertificateUserIds.ofCertificate(files.apply(c.file()))
                    : CertificateUserIds.of(files.apply(c.file()));
        } catch (InvalidPathException e) {
            throw new LocalAnswers.Failure("Not a file path: " + c.file());
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (String kind : c.kinds()) {
            String id = all.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(kind))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            if (!id.isEmpty()) {
                out.add(id); // the module's `if ($all.$kind) { $l += $all.$kind }`
            } else if (c.missing() != null) {
                notes.add("WARNING: " + c.missing().replace("{0}", kind));
            }
        }
        if (out.isEmpty()) {
            throw new LocalAnswers.Failure(c.none() != null ? c.none()
                    : "The certificate " + c.file() + " has none of the kinds " + String.join(", ", c.kinds()) + ".");
        }
        return out;
    }

    /**
     * The plan with each file body's path (its requests' and its steps') as this run reads it
     * ({@link RunInput#file}); a path not valid stays.
     */
    static RequestPlan in(RequestPlan plan, RunInput in) {
        if (java.util.stream.Stream.concat(plan.requests().stream(), plan.lookups().stream()
                .flatMap(l -> l.tries().stream())).noneMatch(r -> r.file() != null || r.replyFile() != null)) {
            return plan;
        }
        List<GraphRequest> requests = plan.requests().stream().map(r -> fileIn(r, in)).toList();
        List<RequestPlan.Lookup> lookups = plan.lookups().stream().map(l -> l.withTries(l.tries().stream()
                .map(r -> fileIn(r, in)).toList())).toList();
        return plan.with(requests, lookups);
    }

    private static GraphRequest fileIn(GraphRequest r, RunInput in) {
        GraphRequest.BodyFile f = r.file();
        if (f == null && r.replyFile() == null) {
            return r;
        }
        try {
            return new GraphRequest(r.method(), r.relativeUrl(), r.headers(), r.body(), f == null || f.path() == null ? f
                    : new GraphRequest.BodyFile(in.file(f.path()).toString(), f.contentType()),
                    r.replyFile() == null ? null : in.file(r.replyFile()).toString());
        } catch (java.nio.file.InvalidPathException e) {
            return r; // LocalFiles says it is not a valid path when it is sent
        }
    }
}
