package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code a function runs only when an argument is missing and that a run here cannot do: {@code if (-not $X -or
 * $X.Trim() -eq "") { … Read-Host … }} (a prompt at a PowerShell console), or {@code if
 * ([string]::IsNullOrEmpty($X)) { $X = $script:CurrentX … }} (a value an earlier command left in the PowerShell
 * session). Given the argument, that code does not run: the function is read with those blocks blanked (offsets
 * kept), and each set it then sends a request for gets the note {@link SetRequest#NEEDED}, with which the planner
 * refuses a call without the argument, naming it; where the prompt's block gives the parameter a string when the
 * answer is empty ({@code $d = "…"; $a = Read-Host …; if ($a …) { $X = $a.Trim() } else { $X = $d }}), the note is
 * {@link SetRequest#DEFAULTED} instead and the planner takes that string without the argument. The condition must test that one parameter only, with {@code -not
 * $X}, {@code [string]::IsNullOrEmpty($X)}/{@code IsNullOrWhiteSpace}, {@code $X.Trim() -eq ""} or {@code -not
 * $PSBoundParameters.ContainsKey('X')} joined by {@code -or}.
 */
final class MissingArguments {

    /**
     * An argument a run here needs, and what the module does without it; or, with {@code fallback}, the value the
     * module takes when the person presses Enter at its prompt ({@code else { $X = $default }}), which a run here
     * takes without the argument.
     */
    record Need(String param, String without, String fallback, String state, String stateSource) {
        /** A need that reads no session variable. */
        Need(String param, String without, String fallback) {
            this(param, without, fallback, null, null);
        }
    }

    /** The function's text with the blocks blanked, and the arguments they need. */
    record Reading(String text, List<Need> needs) {
    }

    private static final Pattern ATOM = Pattern.compile("(?i)^(?:-not\\s+\\$(\\w+)"
            + "|\\[string\\]::IsNullOr(?:Empty|WhiteSpace)\\(\\s*\\$(\\w+)\\s*\\)"
            + "|\\$(\\w+)\\.Trim\\(\\)\\s*-eq\\s*(?:\"\"|'')"
            + "|-not\\s+\\$PSBoundParameters\\.ContainsKey\\(\\s*['\"](\\w+)['\"]\\s*\\)"
            + "|-not\\s*\\(\\s*\\$(\\w+)\\s+-and\\s+\\$\\5\\.Count\\s+-gt\\s+0\\s*\\))$");
    /** A condition testing the set first: the set, the rest. */
    private static final Pattern IN_SET = Pattern.compile("(?is)^\\$PSCmdlet\\.ParameterSetName\\s+-eq\\s+['\"](\\w+)['\"]"
            + "\\s+-and\\s+(.+)$");
    private static final Pattern OR = Pattern.compile("(?i)\\s-or\\s");
    private static final Pattern READ_HOST = Pattern.compile("(?i)\\bRead-Host\\b");
    private static final Pattern STATE = Pattern.compile("(?i)\\$(?:global|script):\\w+");

    private MissingArguments() {
    }

    /** The blocks run only without an argument that prompt or read the session's state, blanked. */
    static Reading read(FunctionCode fn) {
        int start = fn.signature().start();
        String body = fn.text().substring(start, Math.min(fn.text().length(), fn.signature().end()));
        StringBuilder text = new StringBuilder(fn.text());
        List<Need> needs = new ArrayList<>();
        int blankedTo = -1;
        List<PromptLoops.Loop> loops = PromptLoops.read(fn, body, start);
        for (PromptLoops.Loop l : loops) { // a loop asking until one of some list arguments has items
            needs.add(l.need());
            blank(text, start + l.from(), start + l.to());
        }
        for (PsText.IfBlock b : PsText.ifBlocks(body)) {
            if (b.start() < blankedTo || isElseIf(body, b)
                    || loops.stream().anyMatch(l -> l.from() <= b.start() && b.start() < l.to())) {
                continue;
            }
            String param = param(fn, b.condition());
            if (param == null) {
                continue;
            }
            Matcher prompt = READ_HOST.matcher(b.body());
            Matcher state = STATE.matcher(b.body());
            boolean asks = prompt.find();
            boolean stored = state.find();
            if (!asks && !stored) {
                continue;
            }
            String where = stored ? "takes the value an earlier command left in the PowerShell session ("
                    + state.group() + " at " + fn.source(start + b.start() + state.start()) + ")" : "";
            String ask = asks ? "asks for it at a PowerShell console (Read-Host at "
                    + fn.source(start + b.start() + prompt.start()) + ")" : "";
            String without = stored && asks ? where + " or " + ask + "; a run here has neither"
                    : stored ? where + ", which a run here does not have" : ask + ", which a run here does not have";
            String fallback = asks && !stored ? fallback(b.body(), param) : null;
            if (fallback != null) {
                without = "asks for it at a PowerShell console (Read-Host at " + fn.source(start + b.start()
                        + prompt.start()) + ") and takes that when Enter is pressed";
            }
            if (needs.stream().noneMatch(n -> n.param().equalsIgnoreCase(param))) {
                needs.add(new Need(param, without, fallback, stored ? state.group().substring(1) : null,
                        stored ? fn.source(start + b.start() + state.start()) : null));
            }
            blank(text, start + b.start(), start + b.start() + b.body().length());
            blankedTo = b.start() + b.body().length();
        }
        return new Reading(text.toString(), needs);
    }

    /** Blanks the text from {@code from} to {@code to} but its line ends (offsets and lines kept). */
    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    /** The entry with each set that sends a request noting the arguments it needs. */
    static RequestEntry mark(RequestEntry e, List<Need> needs, FunctionCode fn) {
        List<SetRequest> sets = new ArrayList<>();
        for (SetRequest s : e.sets()) {
            if (s.method() == null) {
                sets.add(s);
                continue;
            }
            List<String> notes = new ArrayList<>();
            for (Need n : needs) {
                if (fn.inSet(n.param().split(" or -")[0], s.set())) { // -P or -Q: one of them
                    notes.add(n.fallback() == null ? String.format(SetRequest.NEEDED, n.param(), n.without())
                            : String.format(SetRequest.DEFAULTED, n.param(), n.fallback(), n.without()));
                }
            }
            notes.addAll(s.notes());
            sets.add(s.withNotes(notes));
        }
        return new RequestEntry(e.command(), e.module(), e.source(), e.via(), sets, e.reason(), e.columns());
    }

    /**
     * The string a prompt's block gives the parameter when the answer is empty: {@code $d = "…"} and {@code else {
     * $X = $d }} (the answer otherwise), or null.
     */
    private static String fallback(String block, String param) {
        Matcher e = Pattern.compile("(?i)\\belse\\s*\\{\\s*\\$" + param + "\\s*=\\s*\\$(\\w+)\\s*}").matcher(block);
        if (!e.find()) {
            return null;
        }
        Matcher d = Pattern.compile("(?i)\\$" + e.group(1) + "\\s*=\\s*(?:\"([^\"$`]*)\"|'([^']*)')\\s*$",
                Pattern.MULTILINE).matcher(block);
        return d.find() ? d.group(1) != null ? d.group(1) : d.group(2) : null;
    }

    /**
     * The one parameter a condition tests for being missing, or null; {@code $PSCmdlet.ParameterSetName -eq 'S' -and
     * …} first tests the set, read where the parameter belongs to that set alone.
     */
    private static String param(FunctionCode fn, String condition) {
        Matcher inSet = IN_SET.matcher(condition.strip());
        if (inSet.matches()) {
            String p = param(fn, inSet.group(2));
            return p != null && fn.parameter(p).map(s -> s.bindings().stream().allMatch(b -> !b.inAllSets()
                    && b.setName().equalsIgnoreCase(inSet.group(1)))).orElse(false) ? p : null;
        }
        String found = null;
        for (String atom : OR.split(condition.strip())) {
            String a = atom.strip();
            while (a.startsWith("(") && a.endsWith(")") && PsText.close(a, 0) == a.length()) {
                a = a.substring(1, a.length() - 1).strip();
            }
            Matcher m = ATOM.matcher(a);
            if (!m.matches()) {
                return null;
            }
            String p = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            if (fn.parameter(p).isEmpty() || found != null && !found.equalsIgnoreCase(p)) {
                return null;
            }
            found = fn.canonical(p);
        }
        return found;
    }

    private static boolean isElseIf(String body, PsText.IfBlock b) {
        int open = body.lastIndexOf('(', body.lastIndexOf(b.condition(), b.start()));
        String before = body.substring(Math.max(0, open - 10), Math.max(0, open)).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*elseif\\s*");
    }
}
