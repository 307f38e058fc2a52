package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.LookupPart;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link SequenceReading} needs to read several writes in sequence: the condition on the call's arguments a
 * request is sent under ({@link dev.entrals.graph.RequestEntry.LookupPart#when()}), and the arguments of a call that
 * splats a hashtable ({@code $params = @{ Method = 'PATCH'; Uri = "…"; Body = $bodyJson }; Invoke-GraphRequest
 * @params}).
 */
final class WriteSteps {

    private static final String BOUND = "\\$PSBoundParameters\\[\\s*[\"'](\\w+)[\"']\\s*]";
    /** {@code $null -ne $PSBoundParameters["P"] -and $true -eq $PSBoundParameters["P"]}: bound and true. */
    private static final Pattern TRUE = Pattern.compile("(?i)^\\$null\\s+-ne\\s+" + BOUND + "\\s+-and\\s+\\$true\\s+-eq\\s+"
            + BOUND + "$");
    /** {@code $null -eq $PSBoundParameters["P"] -or ($null -ne $PSBoundParameters["P"] -and $false -eq …)}: not. */
    private static final Pattern NOT_TRUE = Pattern.compile("(?i)^\\$null\\s+-eq\\s+" + BOUND + "\\s+-or\\s+\\(\\s*"
            + "\\$null\\s+-ne\\s+" + BOUND + "\\s+-and\\s+\\$false\\s+-eq\\s+" + BOUND + "\\s*\\)$");
    /** {@code $null -ne $PSBoundParameters["P"]}: given (a string's or list's truth but for an empty one). */
    private static final Pattern GIVEN = Pattern.compile("(?i)^\\$null\\s+-ne\\s+" + BOUND + "$");
    /** {@code $null -ne $R}: a local (an earlier call's reply) holds something. */
    private static final Pattern REPLY = Pattern.compile("(?i)^\\(?\\s*\\$null\\s+-ne\\s+\\$(\\w+)\\s*\\)?$");
    /** {@code $P} or {@code -not $P}: PowerShell's truth of the argument. */
    private static final Pattern TRUTH = Pattern.compile("(?i)^(-not\\s*|!\\s*)?\\$(\\w+)$");
    private static final Pattern SPLAT = Pattern.compile("^\\s*@(\\w+)\\s*$");
    private static final Pattern ENTRY = Pattern.compile("(?im)^\\s*(Method|Uri|Body|ContentType)\\s*=\\s*(.+?)\\s*$");

    private WriteSteps() {
    }

    /**
     * The condition of the {@code if} blocks around an offset (those of a {@code ShouldProcess} prompt aside):
     * {@code null} for none, {@code P} or {@code !P} for one block on an argument's truth; {@code "?"} with the
     * condition's text after it when a block is not such a condition, or there are several.
     */
    static String around(FunctionCode fn, List<PsText.IfBlock> blocks, int offset) {
        return around(fn, blocks, offset, name -> 0);
    }

    /**
     * As above, where {@code reply} numbers the locals holding an earlier call's reply (1 first, 0 for another):
     * {@code $null -ne $R} is {@code @N}, sent only when that reply is an object, and terms joined by {@code -and}
     * are joined by {@code &} ({@code $null -ne $PSBoundParameters["P"] -and $null -ne $R}: {@code P&@1}).
     */
    static String around(FunctionCode fn, List<PsText.IfBlock> blocks, int offset, ToIntFunction<String> reply) {
        String found = null;
        for (PsText.IfBlock b : blocks) {
            if (b.start() <= offset && offset <= b.start() + b.body().length()
                    && !b.condition().contains("ShouldProcess")) {
                String c = all(fn, b.condition(), reply);
                if (c == null || found != null) {
                    return "?" + b.condition().strip();
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * The code from {@code from} to {@code at} (a call) that builds the call's body, without the header
     * {@code if (…) {} of the block on an argument around the call (that block is the step's condition, not a branch
     * of the body).
     */
    static String own(String text, List<PsText.IfBlock> blocks, int from, int at) {
        for (PsText.IfBlock b : blocks) {
            if (b.start() <= at && at <= b.start() + b.body().length() && b.start() > from
                    && !b.condition().contains("ShouldProcess")) {
                int cond = text.lastIndexOf(b.condition(), b.start());
                Matcher head = Pattern.compile("(?i)\\bif\\s*\\(").matcher(text.substring(from, Math.max(from, cond)));
                int start = -1;
                while (head.find()) {
                    start = from + head.start();
                }
                if (start >= 0) {
                    return text.substring(from, start) + text.substring(b.start(), at);
                }
            }
        }
        return text.substring(from, at);
    }

    /** Terms joined by {@code -and}, each on an argument's truth or a reply ({@code @N}), joined by {@code &}; or null. */
    private static String all(FunctionCode fn, String text, ToIntFunction<String> reply) {
        List<String> terms = new java.util.ArrayList<>();
        for (String term : text.strip().split("(?i)\\s+-and\\s+")) {
            Matcher r = REPLY.matcher(term.strip());
            int n = r.matches() ? reply.applyAsInt(r.group(1).toLowerCase(Locale.ROOT)) : 0;
            String c = n > 0 ? "@" + n : condition(fn, term);
            if (c == null) {
                return condition(fn, text); // one condition whose own terms are joined ($null -ne … -and $true -eq …)
            }
            terms.add(c);
        }
        return String.join("&", terms);
    }

    /** {@code P}, {@code !P}, or null when the condition is not one on an argument's truth. */
    static String condition(FunctionCode fn, String text) {
        String c = text.strip();
        while (c.startsWith("(") && PsText.close(c, 0) == c.length()) {
            c = c.substring(1, c.length() - 1).strip();
        }
        Matcher t = TRUE.matcher(c);
        if (t.matches() && t.group(1).equalsIgnoreCase(t.group(2))) {
            return param(fn, t.group(1), false);
        }
        Matcher n = NOT_TRUE.matcher(c);
        if (n.matches() && n.group(1).equalsIgnoreCase(n.group(2)) && n.group(1).equalsIgnoreCase(n.group(3))) {
            return param(fn, n.group(1), true);
        }
        Matcher g = GIVEN.matcher(c);
        if (g.matches() && fn.parameter(g.group(1)).filter(x -> !x.isSwitch()).isPresent()) {
            return param(fn, g.group(1), false);
        }
        Matcher v = TRUTH.matcher(c);
        return v.matches() ? param(fn, v.group(2), v.group(1) != null) : null;
    }

    private static String param(FunctionCode fn, String name, boolean not) {
        return fn.parameter(name).isPresent() ? (not ? "!" : "") + fn.canonical(name) : null;
    }

    /** The note of a set whose steps hold writes: the steps in order, each with its condition, and the request's. */
    static String note(List<LookupPart> steps, String method, String when) {
        return "the module sends " + steps.size() + " request" + (steps.size() > 1 ? "s" : "") + " first ("
                + String.join(", ", steps.stream().map(l -> l.sentMethod() + " " + l.path()
                + (l.when() == null ? "" : " when " + shown(l.when(), steps))).toList()) + ")" + (when == null ? ""
                : ", and this " + method + " only when " + shown(when, steps)) + "; the plan sends them after the"
                + " confirmation, in order, and stops at the first that fails or finds nothing, saying which writes"
                + " were sent";
    }

    /**
     * The note of a reply the code reshapes after the set's last call ({@code Add-Member … -Name ObjectId -Value $Id},
     * {@code Select-Object a, b, …} on it), {@code where} the first such line's {@code file:line}; null when it does
     * not.
     */
    static String reshaped(String after, java.util.function.IntFunction<String> where) {
        Matcher added = Pattern.compile("(?i)\\bAdd-Member\\b[^\\n]*?-Name\\s+['\"]?(\\w+)").matcher(after);
        Matcher kept = Pattern.compile("(?i)\\|\\s*Select-Object\\s+(?:-Property\\s+)?(\\w+(?:\\s*,\\s*\\w+)+)").matcher(after);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        int first = -1;
        while (added.find()) {
            names.add(added.group(1));
            first = first < 0 ? added.start() : first;
        }
        boolean add = !names.isEmpty();
        boolean keep = kept.find();
        if (!add && !keep) {
            return null;
        }
        return "the module reshapes the reply (" + where.apply(add ? first : kept.start()) + "): "
                + (add ? "adds " + String.join(", ", names) + (keep ? " and " : "") : "") + (keep ? "keeps only "
                + kept.group(1).replaceAll("\\s*,\\s*", ", ") : "") + "; the plan shows the reply's object as Graph"
                + " returns it";
    }

    /** A condition as the notes show it ({@code @N}: the step's reply, which the run checks when it has come). */
    private static String shown(String when, List<LookupPart> steps) {
        List<String> out = new java.util.ArrayList<>();
        for (String t : when.split("&")) {
            int n = t.startsWith("@") ? Integer.parseInt(t.substring(1)) : 0;
            out.add(n > 0 ? "the " + steps.get(n - 1).sentMethod() + " " + steps.get(n - 1).path() + " returned an object"
                    : t.startsWith("!") ? "-" + t.substring(1) + " is not given or false"
                    : "-" + t + " is given and not false");
        }
        return String.join(" and ", out);
    }

    /**
     * The arguments of a call that splats a hashtable ({@code @params}), written as the call's own
     * ({@code -Method 'PATCH' -Uri "…" -Body $bodyJson}) from its last literal assignment before {@code at}; the
     * arguments as they are for another call; null when the hashtable is not found.
     */
    static String splatted(String text, String args, int at) {
        Matcher s = SPLAT.matcher(args);
        if (!s.matches()) {
            return args;
        }
        Matcher def = Pattern.compile("(?i)\\$" + Pattern.quote(s.group(1)) + "\\s*=\\s*@\\{").matcher(text);
        int open = -1;
        while (def.find() && def.end() <= at) {
            open = def.end() - 1;
        }
        if (open < 0) {
            return null;
        }
        Matcher e = ENTRY.matcher(text.substring(open + 1, PsText.close(text, open) - 1));
        StringBuilder out = new StringBuilder();
        while (e.find()) {
            out.append(" -").append(e.group(1).toLowerCase(Locale.ROOT).equals("uri") ? "Uri" : e.group(1))
                    .append(' ').append(e.group(2));
        }
        return out.toString();
    }
}
