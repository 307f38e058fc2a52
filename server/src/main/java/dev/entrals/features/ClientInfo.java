package dev.entrals.features;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;

import dev.entrals.commons.PositionEncoding;

/**
 * What the client told us at {@code initialize} that features need: the agreed position encoding and whether hover
 * and completion documentation may be Markdown (otherwise plain text).
 */
public record ClientInfo(PositionEncoding encoding, boolean hoverMarkdown, boolean completionDocMarkdown) {

    /** A client that said nothing: UTF-16 and plain text. */
    public static final ClientInfo PLAIN = new ClientInfo(PositionEncoding.UTF16, false, false);

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
        return new ClientInfo(chooseEncoding(offered), hover, completion);
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
