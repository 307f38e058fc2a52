package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Switches with which the module keeps only some objects of the reply (the filter shortcuts applied after the
 * request: {@code -HasErrorsOnly}, {@code -UnlicensedUsersOnly}): in a loop over the reply, {@code if
 * ($PSBoundParameters.ContainsKey("P")) { if (<drop>) { continue } }} or {@code if (….ContainsKey("P") -and (<drop>))
 * { continue }}, or {@code if (….ContainsKey("P")) { $r = $r | Where-Object { <keep> } }}, where the object's property
 * X is tested for emptiness ({@code $null -eq $o.X -or $o.X.Count -eq 0} drops it when empty, {@code $o.X.Count -gt 0}
 * when not; {@code $null -ne $_.X -and $_.X.Count -gt 0} keeps it when not). Each becomes the set's note
 * {@link SetRequest#KEEPS}, which the planner turns into the plan's filter of the reply; any other test is not read
 * (the run says the switch is not part of the request).
 */
final class ReplyFilters {

    private static final String BOUND = "(?:\\$PSBoundParameters\\.ContainsKey\\(\\s*[\"'](\\w+)[\"']\\s*\\)"
            + "|\\$null\\s*-ne\\s*\\$PSBoundParameters\\[\\s*[\"'](\\w+)[\"']\\s*])";
    private static final String EMPTY = "\\$null\\s*-eq\\s*\\$(\\w+)\\.(\\w+)\\s*-or\\s*\\$\\w+\\.\\w+\\.Count\\s*-eq\\s*0";
    private static final String FULL = "\\$(\\w+)\\.(\\w+)\\.Count\\s*-gt\\s*0";
    private static final String CONTINUE = "\\)\\s*\\{\\s*continue\\s*}";
    private static final Pattern NESTED = Pattern.compile("(?i)\\bif\\s*\\(\\s*" + BOUND + "\\s*\\)\\s*\\{\\s*if\\s*\\(\\s*"
            + "(?:(" + EMPTY + ")|(" + FULL + "))\\s*" + CONTINUE + "\\s*}");
    private static final Pattern JOINED = Pattern.compile("(?i)\\bif\\s*\\(\\s*" + BOUND + "\\s*-and\\s*\\(\\s*"
            + "(?:(" + EMPTY + ")|(" + FULL + "))\\s*\\)\\s*" + CONTINUE);
    /**
     * {@code if (<bound>) { if (<empty>) { continue } $f = $false; foreach ($i in $r.X) { if ($null -ne $i.Y -and
     * $i.Y -ne 'V') { $f = $true; break } } if (-not $f) { continue } }}: an item of X whose Y is neither null nor V.
     */
    private static final Pattern ANY = Pattern.compile("(?i)\\bif\\s*\\(\\s*" + BOUND + "\\s*\\)\\s*\\{\\s*if\\s*\\(\\s*"
            + EMPTY + "\\s*" + CONTINUE + "\\s*\\$(\\w+)\\s*=\\s*\\$false\\s*;?\\s*foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$\\w+\\.\\w+"
            + "\\s*\\)\\s*\\{\\s*if\\s*\\(\\s*\\$null\\s*-ne\\s*\\$\\w+\\.(\\w+)\\s*-and\\s*\\$\\w+\\.\\w+\\s*-ne\\s*'([^']*)'\\s*\\)\\s*\\{\\s*"
            + "\\$\\w+\\s*=\\s*\\$true\\s*;?\\s*break\\s*}\\s*}\\s*if\\s*\\(\\s*-not\\s+\\$\\w+\\s*" + CONTINUE + "\\s*}");
    private static final Pattern WHERE = Pattern.compile("(?i)\\bif\\s*\\(\\s*" + BOUND + "\\s*\\)\\s*\\{\\s*\\$(\\w+)\\s*="
            + "\\s*\\$\\w+\\s*\\|\\s*Where-Object\\s*\\{\\s*\\$null\\s*-ne\\s*\\$_\\.(\\w+)\\s*-and\\s*\\$_\\.\\w+\\.Count\\s*"
            + "-gt\\s*0\\s*}\\s*}");

    /**
     * One filter: with the switch, only objects whose property is (not) empty are kept, or with {@code item} those
     * whose list has an item whose {@code item} is neither null nor {@code unless}; where the code says so.
     */
    record Keep(String param, String property, boolean nonEmpty, String item, String unless, int offset) {
        Keep(String param, String property, boolean nonEmpty, int offset) {
            this(param, property, nonEmpty, null, null, offset);
        }

        /** How the note says it (after "whose X "). */
        String test() {
            return item != null ? "has an item whose " + item + " is neither null nor '" + unless + "'"
                    : nonEmpty ? "is not empty" : "is empty";
        }
    }

    private ReplyFilters() {
    }

    /** The filters the function's code applies to the reply, in the code's order. */
    static List<Keep> read(FunctionCode fn) {
        String p = fn.process();
        List<Keep> out = new ArrayList<>();
        for (Pattern form : List.of(NESTED, JOINED)) {
            Matcher m = form.matcher(p);
            while (m.find()) {
                String param = m.group(1) != null ? m.group(1) : m.group(2);
                boolean dropsEmpty = m.group(3) != null;
                out.add(new Keep(fn.canonical(param), dropsEmpty ? m.group(5) : m.group(8), dropsEmpty, m.start()));
            }
        }
        Matcher any = ANY.matcher(p);
        while (any.find()) {
            out.add(new Keep(fn.canonical(any.group(1) != null ? any.group(1) : any.group(2)), any.group(4), true,
                    any.group(7), any.group(8), any.start()));
        }
                Matcher w = WHERE.matcher(p);
        while (w.find()) {
            out.add(new Keep(fn.canonical(w.group(1) != null ? w.group(1) : w.group(2)), w.group(4), true, w.start()));
        }
        out.removeIf(k -> fn.parameter(k.param()).map(s -> !s.isSwitch()).orElse(true));
        out.sort(java.util.Comparator.comparingInt(Keep::offset));
        return out;
    }

    /** The entry with each GET set that takes the switch noting its filter ({@link SetRequest#KEEPS}). */
    static RequestEntry mark(RequestEntry e, FunctionCode fn) {
        List<Keep> keeps = read(fn);
        if (e == null || keeps.isEmpty()) {
            return e;
        }
        List<SetRequest> sets = new ArrayList<>();
        for (SetRequest s : e.sets()) {
            List<String> notes = new ArrayList<>(s.notes());
            for (Keep k : keeps) {
                if ("GET".equals(s.method()) && fn.inSet(k.param(), s.set())) {
                    notes.add(String.format(SetRequest.KEEPS, k.param(), k.property(), k.test(),
                            fn.source(fn.processOffset() + k.offset())));
                }
            }
            sets.add(notes.size() == s.notes().size() ? s : s.withNotes(notes));
        }
        return new RequestEntry(e.command(), e.module(), e.source(), e.via(), sets, e.reason(), e.columns());
    }
}
