package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order of Graph permissions from the narrowest to the broadest: a specific resource before {@code Directory.*};
 * then by what the permission allows ({@code ReadBasic}, {@code Read}, other single operations such as
 * {@code Create}, {@code ReadWrite}, {@code AccessAsUser}); then a resource the cmdlet's noun names before others;
 * then a constrained permission ({@code OwnedBy}, {@code AzureAD}, none) before a tenant-wide one ({@code All},
 * {@code Directory}); then a sub-resource before its resource ({@code GroupMember} before {@code Group}); then by
 * name. A set of permissions that must be granted together ranks by its broadest member, then by size.
 */
public final class ScopeRanking {

    /** Narrowest permission first, for no cmdlet in particular. */
    public static final Comparator<String> SCOPES = scopes("");

    private ScopeRanking() {
    }

    /**
     * Narrowest permission first for the cmdlet named {@code command}: at the same level of access, a resource the
     * cmdlet's noun names (the longest first: {@code GroupMember} before {@code Group} for
     * {@code Get-EntraGroupMember}) comes before other resources.
     */
    public static Comparator<String> scopes(String command) {
        String noun = noun(command);
        return Comparator.comparingInt((String s) -> part(s, 0).equalsIgnoreCase("Directory") ? 1 : 0)
                .thenComparingInt(s -> operation(part(s, 1)))
                .thenComparingInt(s -> -named(noun, part(s, 0)))
                .thenComparingInt(s -> constraint(part(s, 2)))
                .thenComparing(s -> part(s, 0).toLowerCase(Locale.ROOT) + '\uffff')
                .thenComparing(s -> s.toLowerCase(Locale.ROOT));
    }

    /** Narrowest set of permissions first (each set sorted with {@code scopes}), by its broadest member, then size. */
    public static Comparator<List<String>> grants(Comparator<String> scopes) {
        return Comparator.comparing((List<String> g) -> g.get(g.size() - 1), scopes)
                .thenComparingInt(List::size)
                .thenComparing(ScopeRanking::joined);
    }

    /** {@link #normalized(List, String)} for no cmdlet in particular. */
    public static List<List<String>> normalized(List<List<String>> grants) {
        return normalized(grants, "");
    }

    /**
     * {@code grants} with each set sorted, duplicates and strict supersets of another set dropped, narrowest first
     * for the cmdlet named {@code command}.
     */
    public static List<List<String>> normalized(List<List<String>> grants, String command) {
        Comparator<String> order = scopes(command);
        List<List<String>> sorted = new ArrayList<>();
        for (List<String> g : grants) {
            List<String> s = g.stream().distinct().sorted(order).toList();
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
        out.sort(grants(order));
        return List.copyOf(out);
    }

    /** The noun of a cmdlet name without its {@code Entra}/{@code EntraBeta} prefix, lower case. */
    private static String noun(String command) {
        String n = command.substring(command.indexOf('-') + 1).toLowerCase(Locale.ROOT);
        return n.startsWith("entrabeta") ? n.substring(9) : n.startsWith("entra") ? n.substring(5) : n;
    }

    /** How long a resource the noun names is (0: it names none). */
    private static int named(String noun, String resource) {
        return !noun.isEmpty() && !resource.isEmpty() && noun.contains(resource.toLowerCase(Locale.ROOT))
                ? resource.length() : 0;
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
