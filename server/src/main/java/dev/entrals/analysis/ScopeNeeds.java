package dev.entrals.analysis;

import java.util.List;
import java.util.Set;

/**
 * The Graph permissions that allow one Entra cmdlet: {@code delegated} and {@code application} are the alternatives
 * (any one suffices), narrowest first ({@link ScopeRanking}); an alternative is usually one permission, or several
 * that a reference example requests together. {@code sources} says where each fact came from ({@code docs}, or
 * {@code AzureAD:Name} for a retired command's "Scopes Needed"); {@code local} marks a cmdlet that sends no Graph
 * request (sign-in, environments, aliases) and so needs no permission.
 */
public record ScopeNeeds(String command, List<List<String>> delegated, List<List<String>> application,
                         List<String> sources, boolean local) {

    public ScopeNeeds {
        delegated = delegated.stream().map(List::copyOf).toList();
        application = application.stream().map(List::copyOf).toList();
        sources = List.copyOf(sources);
    }

    /** Whether any permission is known for the cmdlet (or it needs none). */
    public boolean known() {
        return local || !delegated.isEmpty() || !application.isEmpty();
    }

    /** The alternatives of one kind: delegated ({@code true}) or application. */
    public List<List<String>> of(boolean delegatedKind) {
        return delegatedKind ? delegated : application;
    }

    /**
     * Whether {@code granted} (permission names, any case; a {@code .ReadWrite.} one includes its {@code .Read.}) allows
     * the cmdlet with a permission of the given kind; a local cmdlet is always allowed, one with no known permission
     * of that kind never is.
     */
    public boolean coveredBy(Set<String> granted, boolean delegatedKind) {
        return allowedBy(ScopeCover.granted(granted), delegatedKind);
    }

    /** {@link #coveredBy} for what {@link ScopeCover#granted} already made of the granted permissions. */
    boolean allowedBy(Set<String> grantedKeys, boolean delegatedKind) {
        if (local) {
            return true;
        }
        for (List<String> g : of(delegatedKind)) {
            boolean all = true;
            for (String s : g) {
                all &= grantedKeys.contains(ScopeFacts.key(s));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The delegated permissions as flat names, narrowest first, each once. */
    public List<String> delegatedScopes() {
        return delegated.stream().flatMap(List::stream).distinct().toList();
    }

    /** The application permissions as flat names, narrowest first, each once. */
    public List<String> applicationScopes() {
        return application.stream().flatMap(List::stream).distinct().toList();
    }
}
