package dev.entrals.graph.derive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locals a parameter's block computes before it writes a value (the module's filter shortcuts:
 * {@code -IsManaged}, {@code -JoinType}, {@code -Stale}, {@code -LogonTimeBefore}), resolved in that value so that
 * {@link Assignments} reads it as a template. A local assigned once in the block, before the value, as
 * <ul>
 * <li>a copy of a parameter ({@code $state = $PSBoundParameters["IsManaged"]}, {@code $t = $Type}): the parameter;</li>
 * <li>{@code switch (<a parameter or such a copy>) { "a" { "x" } … }}, each case a string: {@code {P|map|a=x|…}}
 * (any case; no value for another, as the switch outputs nothing);</li>
 * <li>{@code (Get-Date).AddMonths(-N)} or {@code .AddDays(-N)}, then {@code .ToUniversalTime()} or not,
 * {@code .ToString("format")}: {@code {|monthsAgo|pattern|N}} / {@code {|daysAgo|pattern|N}}, the clock's date
 * when the plan is made (UTC);</li>
 * <li>{@code $PSBoundParameters["P"].ToUniversalTime().ToString("format")} (or {@code $P.…}): {@code {P|utc|pattern}},
 * the argument read as a date (a date without a zone is this machine's local time, as .NET reads it) in UTC.</li>
 * </ul>
 * Anything else is left as written (and the value stays unread).
 */
final class ShortcutLocals {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\((\\$\\w+)\\)|\\$\\{(\\w+)}|\\$(\\w+)");
    private static final Pattern SWITCH = Pattern.compile("(?is)^switch\\s*\\(\\s*(\\$[\\w\\[\\]\"']+)\\s*\\)\\s*\\{");
    private static final Pattern CASE = Pattern.compile("(?i)[\"'](\\w+)[\"']\\s*\\{\\s*(?:\"([^\"$`|{}]+)\"|'((?:[^'|{}]|'')+)')"
            + "\\s*;?\\s*}");
    private static final Pattern CASE_START = Pattern.compile("[\"']\\w+[\"']\\s*\\{");
    private static final Pattern CLOCK = Pattern.compile("(?i)^\\(\\s*Get-Date\\s*\\)\\.Add(Days|Months)\\(\\s*-\\s*(\\d+)"
            + "\\s*\\)(?:\\.ToUniversalTime\\(\\s*\\))?\\.ToString\\(\\s*[\"']([^\"']+)[\"']\\s*\\)$");
    private static final Pattern UTC = Pattern.compile("(?i)^(\\$PSBoundParameters\\[\\s*[\"']\\w+[\"']\\s*]|\\$\\w+)"
            + "\\.ToUniversalTime\\(\\s*\\)\\.ToString\\(\\s*[\"']([^\"']+)[\"']\\s*\\)$");
    private static final List<String> KEPT = List.of("tmpvalue", "rooturi", "graphendpoint", "true", "false", "null");

    private ShortcutLocals() {
    }

    /**
     * {@code rhs} (an assignment's value at {@code at} in {@code body}, the block it is in) with each local resolved
     * as the class comment says; {@code rhs} itself when none is.
     */
    static String resolve(String rhs, String body, int at, FunctionCode fn) {
        Matcher bare = Pattern.compile("^\\$(\\w+)$").matcher(rhs.strip());
        if (bare.matches()) {
            String r = resolved(bare.group(1), body, at, fn);
            return r == null ? rhs : r.startsWith("$") ? r : "\"" + r + "\"";
        }
        if (!rhs.startsWith("\"") || !rhs.endsWith("\"")) {
            return rhs;
        }
        StringBuilder out = new StringBuilder();
        Matcher v = VARIABLE.matcher(rhs);
        int last = 0;
        while (v.find()) {
            String name = v.group(1) != null ? v.group(1).substring(1) : v.group(2) != null ? v.group(2) : v.group(3);
            String r = resolved(name, body, at, fn);
            out.append(rhs, last, v.start()).append(r == null ? v.group() : r.startsWith("$") ? "$(" + r + ")" : r);
            last = v.end();
        }
        return out.append(rhs.substring(last)).toString();
    }

    /** What a local stands for: {@code $P} for a parameter's copy, else a template; null when not read. */
    private static String resolved(String name, String body, int at, FunctionCode fn) {
        if (fn.parameter(name).isPresent() || KEPT.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String value = assigned(name, body, at);
        if (value == null) {
            return null;
        }
        String copy = parameterOf(value, body, at, fn);
        if (copy != null) {
            return "$" + copy;
        }
        Matcher sw = SWITCH.matcher(value);
        if (sw.find()) {
            String subject = parameterOf(sw.group(1), body, at, fn);
            int open = body.indexOf(value) + sw.end() - 1;
            int close = PsText.close(body, open);
            if (subject == null || close <= open) {
                return null;
            }
            String inside = body.substring(open + 1, close - 1);
            StringBuilder map = new StringBuilder();
            Matcher c = CASE.matcher(inside);
            int cases = 0;
            while (c.find()) {
                map.append('|').append(c.group(1)).append('=').append(c.group(2) != null ? c.group(2)
                        : c.group(3).replace("''", "'")); // 'it''s': a quote doubled in a single-quoted string
                cases++;
            }
            return cases > 0 && cases == CASE_START.matcher(inside).results().count()
                    ? "{" + subject + "|map" + map + "}" : null;
        }
        Matcher clock = CLOCK.matcher(value);
        if (clock.matches()) {
            return "{|" + clock.group(1).toLowerCase(Locale.ROOT) + "Ago|" + ClockDates.javaPattern(clock.group(3)) + "|"
                    + clock.group(2) + "}";
        }
        Matcher utc = UTC.matcher(value);
        if (utc.matches()) {
            String p = Assignments.directParam(utc.group(1), fn);
            return p == null ? null : "{" + p + "|utc|" + ClockDates.javaPattern(utc.group(2)) + "}";
        }
        return null;
    }

    private static final String LITERAL = "(?:\"([^\"$`|{}]*)\"|'([^'|{}]*)')";

    /**
     * A local set to a string in each branch of an {@code if} on a parameter's value and nowhere else in
     * {@code body} ({@code if ($PSBoundParameters["P"] -eq "a") { $x = "s" } elseif ($P -eq "b") { $x = "t" } else
     * { $x = "u" }}): {@code {P|map|a=s|b=t|*=u}} (any case, as {@code -eq} compares; {@code *} the {@code else});
     * null for any other form.
     */
    static String branched(String local, String body, FunctionCode fn) {
        Matcher bare = Pattern.compile("^\\$(\\w+)$").matcher(local.strip());
        if (!bare.matches()) {
            return null;
        }
        String n = Pattern.quote(bare.group(1));
        String set = "\\)\\s*\\{\\s*\\$" + n + "\\s*=\\s*" + LITERAL + "\\s*;?\\s*}";
        String test = "\\(\\s*(\\$PSBoundParameters\\[\\s*[\"']\\w+[\"']\\s*]|\\$\\w+)\\s*-eq\\s*[\"'](\\w+)[\"']\\s*";
        Matcher head = Pattern.compile("(?i)\\bif\\s*" + test + set).matcher(body);
        if (!head.find()) {
            return null;
        }
        String param = Assignments.directParam(head.group(1), fn);
        StringBuilder map = new StringBuilder("|" + head.group(2) + "=" + literal(head.group(3), head.group(4)));
        int cases = 1;
        int at = head.end();
        Matcher next = Pattern.compile("(?i)\\G\\s*elseif\\s*" + test + set).matcher(body);
        while (param != null && next.find(at) && param.equals(Assignments.directParam(next.group(1), fn))) {
            map.append('|').append(next.group(2)).append('=').append(literal(next.group(3), next.group(4)));
            cases++;
            at = next.end();
        }
        Matcher otherwise = Pattern.compile("(?i)\\G\\s*else\\s*\\{\\s*\\$" + n + "\\s*=\\s*" + LITERAL
                + "\\s*;?\\s*}").matcher(body);
        if (otherwise.find(at)) {
            map.append("|*=").append(literal(otherwise.group(1), otherwise.group(2)));
            cases++;
        }
        long all = Pattern.compile("(?i)\\$" + n + "\\s*=(?!=)").matcher(body).results().count();
        return param == null || all != cases ? null : "{" + param + "|map" + map + "}";
    }

    private static String literal(String doubleQuoted, String singleQuoted) {
        return doubleQuoted != null ? doubleQuoted : singleQuoted;
    }

    /**
     * The value of {@code $name}'s one assignment in {@code body} before {@code at} (a {@code switch} from its
     * keyword on); null when it has none or several.
     */
    private static String assigned(String name, String body, int at) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=(?!=)\\s*(.+?)\\s*$").matcher(body);
        String value = null;
        int count = 0;
        while (m.find()) {
            count++;
            value = m.start() < at ? body.substring(m.start(1)) : null;
        }
        if (count != 1 || value == null) {
            return null;
        }
        return value.regionMatches(true, 0, "switch", 0, 6) ? value : value.lines().findFirst().orElse("").strip();
    }

    /** The parameter an expression is, directly or through a local copy of it in the block; null when none. */
    private static String parameterOf(String expr, String body, int at, FunctionCode fn) {
        String direct = Assignments.directParam(expr.strip(), fn);
        if (direct != null) {
            return direct;
        }
        Matcher local = Pattern.compile("^\\$(\\w+)$").matcher(expr.strip());
        if (!local.matches() || fn.parameter(local.group(1)).isPresent()) {
            return null;
        }
        String value = assigned(local.group(1), body, at);
        return value == null ? null : Assignments.directParam(value, fn);
    }
}
