package dev.entrals.features;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonElement;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;

import dev.entrals.commons.PositionEncoding;

/**
 * What the client told us at {@code initialize} that features need: the agreed position encoding, whether hover
 * and completion documentation may be Markdown (otherwise plain text), and the editor command that downloads the
 * docs which the client runs from a Markdown link ({@code experimental: {"entra": {"fetchDocsCommand": "id"}}};
 * empty when the client declared none: the texts then name {@code entra-ls docs fetch}).
 */
public record ClientInfo(PositionEncoding encoding, boolean hoverMarkdown, boolean completionDocMarkdown,
        String fetchDocsCommand) {

    /** A client that said nothing: UTF-16 and plain text. */
    public static final ClientInfo PLAIN = new ClientInfo(PositionEncoding.UTF16, false, false, "");

    /** A client without a docs-download command link. */
    public ClientInfo(PositionEncoding encoding, boolean hoverMarkdown, boolean completionDocMarkdown) {
        this(encoding, hoverMarkdown, completionDocMarkdown, "");
    }

    /** Reads the client's capabilities (null-safe: any part may be missing). */
    public static ClientInfo from(ClientCapabilities caps) {
        if (caps == null) {
            return PLAIN;
        }
        var td = caps.getTextDocument();
        boolean hover = td != null && td.getHover() != null && offersMarkdown(td.getHover().getContentFormat());
        boolean completion = td != null && td.getCompletion() != null && td.getCompletion().getCompletionItem() != null
                && offersMarkdown(td.getCompletion().getCompletionItem().getDocumentationFormat());
        List<String> offered = caps.getGeneral() == null ? null : caps.getGeneral().getPositionEncodings();
        return new ClientInfo(chooseEncoding(offered), hover, completion, fetchDocsCommand(caps.getExperimental()));
    }

    /**
     * The command id in {@code experimental.entra.fetchDocsCommand}, or empty: only a plain command id (letters,
     * digits, dots, dashes, underscores) is taken, since it becomes part of a {@code command:} link.
     */
    static String fetchDocsCommand(Object experimental) {
        Object value = null;
        if (experimental instanceof JsonElement e && e.isJsonObject()) {
            JsonElement entra = e.getAsJsonObject().get("entra");
            if (entra != null && entra.isJsonObject()) {
                JsonElement v = entra.getAsJsonObject().get("fetchDocsCommand");
                value = v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : null;
            }
        } else if (experimental instanceof Map<?, ?> m && m.get("entra") instanceof Map<?, ?> entra) {
            value = entra.get("fetchDocsCommand");
        }
        return value instanceof String id && id.matches("[A-Za-z0-9._-]{1,100}") ? id : "";
    }

    /**
     * The first encoding in the client's list (its order of preference) that we support; UTF-16 when the client
     * lists none we support or sends no list, since every client must support UTF-16.
     */
    public static PositionEncoding chooseEncoding(List<String> offered) {
        if (offered == null) {
            return PositionEncoding.UTF16;
        }
        for (String kind : offered) {
            Optional<PositionEncoding> e = fromLsp(kind);
            if (e.isPresent()) {
                return e.get();
            }
        }
        return PositionEncoding.UTF16;
    }

    /** The LSP name of an encoding: {@code utf-8}, {@code utf-16} or {@code utf-32}. */
    public static String lspName(PositionEncoding e) {
        return switch (e) {
            case UTF8 -> "utf-8";
            case UTF16 -> "utf-16";
            case UTF32 -> "utf-32";
        };
    }

    private static Optional<PositionEncoding> fromLsp(String kind) {
        for (PositionEncoding e : PositionEncoding.values()) {
            if (lspName(e).equalsIgnoreCase(kind)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean offersMarkdown(List<String> formats) {
        return formats != null && formats.contains(MarkupKind.MARKDOWN);
    }
}
