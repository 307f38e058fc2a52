package dev.entrals.features.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;

import dev.entrals.analysis.ScopeCover;
import dev.entrals.analysis.ScopeFacts;
import dev.entrals.analysis.ScriptScopes;
import dev.entrals.commons.TextDocument;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.LspPositions;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;
import dev.entrals.features.ServerCommands;
import dev.entrals.session.AuthType;
import dev.entrals.session.EntraContext;

/**
 * While the editor's session is connected, a lens on the script's first Entra call says whether the session's
 * permissions cover the script: a delegated session's scopes (and, when some are missing, a second lens
 * "Reconnect with the scopes this script needs", which runs {@code entra.connect} with the same tenant, app, flow
 * and cloud and the union of the session's scopes and the missing ones); an app-only session's roles (the token's
 * {@code roles} claim; the app registration grants them, so there is nothing to reconnect with).
 */
final class ScopeLens implements FeatureProvider<CodeLensParams, List<CodeLens>> {

    /** The title of the lens that reconnects with the union of scopes. */
    static final String RECONNECT = "Reconnect with the scopes this script needs";

    private final Supplier<Optional<EntraContext>> session;
    private final Supplier<ScopeFacts> facts; // read on the first lens, not at start-up

    ScopeLens(Supplier<Optional<EntraContext>> session, Supplier<ScopeFacts> facts) {
        this.session = session;
        this.facts = facts;
    }

    @Override
    public List<CodeLens> provide(TextDocument document, CodeLensParams params, RequestContext context) {
        Optional<EntraContext> connected = session.get();
        if (connected.isEmpty()) {
            return List.of();
        }
        EntraContext c = connected.get();
        boolean delegated = c.authType() == AuthType.Delegated;
        if (!delegated && c.authType() != AuthType.AppOnly && c.authType() != AuthType.ManagedIdentity) {
            return List.of(); // a user-provided token or environment variables: nothing to reconnect with
        }
        ScriptScopes scopes = ScriptScopes.of(ScriptView.parsed(document), facts.get());
        if (scopes.calls().isEmpty()) {
            return List.of();
        }
        List<String> missing = ScopeCover.missing(scopes.calls().stream().map(ScriptScopes.Call::needs).toList(),
                Set.copyOf(c.scopes()), delegated);
        var first = scopes.calls().get(0).command();
        var range = LspPositions.range(document, first.nameStart(), first.nameEnd());
        String kind = delegated ? "scopes" : "app roles";
        List<CodeLens> out = new ArrayList<>();
        if (missing.isEmpty()) {
            out.add(new CodeLens(range, new Command("The session's " + kind + " cover this script", ""), null));
            return out;
        }
        out.add(new CodeLens(range, new Command("The session's " + kind + " lack " + String.join(", ", missing),
                ""), null));
        if (delegated) {
            Set<String> union = new LinkedHashSet<>(c.scopes());
            union.addAll(missing);
            out.add(new CodeLens(range, new Command(RECONNECT, ServerCommands.CONNECT,
                    List.of(reconnect(c, List.copyOf(union)), CommandArguments.lensMarker())), null));
        }
        return out;
    }

    /** The {@code entra.connect} object that signs in again as {@code c} did, asking for {@code scopes}. */
    static Map<String, Object> reconnect(EntraContext c, List<String> scopes) {
        return c.reconnectArguments(scopes);
    }
}
