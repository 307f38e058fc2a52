package dev.entrals.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.Function;

/**
 * Body values a run computes locally from a file before it sends anything ({@link BodyPart#certificateIds}): the
 * planner writes such a value as a token (a JSON string between two U+E002 characters holding what to compute), the
 * engine replaces it with the computed value once it has made the file's path absolute ({@link #fill}), so the
 * confirmation, {@code -WhatIf} and the request show the values computed.
 */
public final class LocalValues {

    private static final char MARK = '\uE002';
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What to compute: the certificate user ids of the file {@code file}, those of each kind of {@code kinds} in order.
     *
     * @param file    the file as the argument names it
     * @param kinds   the mapping kinds, in the argument's order
     * @param missing the module's warning for a kind the certificate lacks ({@code {0}} the kind), or null
     * @param none    the module's message when the certificate has none of the kinds, or null
     * @param anyName whether the file's name may end otherwise than {@code .cer} or {@code .pem}: the argument is
     *                a file name PowerShell converts to an X509Certificate2 ({@link BodyPart#CONVERTED}), not the
     *                {@code -Path} the module checks
     */
    public record CertificateIds(String file, List<String> kinds, String missing, String none, boolean anyName) {
        /** Copies the list. */
        public CertificateIds {
            kinds = List.copyOf(kinds);
        }

        /** Ids from a file the module reads by its {@code -Path} (a {@code .cer} or {@code .pem} file). */
        public CertificateIds(String file, List<String> kinds, String missing, String none) {
            this(file, kinds, missing, none, false);
        }
    }

    private LocalValues() {
    }

    /** The token of a {@link BodyPart#certificateIds} part for these arguments ({@code messages}: the part's value). */
    static JsonNode certificateIds(Object file, Object kinds, JsonNode messages) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("file", ArgumentText.text(file));
        o.set("kinds", ArgumentText.json(kinds instanceof List<?> l ? l : kinds == null ? List.of() : List.of(kinds)));
        if (messages != null) {
            o.setAll((ObjectNode) messages);
        }
        return TextNode.valueOf(MARK + ArgumentText.write(o) + MARK);
    }

    /** Whether a body holds a value to compute. */
    public static boolean holds(String body) {
        return body != null && body.indexOf(MARK) >= 0;
    }

    /** The body (JSON text) with each value to compute replaced by what {@code compute} gives for it. */
    public static String fill(String body, Function<CertificateIds, JsonNode> compute) {
        if (!holds(body)) {
            return body;
        }
        try {
            return ArgumentText.write(fill(JSON.readTree(body), compute));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode fill(JsonNode node, Function<CertificateIds, JsonNode> compute) {
        if (node.isTextual() && node.asText().length() > 1 && node.asText().charAt(0) == MARK
                && node.asText().charAt(node.asText().length() - 1) == MARK) {
            String text = node.asText();
            try {
                JsonNode o = JSON.readTree(text.substring(1, text.length() - 1));
                List<String> kinds = new java.util.ArrayList<>();
                o.path("kinds").forEach(k -> kinds.add(k.asText()));
                return compute.apply(new CertificateIds(o.path("file").asText(), kinds,
                        o.hasNonNull(BodyPart.MISSING) ? o.get(BodyPart.MISSING).asText() : null,
                        o.hasNonNull(BodyPart.NONE) ? o.get(BodyPart.NONE).asText() : null,
                        o.hasNonNull(BodyPart.CONVERTED)));
            } catch (JsonProcessingException e) {
                return node; // an argument's own text
            }
        }
        return StepValues.copied(node, n -> fill(n, compute));
    }
}
