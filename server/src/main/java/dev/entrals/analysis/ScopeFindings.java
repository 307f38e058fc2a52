package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.entrals.script.CommandArgument;
import dev.entrals.script.ScriptDocument;

/**
 * The {@code missing-scope} rule and its fixes: a call of an Entra cmdlet whose needed delegated permissions none of
 * the earlier {@code Connect-Entra -Scopes} (literal values) grants. Silent when a call has no earlier
 * {@code Connect-Entra}, when one of them has no literal scopes (splatted, computed, or an app-only sign-in), and for
 * cmdlets with no known delegated permission. The quick fix adds the narrowest permission to the nearest earlier
 * {@code Connect-Entra -Scopes}; the fix-all adds the least set that covers every call of the script.
 */
public final class ScopeFindings {

    private static final int LISTED = 4;

    private ScopeFindings() {
    }

    /** The {@code missing-scope} findings of {@code doc}, on the cmdlet names. */
    public static List<ScriptDiagnostic> of(ScriptDocument doc, ScopeFacts facts) {
        ScriptScopes scopes = ScriptScopes.of(doc, facts);
        if (scopes.connections().isEmpty()) {
            return List.of();
        }
        Map<ScriptScopes.Call, ScriptScopes.Connection> uncovered = scopes.uncovered();
        if (uncovered.isEmpty()) {
            return List.of(); // every call is covered: no need for what each connection grants
        }
        List<ScriptDiagnostic> out = new ArrayList<>();
        Map<ScriptScopes.Connection, Set<String>> grantedUpTo = scopes.grantedThrough();
        Map<ScopeNeeds, String> needsText = new java.util.IdentityHashMap<>();
        for (var e : uncovered.entrySet()) {
            ScriptScopes.Call c = e.getKey();
            ScopeNeeds n = c.needs();
            Set<String> granted = grantedUpTo.get(e.getValue());
            List<String> missing = n.delegated().get(0).stream()
                    .filter(s -> !granted.contains(ScopeFacts.key(s))).toList();
            out.add(new ScriptDiagnostic(c.command().nameStart(), c.command().nameEnd(), Rule.MISSING_SCOPE,
                    Rule.MISSING_SCOPE.defaultSeverity(), c.command().name() + " needs one of "
                    + needsText.computeIfAbsent(n, k -> listed(k.delegated()))
                    + " (delegated), and no earlier Connect-Entra -Scopes grants any of them",
                    Rule.MISSING_SCOPE.helpUri(), missing));
        }
        return out;
    }

    /**
     * The fixes of one {@code missing-scope} finding: add its narrowest permission to the nearest earlier
     * {@code Connect-Entra -Scopes} (preferred), and, when other calls miss permissions too, add the least set that
     * covers the whole script.
     */
    public static List<FindingFixes.Fix> fixes(ScriptDocument doc, ScriptDiagnostic d, ScopeFacts facts) {
        ScriptScopes scopes = ScriptScopes.of(doc, facts);
        Map<ScriptScopes.Call, ScriptScopes.Connection> uncovered = scopes.uncovered();
        List<FindingFixes.Fix> out = new ArrayList<>();
        for (var e : uncovered.entrySet()) {
            if (e.getKey().command().nameStart() == d.start() && !d.suggestions().isEmpty()) {
                out.add(new FindingFixes.Fix("Add " + quoted(d.suggestions()) + " to Connect-Entra -Scopes",
                        List.of(insert(doc, e.getValue(), d.suggestions())), false, true));
            }
        }
        if (!out.isEmpty() && uncovered.size() > 1) {
            List<String> added = new ArrayList<>();
            List<MigrationFix.Edit> all = fixAll(doc, facts, added);
            out.add(new FindingFixes.Fix(fixAllTitle(added), all, false, false));
        }
        return out;
    }

    /**
     * The edits that add, to each {@code Connect-Entra -Scopes} some later call relies on, the least set of
     * permissions that covers the calls after it (what earlier ones and earlier additions grant counted).
     */
    public static List<MigrationFix.Edit> fixAll(ScriptDocument doc, ScopeFacts facts) {
        return fixAll(doc, facts, new ArrayList<>());
    }

    /** The title of the fix-all that adds {@code added}. */
    public static String fixAllTitle(List<String> added) {
        return "Add the scopes this script needs to Connect-Entra -Scopes: " + quoted(added);
    }

    /** {@link #fixAll(ScriptDocument, ScopeFacts)}, collecting the permissions it adds into {@code added}. */
    public static List<MigrationFix.Edit> fixAll(ScriptDocument doc, ScopeFacts facts, List<String> added) {
        ScriptScopes scopes = ScriptScopes.of(doc, facts);
        Map<ScriptScopes.Connection, List<ScopeNeeds>> byConnection = new LinkedHashMap<>();
        for (var e : scopes.uncovered().entrySet()) {
            byConnection.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey().needs());
        }
        List<MigrationFix.Edit> out = new ArrayList<>();
        for (var e : byConnection.entrySet()) {
            Set<String> granted = new LinkedHashSet<>(scopes.grantedBefore(e.getKey().command().end()));
            granted.addAll(added);
            List<String> missing = ScopeCover.missing(e.getValue(), granted, true);
            if (!missing.isEmpty()) {
                out.add(insert(doc, e.getKey(), missing));
                added.addAll(missing);
            }
        }
        return out;
    }

    private static MigrationFix.Edit insert(ScriptDocument doc, ScriptScopes.Connection c, List<String> scopes) {
        CommandArgument a = c.command().parameter("Scopes").argument();
        StringBuilder b = new StringBuilder();
        scopes.forEach(s -> b.append(", '").append(s).append('\''));
        return new MigrationFix.Edit(a.end(), a.end(), b.toString());
    }

    private static String quoted(List<String> scopes) {
        return String.join(", ", scopes.stream().map(s -> "'" + s + "'").toList());
    }

    private static String listed(List<List<String>> grants) {
        List<String> names = grants.stream().limit(LISTED).map(g -> String.join(" + ", g)).toList();
        return String.join(", ", names) + (grants.size() > LISTED ? ", …" : "");
    }
}
