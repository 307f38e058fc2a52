package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Microsoft Graph PowerShell SDK's naming of a cmdlet from its Graph path, as a rule: the path's segments, each
 * with its first letter raised and each of its camel-case words made singular ({@code onPremisesSynchronization} →
 * {@code OnPremiseSynchronization}, {@code claimsMappingPolicies} → {@code ClaimMappingPolicy}), identifiers dropped,
 * {@code $ref} as the suffix {@code ByRef} and a type cast ({@code microsoft.graph.user}) as {@code AsUser}. So
 * {@code /directory/onPremisesSynchronization/{id}} names {@code DirectoryOnPremiseSynchronization}.
 *
 * <p>The rule is measured against the aad-to-graph pages ({@link #agreement}) and used by {@link MgCatalog} only in
 * the direction that cannot invent a path: a cmdlet takes a <em>documented</em> path (or a prefix of one) whose name
 * by the rule is the cmdlet's noun, and only when exactly one such path family exists.
 */
final class SdkNaming {

    private SdkNaming() {
    }

    /** The SDK noun the rule gives a Graph path (no version segment). */
    static String noun(String path) {
        StringBuilder out = new StringBuilder();
        String suffix = "";
        String previous = "";
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.startsWith("{")) {
                continue;
            }
            if (seg.equals("$ref")) {
                suffix = "ByRef";
            } else if (seg.equals("$value")) {
                suffix = "Content";
            } else if (seg.startsWith("microsoft.graph.")) {
                out.append("As").append(upper(seg.substring("microsoft.graph.".length())));
            } else {
                StringBuilder one = new StringBuilder();
                for (String word : words(upper(seg))) {
                    one.append(singular(word));
                }
                String name = one.toString();
                if (!previous.isEmpty() && name.startsWith(previous) && name.length() > previous.length()) {
                    name = name.substring(previous.length()); // identity/identityProviders: IdentityProvider
                }
                out.append(name);
                previous = one.toString();
            }
        }
        return out + suffix;
    }

    /** The noun of an SDK cmdlet name ({@code Get-MgBetaAdministrativeUnit} → {@code AdministrativeUnit}), or null. */
    static String nounOf(String mgCommand) {
        int dash = mgCommand.indexOf('-');
        if (dash < 0 || !mgCommand.regionMatches(true, dash, "-Mg", 0, 3)) {
            return null;
        }
        return mgCommand.substring(dash + (mgCommand.regionMatches(true, dash, "-MgBeta", 0, 7) ? 7 : 3));
    }

    /**
     * How often the rule names the documented cmdlets right: of the pages' SDK cmdlets, those one of whose paths the
     * rule names as the cmdlet's noun (any case).
     *
     * @return {@code [agreeing, all, agreeing Get/New/Update/Remove cmdlets, all Get/New/Update/Remove cmdlets]}
     */
    static int[] agreement(Map<String, Set<String>> documented) {
        int agree = 0;
        int crud = 0;
        int crudAgree = 0;
        for (Map.Entry<String, Set<String>> e : documented.entrySet()) {
            String noun = nounOf(e.getKey());
            boolean ok = noun != null && e.getValue().stream().anyMatch(p -> noun(p).equalsIgnoreCase(noun));
            agree += ok ? 1 : 0;
            if (CRUD.contains(e.getKey().substring(0, e.getKey().indexOf('-')).toLowerCase(Locale.ROOT))) {
                crud++;
                crudAgree += ok ? 1 : 0;
            }
        }
        return new int[] {agree, documented.size(), crudAgree, crud};
    }

    /** The verbs the SDK names after the path alone (an action's cmdlet takes its verb from the action's name). */
    private static final Set<String> CRUD = Set.of("get", "new", "update", "remove");

    /** The documented paths that disagree with the rule, for the measurement's report ({@code cmdlet: path → noun}). */
    static List<String> disagreements(Map<String, Set<String>> documented) {
        List<String> out = new ArrayList<>();
        documented.forEach((cmd, paths) -> {
            String noun = nounOf(cmd);
            if (noun != null && paths.stream().noneMatch(p -> noun(p).equalsIgnoreCase(noun))) {
                out.add(cmd + ": " + paths.iterator().next() + " → " + noun(paths.iterator().next()));
            }
        });
        return out;
    }

    /** Every documented path and each of its prefixes that ends in a named segment or an identifier. */
    static Set<String> withPrefixes(Iterable<String> paths) {
        Set<String> out = new TreeSet<>();
        for (String p : paths) {
            String[] segs = p.split("/");
            StringBuilder b = new StringBuilder();
            for (String seg : segs) {
                if (seg.isEmpty()) {
                    continue;
                }
                b.append('/').append(seg);
                if (!seg.startsWith("$")) {
                    out.add(b.toString());
                }
            }
        }
        return out;
    }

    private static String upper(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) && !Character.isUpperCase(s.charAt(i - 1))) {
                out.add(s.substring(start, i));
                start = i;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** One camel-case word made singular: {@code Policies} → {@code Policy}, {@code Members} → {@code Member}. */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return word;
        }
        if (w.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return word;
        }
        return w.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
