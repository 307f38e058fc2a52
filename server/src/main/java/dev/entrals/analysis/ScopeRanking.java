package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order of Graph permissions from the narrowest to the broadest: a specific resource before {@code Directory.*};
 * then by what the permission allows ({@code ReadBasic}, {@code Read}, other single operations such as
 * {@code Create}, {@code ReadWrite}, {@code AccessAsUser}); then a constrained permission ({@code OwnedBy},
 * {@code AzureAD}, none) before a tenant-wide one ({@code All}, {@code Directory}); then a sub-resource before its
 * resource ({@code GroupMember} before {@code Group}); then by name. A set of permissions that must be granted
 * together ranks by its broadest member, then by size.
 */
public final class ScopeRanking {

    /** Narrowest permission first. */
    public static final Comparator<String> SCOPES = Comparator
            .comparingInt((String s) -> part(s, 0).equalsIgnoreCase("Directory") ? 1 : 0)
            .thenComparingInt(s -> operation(part(s, 1)))
            .thenComparingInt(s -> constraint(part(s, 2)))
            .thenComparing(s -> part(s, 0).toLowerCase(Locale.ROOT) + '\uffff')
            .thenComparing(s -> s.toLowerCase(Locale.ROOT));

    /** Narrowest set of permissions first (each set sorted with {@link #SCOPES}). */
    public static final Comparator<List<String>> GRANTS = Comparator
            .comparing((List<String> g) -> g.get(g.size() - 1), SCOPES)
            .thenComparingInt(List::size)
            .thenComparing(ScopeRanking::joined);

    private ScopeRanking() {
    }

    /** {@code grants} with each set sorted, duplicates and strict supersets of another set dropped, narrowest first. */
    public static List<List<String>> normalized(List<List<String>> grants) {
        List<List<String>> sorted = new ArrayList<>();
        for (List<String> g : grants) {
            List<String> s = g.stream().distinct().sorted(SCOPES).toList();
            if (!s.isEmpty() && !sorted.contains(s)) {
                sorted.add(s);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : sorted) {
            boolean superset = sorted.stream().anyMatch(o -> o.size() < g.size() && g.containsAll(o));
            if (!superset) {
                out.add(g);
            }
        }
        out.sort(GRANTS);
        return List.copyOf(out);
    }

    private static String joined(List<String> g) {
        return String.join("+", g).toLowerCase(Locale.ROOT);
    }

    private static String part(String scope, int i) {
        String[] p = scope.split("\\.");
        return i < p.length ? p[i] : "";
    }

    private static int operation(String op) {
        return switch (op.toLowerCase(Locale.ROOT)) {
            case "readbasic" -> 0;
            case "read" -> 1;
            case "readwrite" -> 3;
            case "accessasuser" -> 4;
            default -> 2;
        };
    }

    private static int constraint(String c) {
        return c.equalsIgnoreCase("All") || c.equalsIgnoreCase("Directory") ? 1 : 0;
    }
}
