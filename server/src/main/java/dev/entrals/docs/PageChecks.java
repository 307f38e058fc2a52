package dev.entrals.docs;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a page read against the platyPS layout and against itself (syntax vs. parameters, examples). */
final class PageChecks {

    static final List<String> ORDER = List.of("SYNOPSIS", "SYNTAX", "ALIASES", "DESCRIPTION", "EXAMPLES",
            "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS");
    private static final Set<String> OPTIONAL = Set.of("ALIASES");
    private static final Set<String> VITAL = Set.of("SYNOPSIS", "SYNTAX");
    private static final Set<String> SHOULD_PROCESS = Set.of("whatif", "confirm");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}\\n]*}}");

    private PageChecks() {
    }

    static void check(CmdletHelp help, Collection<String> found, Map<String, Blocks.Part> sections, Syntaxes syntax,
                      String text, Diagnostics diags) {
        sectionLayout(help, found, sections, diags);
        syntaxAgainstParameters(help, syntax, sections.containsKey("SYNTAX"), diags);
        setFacts(help, diags);
        examples(help, diags);
        placeholders(text, diags);
    }

    private static void sectionLayout(CmdletHelp help, Collection<String> found, Map<String, Blocks.Part> sections,
                                      Diagnostics diags) {
        int at = help.source().line("name") == 0 ? 1 : help.source().line("name");
        for (String s : ORDER) {
            if (!found.contains(s) && !OPTIONAL.contains(s)) {
                if (VITAL.contains(s)) {
                    diags.error(at, "missing-section", "missing section '## " + s + "'");
                } else {
                    diags.warning(at, "missing-section", "missing section '## " + s + "'");
                }
            }
        }
        int highest = -1;
        String highestName = "";
        for (String s : found) {
            int rank = ORDER.indexOf(s);
            int line = sections.get(s).line();
            if (rank < 0) {
                diags.warning(line, "unknown-section", "unknown section '## " + sections.get(s).title() + "'");
            } else if (rank < highest) {
                diags.warning(line, "section-order", "section '## " + s + "' should come before '## "
                        + highestName + "'");
            } else {
                highest = rank;
                highestName = s;
            }
        }
    }

    private static void syntaxAgainstParameters(CmdletHelp help, Syntaxes syntax, boolean hasSyntax,
                                                Diagnostics diags) {
        for (Map.Entry<String, Integer> e : syntax.firstSeen().entrySet()) {
            String shown = shownName(help, e.getKey());
            if (help.parameter(e.getKey()).isPresent()) {
                continue;
            }
            if (SHOULD_PROCESS.contains(e.getKey()) || CommonParameters.isCommon(e.getKey())) {
                diags.warning(e.getValue(), "common-param-undocumented", "the syntax shows -" + shown
                        + " but PARAMETERS has no entry for it");
            } else {
                diags.error(e.getValue(), "syntax-param-undocumented", "the syntax shows -" + shown
                        + " but PARAMETERS has no entry for it");
            }
        }
        if (!hasSyntax || help.parameterSets().isEmpty()) {
            return;
        }
        for (ParameterHelp p : help.parameters()) {
            String key = p.name().toLowerCase(Locale.ROOT);
            if (!syntax.firstSeen().containsKey(key)) {
                diags.error(p.line(), "param-not-in-syntax", "parameter -" + p.name() + " is documented but no"
                        + " syntax shows it");
                continue;
            }
            for (SetMembership m : p.sets()) {
                boolean known = m.inAllSets() || help.parameterSets().stream()
                        .anyMatch(s -> s.name().equalsIgnoreCase(m.setName()));
                if (!known) {
                    diags.warning(p.line(), "unknown-parameter-set", "parameter -" + p.name()
                            + " names parameter set '" + m.setName() + "', which SYNTAX does not have");
                }
            }
        }
    }

    /** The SYNTAX and the PARAMETERS entry must agree on whether a parameter is required, and positional, per set. */
    private static void setFacts(CmdletHelp help, Diagnostics diags) {
        Set<String> reported = new java.util.HashSet<>();
        for (ParameterSet set : help.parameterSets()) {
            for (ParameterSet.Member m : set.members()) {
                ParameterHelp p = help.parameter(m.parameter()).orElse(null);
                SetMembership doc = p == null ? null : p.membership(set.name()).orElse(null);
                if (doc == null) {
                    continue;
                }
                if (doc.required() != m.required() && reported.add("r" + p.name())) {
                    diags.warning(p.line(), "required-mismatch", "-" + p.name() + " is " + (m.required() ? "required"
                            : "optional") + " in the syntax of set '" + set.name() + "' but its entry says Required: "
                            + (doc.required() ? "True" : "False"));
                }
                if ((doc.positionIndex() >= 0) != (m.positionIndex() >= 0) && reported.add("p" + p.name())) {
                    diags.warning(p.line(), "position-mismatch", "-" + p.name() + " is " + (m.positionIndex() >= 0
                            ? "positional" : "named") + " in the syntax of set '" + set.name()
                            + "' but its entry says Position: " + doc.position());
                }
            }
        }
    }

    private static String shownName(CmdletHelp help, String key) {
        for (ParameterSet s : help.parameterSets()) {
            for (ParameterSet.Member m : s.members()) {
                if (m.parameter().equalsIgnoreCase(key)) {
                    return m.parameter();
                }
            }
        }
        return key;
    }

    private static void examples(CmdletHelp help, Diagnostics diags) {
        for (Example ex : help.examples()) {
            if (ex.code().isBlank()) {
                diags.warning(ex.line(), "example-without-code", "example '" + ex.title() + "' has no code");
            } else if (!callsCmdlet(ex.code(), help)) {
                diags.warning(ex.line(), "example-without-cmdlet", "example '" + ex.title() + "' never calls "
                        + help.name());
            }
        }
    }

    /** True when the code uses the cmdlet's name or one of its aliases as a word. */
    static boolean callsCmdlet(String code, CmdletHelp help) {
        String lower = code.toLowerCase(Locale.ROOT);
        for (String name : concat(help.name(), help.aliases())) {
            String n = name.toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
                boolean startOk = i == 0 || !isWordChar(lower.charAt(i - 1));
                int end = i + n.length();
                boolean endOk = end == lower.length() || !isWordChar(lower.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    private static void placeholders(String text, Diagnostics diags) {
        if (!text.contains("{{")) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            diags.error(line, "placeholder", "leftover placeholder " + m.group());
        }
    }
}
