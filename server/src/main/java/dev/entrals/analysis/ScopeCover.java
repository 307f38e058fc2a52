package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The least permissions that cover a list of calls: each call not yet covered adds the missing part of its
 * narrowest alternative, then every added permission that the others make unnecessary is dropped again (latest
 * first). Permission names compare ignoring case.
 */
public final class ScopeCover {

    private ScopeCover() {
    }

    /**
     * The permissions to add to {@code granted} so that every call of {@code needs} that has a known permission of
     * the kind is covered, in the order they were first needed.
     */
    public static List<String> missing(List<ScopeNeeds> needs, Set<String> granted, boolean delegated) {
        Set<String> have = keys(granted);
        List<String> added = new ArrayList<>();
        for (ScopeNeeds n : needs) {
            if (n.local() || n.of(delegated).isEmpty() || n.coveredBy(have, delegated)) {
                continue;
            }
            for (String s : n.of(delegated).get(0)) {
                if (have.add(ScopeFacts.key(s))) {
                    added.add(s);
                }
            }
        }
        for (int i = added.size() - 1; i >= 0; i--) {
            Set<String> without = new HashSet<>(have);
            without.remove(ScopeFacts.key(added.get(i)));
            boolean still = needs.stream().allMatch(n -> n.local() || n.of(delegated).isEmpty()
                    || n.coveredBy(without, delegated));
            if (still) {
                have = without;
                added.remove(i);
            }
        }
        return added;
    }

    /** The narrowest alternative of {@code needs} that {@code granted} holds, or empty. */
    public static Optional<List<String>> coveringGrant(ScopeNeeds needs, Set<String> granted, boolean delegated) {
        Set<String> have = keys(granted);
        return needs.of(delegated).stream()
                .filter(g -> g.stream().allMatch(s -> have.contains(ScopeFacts.key(s)))).findFirst();
    }

    /** The names in {@code scopes} as lookup keys (lower case). */
    public static Set<String> keys(java.util.Collection<String> scopes) {
        Set<String> out = new LinkedHashSet<>();
        scopes.forEach(s -> out.add(ScopeFacts.key(s)));
        return out;
    }
}
