package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PowerShell condition on the arguments as the table's condition ({@link dev.entrals.graph.RequestEntry.LookupPart#when()}:
 * alternatives {@code |} of terms {@code &}, a term {@code P}, {@code P=v}, {@code P~regex} or one after {@code !}). Read:
 * {@code -and} and {@code -or} (of equal precedence, from the left, as PowerShell evaluates them), {@code -not},
 * {@code !}, parentheses, and the tests {@code [string]::IsNullOrWhiteSpace($P)} / {@code IsNullOrEmpty} (not
 * given), {@code $null -ne $PSBoundParameters["P"]} (given), {@code $PSBoundParameters.ContainsKey("P")},
 * {@code $P -eq 'v'} / {@code -ne} (a string parameter not given is {@code ''}: {@code $P -eq ''} is "not given"),
 * {@code $P -match 'regex'} / {@code -notmatch} ({@code P~regex}: the argument's text matches, in any case, as
 * PowerShell's {@code -match}), and {@code $P} (its truth). Anything else is not read (null).
 */
final class Conditions {

    private static final Pattern BLANK = Pattern.compile("(?i)\\[string]::IsNullOr(?:WhiteSpace|Empty)\\(\\s*\\$(\\w+)\\s*\\)");
    private static final Pattern BOUND = Pattern.compile(
            "(?i)\\$null\\s+-(eq|ne)\\s+\\$PSBoundParameters\\[\\s*[\"'](\\w+)[\"']\\s*]");
    private static final Pattern KEY = Pattern.compile("(?i)\\$PSBoundParameters\\.ContainsKey\\(\\s*[\"'](\\w+)[\"']\\s*\\)");
    private static final Pattern VALUE = Pattern.compile("(?i)\\$(\\w+)\\s+-(eq|ne)\\s+(?:'([^'|&=]*)'|\"([^\"$`|&=]*)\")");
    /** {@code $P -match 'regex'} / {@code -notmatch}: a regex the table's notation can hold (no {@code | & '}). */
    private static final Pattern MATCH = Pattern.compile("(?i)\\$(\\w+)\\s+-(match|notmatch)\\s+'([^'|&]+)'");
    private static final Pattern TRUTH = Pattern.compile("\\$(\\w+)(?![\\w.\\[])");
    private static final Pattern WORD = Pattern.compile("(?i)-(and|or|not)\\b");

    private Conditions() {
    }

    /** The condition as the table writes it, or null when it is not read. */
    static String read(String text, FunctionCode fn) {
        Parser p = new Parser(text, fn);
        List<Set<String>> dnf = p.expression();
        p.skipBlanks();
        return dnf == null || p.at != text.length() ? null : write(dnf);
    }

    /** Both conditions. */
    static String and(String a, String b) {
        return a == null || b == null ? null : write(and(parse(a), parse(b)));
    }

    /** The complement. */
    static String not(String a) {
        return write(not(parse(a)));
    }

    /** As a note says it: {@code -A is given and -M is not none, or …}. */
    static String shown(String when) {
        List<String> out = new ArrayList<>();
        for (Set<String> alternative : parse(when)) {
            List<String> terms = new ArrayList<>();
            for (String t : alternative) {
                boolean not = t.startsWith("!");
                String u = not ? t.substring(1) : t;
                int tilde = u.indexOf('~');
                if (tilde > 0 && (u.indexOf('=') < 0 || tilde < u.indexOf('='))) {
                    terms.add("-" + u.substring(0, tilde) + (not ? " does not match " : " matches ") + u.substring(tilde + 1));
                    continue;
                }
                String[] x = u.split("=", 2);
                terms.add("-" + x[0] + " is " + (not ? "not " : "") + (x.length > 1 ? x[1] : "given"));
            }
            out.add(String.join(" and ", terms));
        }
        return String.join(", or ", out);
    }

    private static List<Set<String>> parse(String when) {
        List<Set<String>> out = new ArrayList<>();
        for (String alternative : when.split("\\|")) {
            out.add(new LinkedHashSet<>(List.of(alternative.split("&"))));
        }
        return out;
    }

    /** The form the table writes; null when no alternative can hold (a contradiction in each). */
    private static String write(List<Set<String>> dnf) {
        List<Set<String>> kept = new ArrayList<>();
        for (int i = 0; i < dnf.size(); i++) {
            Set<String> a = dnf.get(i);
            boolean contradicts = a.stream().anyMatch(t -> a.contains("!" + t));
            boolean absorbed = false;
            for (int j = 0; j < dnf.size() && !absorbed; j++) {
                Set<String> b = dnf.get(j);
                absorbed = j != i && a.containsAll(b) && (!b.containsAll(a) || j < i) && b.stream()
                        .noneMatch(t -> b.contains("!" + t)); // a wider alternative holds already
            }
            if (!contradicts && !absorbed) {
                kept.add(a);
            }
        }
        return kept.isEmpty() ? null : String.join("|", kept.stream().map(a -> String.join("&", a)).toList());
    }

    private static List<Set<String>> and(List<Set<String>> a, List<Set<String>> b) {
        List<Set<String>> out = new ArrayList<>();
        for (Set<String> x : a) {
            for (Set<String> y : b) {
                Set<String> both = new LinkedHashSet<>(x);
                both.addAll(y);
                out.add(both);
            }
        }
        return out;
    }

    private static List<Set<String>> not(List<Set<String>> a) {
        List<Set<String>> out = List.of(new LinkedHashSet<>());
        for (Set<String> alternative : a) {
            List<Set<String>> any = new ArrayList<>();
            for (String t : alternative) {
                any.add(new LinkedHashSet<>(List.of(t.startsWith("!") ? t.substring(1) : "!" + t)));
            }
            out = and(out, any);
        }
        return out;
    }

    /** Reads from the left: unary terms joined by -and / -or of equal precedence. */
    private static final class Parser {
        private final String text;
        private final FunctionCode fn;
        private int at;

        Parser(String text, FunctionCode fn) {
            this.text = text;
            this.fn = fn;
        }

        void skipBlanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        List<Set<String>> expression() {
            List<Set<String>> left = unary();
            while (left != null) {
                skipBlanks();
                Matcher w = WORD.matcher(text).region(at, text.length());
                if (!w.lookingAt() || w.group(1).equalsIgnoreCase("not")) {
                    return left;
                }
                at = w.end();
                List<Set<String>> right = unary();
                if (right == null) {
                    return null;
                }
                if (w.group(1).equalsIgnoreCase("and")) {
                    left = and(left, right);
                } else {
                    left = new ArrayList<>(left);
                    left.addAll(right);
                }
            }
            return null;
        }

        List<Set<String>> unary() {
            skipBlanks();
            Matcher w = WORD.matcher(text).region(at, text.length());
            if (w.lookingAt() && w.group(1).equalsIgnoreCase("not") || text.startsWith("!", at)) {
                at = w.lookingAt() && w.group(1).equalsIgnoreCase("not") ? w.end() : at + 1;
                List<Set<String>> inner = unary();
                return inner == null ? null : not(inner);
            }
            if (text.startsWith("(", at)) {
                int close = PsText.close(text, at);
                Parser inside = new Parser(text.substring(at + 1, close - 1), fn);
                List<Set<String>> inner = inside.expression();
                inside.skipBlanks();
                at = close;
                return inner == null || inside.at != inside.text.length() ? null : inner;
            }
            return atom();
        }

        List<Set<String>> atom() {
            Matcher m;
            String term = null;
            if ((m = BLANK.matcher(text).region(at, text.length())).lookingAt()) {
                term = param(m.group(1), true);
            } else if ((m = BOUND.matcher(text).region(at, text.length())).lookingAt()) {
                term = param(m.group(2), m.group(1).equalsIgnoreCase("eq"));
            } else if ((m = KEY.matcher(text).region(at, text.length())).lookingAt()) {
                term = param(m.group(1), false);
            } else if ((m = VALUE.matcher(text).region(at, text.length())).lookingAt()) {
                String v = m.group(3) != null ? m.group(3) : m.group(4);
                boolean eq = m.group(2).equalsIgnoreCase("eq");
                term = v.isEmpty() ? param(m.group(1), eq) : param(m.group(1), !eq);
                term = term == null || v.isEmpty() ? term : term + "=" + v;
            } else if ((m = MATCH.matcher(text).region(at, text.length())).lookingAt()) {
                term = param(m.group(1), m.group(2).equalsIgnoreCase("notmatch"));
                term = term == null ? null : term + "~" + m.group(3);
            } else if ((m = TRUTH.matcher(text).region(at, text.length())).lookingAt()) {
                term = param(m.group(1), false);
            }
            if (term == null) {
                return null;
            }
            at = m.end();
            return new ArrayList<>(List.of(new LinkedHashSet<>(List.of(term))));
        }

        private String param(String name, boolean not) {
            return fn.parameter(name).isPresent() ? (not ? "!" : "") + fn.canonical(name) : null;
        }
    }
}
