package dev.entrals.graph.derive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a function computes from the clock, read as a template the planner fills when it plans:
 * {@code (Get-Date).AddDays(-$P).ToString("yyyy-MM-ddTHH:mm:ssZ")} and
 * {@code Get-Date (Get-Date).AddDays($(0 - $P)) -UFormat %Y-%m-%dT00:00:00Z} are {@code {P|daysAgo|pattern|default}}:
 * the date P days ago in a {@link java.time.format.DateTimeFormatter} pattern, P's default when it is not given.
 */
final class ClockDates {

    /** The note of an entry whose request holds such a date. */
    static final String NOTE = "the date the module computes from the clock is computed when the plan is made,"
            + " in UTC (the module: the machine's local time, written with a Z)";
    private static final Pattern TO_STRING = Pattern.compile(
            "(?i)^\\(Get-Date\\)\\.AddDays\\(\\s*-\\s*\\$(\\w+)\\s*\\)\\.ToString\\(\\s*[\"']([^\"']+)[\"']\\s*\\)$");
    private static final Pattern UFORMAT = Pattern.compile("(?i)^Get-Date\\s+\\(Get-Date\\)\\.AddDays\\(\\s*\\$\\(\\s*0"
            + "\\s*-\\s*\\$(\\w+)\\s*\\)\\s*\\)\\s+-UFormat\\s+[\"']?([^\"'\\s]+)[\"']?$");

    private ClockDates() {
    }

    /** The template of an expression computing a date some days ago from a parameter, or null. */
    static String daysAgo(String rhs, FunctionCode fn) {
        Matcher t = TO_STRING.matcher(rhs.strip());
        Matcher u = UFORMAT.matcher(rhs.strip());
        String param = t.matches() ? t.group(1) : u.matches() ? u.group(1) : null;
        if (param == null || fn.parameter(param).isEmpty()) {
            return null;
        }
        String pattern = t.matches() ? javaPattern(t.group(2)) : uFormatPattern(u.group(2));
        return "{" + fn.canonical(param) + "|daysAgo|" + pattern + "|" + defaultDays(param, fn) + "}";
    }

    private static String defaultDays(String param, FunctionCode fn) {
        String def = fn.parameter(param).map(p -> p.defaultValue() == null ? "" : p.defaultValue().strip()).orElse("");
        return def.matches("\\d+") ? def : "";
    }

    /** A {@code Get-Date -UFormat} format ({@code %Y-%m-%dT00:00:00Z}) as a java.time pattern. */
    static String uFormatPattern(String uFormat) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < uFormat.length(); i++) {
            char c = uFormat.charAt(i);
            String field = c == '%' && i + 1 < uFormat.length() ? switch (uFormat.charAt(i + 1)) {
                case 'Y' -> "yyyy";
                case 'm' -> "MM";
                case 'd' -> "dd";
                case 'H' -> "HH";
                case 'M' -> "mm";
                case 'S' -> "ss";
                default -> null;
            } : null;
            if (field != null) {
                out.append(literal.length() == 0 ? "" : "'" + literal + "'").append(field);
                literal.setLength(0);
                i++;
            } else {
                literal.append(c);
            }
        }
        return out.append(literal.length() == 0 ? "" : "'" + literal + "'").toString();
    }

    /** A .NET custom date format as a java.time pattern: its letters other than y M d H m s f are literal. */
    static String javaPattern(String dotNet) {
        StringBuilder out = new StringBuilder();
        for (char c : dotNet.toCharArray()) {
            if ("yMdHmsf".indexOf(c) >= 0) {
                out.append(c == 'f' ? 'S' : c);
            } else if (Character.isLetter(c)) {
                out.append('\'').append(c).append('\'');
            } else {
                out.append(c);
            }
        }
        return out.toString().replace("''", "");
    }

}
