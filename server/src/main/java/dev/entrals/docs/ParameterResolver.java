package dev.entrals.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PowerShell's parameter-name binding over a cmdlet's docs: an exact name or alias wins; otherwise every parameter
 * whose name or alias starts with the typed text matches, and when several do, the cmdlet's own parameters are
 * preferred over common and ShouldProcess ones (as {@code MergedCommandParameterMetadata} does).
 */
final class ParameterResolver {

    private ParameterResolver() {
    }

    static ParameterMatch resolve(CmdletHelp cmdlet, String typed) {
        String t = typed.trim();
        t = t.startsWith("-") ? t.substring(1) : t;
        t = t.endsWith(":") ? t.substring(0, t.length() - 1) : t;
        String key = t.toLowerCase(Locale.ROOT);
        Map<String, ParameterHelp> own = declared(cmdlet);
        List<ParameterHelp> all = new ArrayList<>(own.values());
        all.addAll(extra(cmdlet, own));
        for (ParameterHelp p : all) {
            if (p.name().equalsIgnoreCase(key)) {
                return new ParameterMatch.Exact(p);
            }
        }
        for (ParameterHelp p : all) {
            for (String a : p.aliases()) {
                if (a.equalsIgnoreCase(key)) {
                    return new ParameterMatch.Alias(p, a);
                }
            }
        }
        List<ParameterHelp> matches = all.stream().filter(p -> startsWith(p.name(), key)
                || p.aliases().stream().anyMatch(a -> startsWith(a, key))).toList();
        if (matches.isEmpty()) {
            return new ParameterMatch.None();
        }
        if (matches.size() == 1) {
            return new ParameterMatch.Prefix(matches.get(0));
        }
        List<ParameterHelp> ownMatches = matches.stream()
                .filter(p -> own.containsKey(p.name().toLowerCase(Locale.ROOT))).toList();
        if (ownMatches.size() == 1) {
            return new ParameterMatch.Prefix(ownMatches.get(0));
        }
        return new ParameterMatch.Ambiguous(matches.stream().map(ParameterHelp::name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    /** Every parameter the cmdlet accepts by its docs: its own, then common and ShouldProcess ones it declares. */
    static List<ParameterHelp> accepted(CmdletHelp cmdlet) {
        Map<String, ParameterHelp> own = declared(cmdlet);
        List<ParameterHelp> all = new ArrayList<>(own.values());
        all.addAll(extra(cmdlet, own));
        return all;
    }

    /** The cmdlet's own parameters: PARAMETERS entries, plus names only the SYNTAX shows (typed as shown there). */
    private static Map<String, ParameterHelp> declared(CmdletHelp cmdlet) {
        Map<String, ParameterHelp> own = new LinkedHashMap<>();
        for (ParameterHelp p : cmdlet.parameters()) {
            if (!isShouldProcess(p.name()) && !CommonParameters.isCommon(p.name())) {
                own.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
            }
        }
        for (ParameterSet set : cmdlet.parameterSets()) {
            for (ParameterSet.Member m : set.members()) {
                String k = m.parameter().toLowerCase(Locale.ROOT);
                if (!own.containsKey(k) && !isShouldProcess(k) && !CommonParameters.isCommon(k)) {
                    own.put(k, new ParameterHelp(m.parameter(), m.type(), List.of(), "", "", "", false, List.of(),
                            List.of(new SetMembership(set.name(), m.required(), m.position())), set.line()));
                }
            }
        }
        return own;
    }

    private static List<ParameterHelp> extra(CmdletHelp cmdlet, Map<String, ParameterHelp> own) {
        List<ParameterHelp> out = new ArrayList<>();
        for (ParameterHelp sp : CommonParameters.SHOULD_PROCESS) {
            boolean listed = cmdlet.parameter(sp.name()).isPresent() || cmdlet.parameterSets().stream()
                    .anyMatch(s -> s.member(sp.name()).isPresent());
            if (listed) {
                out.add(cmdlet.parameter(sp.name()).orElse(sp));
            }
        }
        if (cmdlet.supportsCommonParameters()) {
            out.addAll(CommonParameters.ALL);
        }
        return out;
    }

    private static boolean isShouldProcess(String name) {
        return name.equalsIgnoreCase("WhatIf") || name.equalsIgnoreCase("Confirm");
    }

    private static boolean startsWith(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
