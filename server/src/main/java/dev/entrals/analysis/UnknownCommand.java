package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.entrals.docs.CloseNames;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.CommandInvocation;

/**
 * The {@link Rule#UNKNOWN_COMMAND} rule: a {@code Verb-Noun} name in the namespace of a module the server knows
 * ({@code *-Entra*}, {@code *-EntraBeta*}, {@code *-AzureAD*}, {@code *-Msol*}, {@code *-Mg*}/{@code *-MgBeta*}) that
 * nothing defines ({@link CommandDefinitions#isDefined}), with the closest names. Only where it is safe: the Entra and
 * Graph namespaces count only when a source holds the module ({@value #LOADED_MIN} or more of its names); in the
 * namespaces whose loaded names may be incomplete (AzureAD and MSOnline: the migration tables leave out a few real
 * cmdlets; Graph: it ships in some forty modules, the docs may hold a few) only a typo of a known name is reported
 * (a known name at most {@value #TYPO} edits away); silent in a script that may define commands the server cannot see.
 */
final class UnknownCommand {

    /** How many names of a module a source must hold for the module to count as loaded. */
    static final int LOADED_MIN = 50;
    /** The edit distance within which a name counts as a typo of a known one. */
    static final int TYPO = 2;

    private static final Pattern VERB_NOUN = Pattern.compile("[A-Za-z]+-[A-Za-z][A-Za-z0-9]*");

    /** The namespaces judged, most specific first; {@code typosOnly} where the known names may be incomplete. */
    enum Namespace {
        ENTRA_BETA("EntraBeta", "Microsoft.Entra.Beta", false),
        ENTRA("Entra", "Microsoft.Entra", false),
        AZURE_AD("AzureAD", "AzureAD/AzureADPreview", true),
        MSOL("Msol", "MSOnline", true),
        MG_BETA("MgBeta", "Microsoft Graph PowerShell (beta)", true),
        MG("Mg", "Microsoft Graph PowerShell", true);

        final String prefix;
        final String module;
        final boolean typosOnly;

        Namespace(String prefix, String module, boolean typosOnly) {
            this.prefix = prefix;
            this.module = module;
            this.typosOnly = typosOnly;
        }

        /** The namespace of a {@code Verb-Noun} name, or null. */
        static Namespace of(String name) {
            int dash = name.indexOf('-');
            if (dash <= 0 || !VERB_NOUN.matcher(name).matches()) {
                return null;
            }
            for (Namespace n : values()) {
                if (name.regionMatches(true, dash + 1, n.prefix, 0, n.prefix.length())) {
                    return n;
                }
            }
            return null;
        }
    }

    private final HelpIndex index;
    private final MigrationTable migration;
    private final CommandDefinitions definitions;
    private volatile Map<Namespace, List<String>> known;

    UnknownCommand(HelpIndex index, MigrationTable migration, java.util.function.Predicate<String> definedElsewhere) {
        this.index = index;
        this.migration = migration;
        this.definitions = new CommandDefinitions(index, migration, definedElsewhere);
    }

    /** Where defined names are looked up. */
    CommandDefinitions definitions() {
        return definitions;
    }

    /** The finding for {@code c} when its name is an unknown name of a known namespace, else empty. */
    Optional<ScriptDiagnostic> check(CommandInvocation c, ScriptFacts facts) {
        String name = c.name();
        Namespace ns = name == null || facts.opaque() ? null : Namespace.of(name);
        if (ns == null || definitions.isDefined(name, facts)) {
            return Optional.empty();
        }
        List<String> names = known().get(ns);
        boolean retired = ns == Namespace.AZURE_AD || ns == Namespace.MSOL; // the migration tables hold them
        if (retired ? names.isEmpty() : names.size() < LOADED_MIN) {
            return Optional.empty();
        }
        // the verb is seldom the typo: names with the same verb first (Get-EntraUsr is not Set-EntraUser)
        int dash = name.indexOf('-');
        List<String> sameVerb = names.stream().filter(n -> n.length() > dash && n.charAt(dash) == '-'
                && n.regionMatches(true, 0, name, 0, dash)).toList();
        List<String> close = closest(name, sameVerb);
        if (close.isEmpty()) {
            close = closest(name, names);
        }
        if (ns.typosOnly) {
            String lower = name.toLowerCase(Locale.ROOT);
            close = close.stream().filter(n -> CloseNames.distance(lower, n.toLowerCase(Locale.ROOT)) <= TYPO).toList();
            if (close.isEmpty()) {
                return Optional.empty();
            }
        }
        String message = "The term '" + name + "' is not recognized as a name of a cmdlet, function, script file, or "
                + "executable program: " + ns.module + " has no command of this name"
                + (close.isEmpty() ? "" : close.size() == 1 ? ". Did you mean " + close.get(0) + "?"
                : ". Did you mean one of: " + String.join(", ", close) + "?");
        return Optional.of(new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.UNKNOWN_COMMAND,
                Rule.UNKNOWN_COMMAND.defaultSeverity(), message, Rule.UNKNOWN_COMMAND.helpUri(), close));
    }

    /**
     * Up to 3 names close to {@code name} ({@link CloseNames}), keeping only those at most one edit further than the
     * closest: {@code Get-EntraBetaUsr} gets {@code Get-EntraBetaUser}, not also {@code Get-EntraBetaGroup}.
     */
    private static List<String> closest(String name, List<String> pool) {
        List<String> close = CloseNames.of(name, pool, 10);
        if (close.isEmpty()) {
            return close;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int[] d = close.stream().mapToInt(n -> CloseNames.distance(lower, n.toLowerCase(Locale.ROOT))).toArray();
        int best = java.util.Arrays.stream(d).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < close.size() && out.size() < 3; i++) {
            if (d[i] <= best + 1) {
                out.add(close.get(i));
            }
        }
        return out;
    }

    /** The known names of each namespace: the index's, and the migration tables' for the retired modules. */
    private Map<Namespace, List<String>> known() {
        Map<Namespace, List<String>> k = known;
        if (k == null) {
            Map<Namespace, List<String>> m = new EnumMap<>(Namespace.class);
            for (Namespace n : Namespace.values()) {
                m.put(n, new ArrayList<>());
            }
            index.names().forEach(n -> add(m, n));
            migration.all().forEach(r -> add(m, r.name()));
            m.replaceAll((n, list) -> List.copyOf(list.stream().distinct().toList()));
            k = Map.copyOf(m);
            known = k;
        }
        return k;
    }

    private static void add(Map<Namespace, List<String>> m, String name) {
        Namespace n = Namespace.of(name);
        if (n != null) {
            m.get(n).add(name);
        }
    }
}
