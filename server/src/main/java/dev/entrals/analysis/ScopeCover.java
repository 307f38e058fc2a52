package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The least permissions that cover a list of calls: each call not yet covered adds the missing part of its
 * narrowest alternative, then every added permission that the others make unnecessary is dropped again (latest
 * first). Permission names compare ignoring case; a permission grants the narrower ones it includes
 * ({@link #granted}).
 */
public final class ScopeCover {

    private ScopeCover() {
    }

    /**
     * The permissions to add to {@code granted} so that every call of {@code needs} that has a known permission of
     * the kind is covered, in the order they were first needed.
     */
    public static List<String> missing(List<ScopeNeeds> needs, Set<String> granted, boolean delegated) {
        // many calls of one cmdlet share its facts: each distinct one counts once
        java.util.Map<ScopeNeeds, Boolean> seen = new java.util.IdentityHashMap<>();
        List<ScopeNeeds> distinct = new ArrayList<>();
        for (ScopeNeeds n : needs) {
            if (!n.local() && !n.of(delegated).isEmpty() && seen.put(n, Boolean.TRUE) == null) {
                distinct.add(n);
            }
        }
        List<String> added = new ArrayList<>();
        Set<String> have = granted(granted);
        for (ScopeNeeds n : distinct) {
            if (n.allowedBy(have, delegated)) {
                continue;
            }
            for (String s : n.of(delegated).get(0)) {
                if (!have.contains(ScopeFacts.key(s))) {
                    added.add(s);
                    have.addAll(granted(List.of(s)));
                }
            }
        }
        for (int i = added.size() - 1; i >= 0; i--) {
            List<String> rest = new ArrayList<>(granted);
            for (int j = 0; j < added.size(); j++) {
                if (j != i) {
                    rest.add(added.get(j));
                }
            }
            Set<String> without = granted(rest);
            if (distinct.stream().allMatch(n -> n.allowedBy(without, delegated))) {
                added.remove(i);
            }
        }
        return added;
    }

    /**
     * The permissions of {@code granted} that allow {@code needs}: those that grant its narrowest alternative that
     * {@code granted} allows (a permission itself, or the broader one of {@code granted} that includes it), or empty.
     */
    public static Optional<List<String>> coveringGrant(ScopeNeeds needs, Set<String> granted, boolean delegated) {
        Set<String> have = granted(granted);
        return needs.of(delegated).stream()
                .filter(g -> g.stream().allMatch(s -> have.contains(ScopeFacts.key(s)))).findFirst()
                .map(g -> g.stream().map(s -> provider(s, granted)).distinct().toList());
    }

    /** The permission of {@code granted} that grants {@code scope}: itself, else one that includes it. */
    private static String provider(String scope, Set<String> granted) {
        String key = ScopeFacts.key(scope);
        for (String g : granted) {
            if (ScopeFacts.key(g).equals(key)) {
                return g;
            }
        }
        for (String g : granted) {
            if (granted(List.of(g)).contains(key)) {
                return g;
            }
        }
        return scope;
    }

    /** The names in {@code scopes} as lookup keys (lower case). */
    public static Set<String> keys(java.util.Collection<String> scopes) {
        Set<String> out = new LinkedHashSet<>();
        scopes.forEach(s -> out.add(ScopeFacts.key(s)));
        return out;
    }

    /**
     * What {@code scopes} grant, as lookup keys: each permission, and the narrower ones of the same resource and
     * constraint that it includes ({@code X.ReadWrite.Y} includes {@code X.Read.Y} and {@code X.ReadBasic.Y};
     * {@code X.Read.Y} includes {@code X.ReadBasic.Y}), as Microsoft Graph defines them.
     */
    public static Set<String> granted(java.util.Collection<String> scopes) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : scopes) {
            String k = ScopeFacts.key(s);
            out.add(k);
            String[] p = k.split("\\.", -1);
            if (p.length == 3 && (p[1].equals("readwrite") || p[1].equals("read"))) {
                if (p[1].equals("readwrite")) {
                    out.add(p[0] + ".read." + p[2]);
                }
                out.add(p[0] + ".readbasic." + p[2]);
            }
        }
        return out;
    }
}
