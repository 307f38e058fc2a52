package dev.entrals.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reader mend found on held-out pages: where a parameter's YAML {@code Type:} and the SYNTAX spell the same type
 * differently ({@code System.String[]} vs {@code string[]}, {@code List`1[String]} vs {@code List[string]}), the YAML's
 * type is the documented one, so the set members take its spelling (without namespace, as syntax lines show types).
 * Types that differ in more than spelling are left as written (a page defect, not a spelling).
 */
final class TypeMend {

    private static final Pattern NAMESPACE = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\.");
    private static final Pattern ARITY = Pattern.compile("`\\d+");

    private TypeMend() {
    }

    /** The sets with each member's type spelled as its parameter's YAML type where both name the same type. */
    static List<ParameterSet> sets(List<ParameterSet> sets, List<ParameterHelp> parameters) {
        List<ParameterSet> out = new ArrayList<>(sets.size());
        for (ParameterSet s : sets) {
            List<ParameterSet.Member> members = new ArrayList<>(s.members().size());
            boolean changed = false;
            for (ParameterSet.Member m : s.members()) {
                String mended = mended(m, parameters);
                changed |= !mended.equals(m.type());
                members.add(mended.equals(m.type()) ? m
                        : new ParameterSet.Member(m.parameter(), m.required(), m.position(), mended));
            }
            out.add(changed ? new ParameterSet(s.name(), s.isDefault(), members, s.syntax(), s.line()) : s);
        }
        return out;
    }

    private static String mended(ParameterSet.Member m, List<ParameterHelp> parameters) {
        if (m.type().isBlank()) {
            return m.type();
        }
        Optional<ParameterHelp> p = parameters.stream().filter(q -> q.name().equalsIgnoreCase(m.parameter()))
                .findFirst();
        if (p.isEmpty() || p.get().type().isBlank()) {
            return m.type();
        }
        String yaml = p.get().type().strip();
        String shown = SyntaxLine.shortType(yaml);
        return !shown.equals(m.type()) && sameType(yaml, m.type()) ? shown : m.type();
    }

    /** Whether two spellings name the same type: compared without namespaces, generic arity, blanks or case. */
    static boolean sameType(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String type) {
        String t = type.replaceAll("\\s+", "");
        t = ARITY.matcher(t).replaceAll("");
        t = NAMESPACE.matcher(t).replaceAll("");
        return t.toLowerCase(Locale.ROOT);
    }
}
