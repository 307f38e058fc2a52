package dev.entrals.graph;

import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set's steps for one call ({@link RequestEntry.LookupPart}): those sent (a lookup whose {@code unless}
 * parameter is bound is not: the argument is the value; a step whose {@code when} does not hold is not), and the templates of the set with the table's
 * {@code {@N.path}} references turned into {@link StepValues} tokens numbered as the plan's lookups, and a
 * {@code {Param|@N.path}} into the argument when it is bound, a {@code {@a.path|@b.path}} into the first of the two
 * steps that is sent.
 *
 * @param active   the lookups sent, in order
 * @param number   per lookup of the table (index 0 is the first), its number in the plan (1 first), 0 when not sent
 * @param args     the call's arguments
 * @param refused  why the call cannot be planned with lookups, or null
 */
record Steps(List<LookupPart> active, int[] number, Map<String, Object> args, String refused) {

    private static final Pattern FALLBACK = Pattern.compile("\\{(\\w+)\\|@(\\d+)(\\.[\\w#\\[\\].]+)?}");
    /** {@code {@2.id|@1.value[0].id}}: the value of the first of two steps that is sent (each has its condition). */
    private static final Pattern EITHER = Pattern.compile("\\{@(\\d+)(\\.[\\w#\\[\\].]+)?\\|@(\\d+)(\\.[\\w#\\[\\].]+)?}");

    /** A term on the objects of a reply's list ({@link #match}). */
    private static final Pattern MATCH = Pattern.compile("(?:^|[&|])(!?)@(\\d+)\\.(\\w+)\\[(\\w+)=([^\\]&|]*)]");

    /** The operator of a term on a value: {@code =} (its text) or {@code ~} (a regex it matches). */
    private static final Pattern OPERATOR = Pattern.compile("[=~]");

    static Steps of(SetRequest set, Map<String, Object> args) {
        List<LookupPart> active = new ArrayList<>();
        int[] number = new int[set.lookups().size()];
        for (int i = 0; i < set.lookups().size(); i++) {
            LookupPart l = set.lookups().get(i);
            int at = i; // a reply it needs is an earlier step's, sent
            if ((l.unless() == null || !BundledRequestPlanner.present(args, l.unless())) && holds(l.when(), args)
                    && replies(l.when()).stream().allMatch(k -> k <= at && number[k - 1] != 0)) {
                active.add(l);
                number[i] = active.size();
            }
        }
        String refused = null;
        for (Map.Entry<String, Object> a : args.entrySet()) {
            if (NewGuids.holds(String.valueOf(a.getValue()))) {
                refused = "cannot be run here: -" + a.getKey() + " holds a private-use character (U+E003) that stands"
                        + " for a new GUID in its plan.";
            }
            if (LocalValues.holds(String.valueOf(a.getValue()))) {
                refused = "cannot be run here: -" + a.getKey() + " holds a private-use character (U+E002) that stands"
                        + " for a value computed from a local file in its plan.";
            }
        }
        if (!active.isEmpty()) {
            for (Map.Entry<String, Object> a : args.entrySet()) {
                if (StepValues.holdsToken(String.valueOf(a.getValue()))) {
                    refused = "cannot be run here: -" + a.getKey() + " holds a private-use character (U+E000 or"
                            + " U+E001) that stands for a looked-up value in its plan.";
                }
            }
        }
        return new Steps(active, number, args, refused);
    }

    /**
     * Whether a step's, request's or body part's condition holds for these arguments: null always; {@code P} when
     * the argument is bound and not {@code $false}; {@code P=v} when its text is {@code v} in any case (PowerShell's
     * {@code -eq} with a string on the left; false when not bound); {@code P~regex} when its text matches the regex in
     * any case (PowerShell's {@code -match}; false when not bound); {@code !} before a term its complement; terms
     * joined by {@code &} all, alternatives joined by {@code |} any.
     */
    static boolean holds(String when, Map<String, Object> args) {
        if (when == null) {
            return true;
        }
        for (String alternative : when.split("\\|")) {
            boolean all = true;
            for (String term : alternative.split("&")) {
                boolean not = term.startsWith("!");
                String t = not ? term.substring(1) : term;
                if (t.startsWith("@")) {
                    continue; // a condition on a reply: the run checks it when the reply has come
                }
                Matcher op = OPERATOR.matcher(t);
                int eq = op.find() ? op.start() : -1;
                Object v = eq < 0 ? null : args.get(t.substring(0, eq));
                boolean is = (eq < 0 ? BundledRequestPlanner.present(args, t)
                        : v != null && (t.charAt(eq) == '=' ? ArgumentText.text(v).equalsIgnoreCase(t.substring(eq + 1))
                        : Pattern.compile(t.substring(eq + 1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        .matcher(ArgumentText.text(v)).find()));
                all &= is != not;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The arguments a condition names ({@link #holds}), in order. */
    static List<String> arguments(String when) {
        return when == null ? List.of() : java.util.Arrays.stream(when.split("[|&]")).filter(t -> !t.matches("!?@.*"))
                .map(t -> t.replaceFirst("^!", "").replaceFirst("[=~].*$", "")).distinct().toList();
    }

    /**
     * The steps (1 first, as the table numbers them) whose replies a condition needs: {@code @N}, the module's
     * {@code $null -ne $R} on that step's reply, which holds for the plan (the step is sent) and is checked by the run
     * when the reply has come ({@link RequestPlan.Lookup#needs()}).
     */
    static List<Integer> replies(String when) {
        return when == null ? List.of() : java.util.Arrays.stream(when.split("[|&]")).filter(t -> t.matches("@\\d+"))
                .map(t -> Integer.parseInt(t.substring(1))).toList();
    }

    /**
     * A condition's term on the objects of an earlier step's reply, {@code @N.list[key=value]} (an object of its
     * list has that value, any case) or with {@code !} before it (none has), as the plan checks it once the reply
     * has come ({@link RequestPlan.Match}), arguments filled in the value; null when the condition has none.
     */
    RequestPlan.Match match(String when) {
        Matcher m = when == null ? null : MATCH.matcher(when);
        if (m == null || !m.find()) {
            return null;
        }
        String value = ArgumentText.fill(m.group(5), null, args);
        return new RequestPlan.Match(planned(Integer.parseInt(m.group(2))), m.group(3), m.group(4),
                value == null ? m.group(5) : value, m.group(1).isEmpty());
    }

    /** The arguments a reply's term names in its value ({@code {ResourceAppId}}). */
    static List<String> matchArguments(String when) {
        Matcher m = when == null ? null : MATCH.matcher(when);
        return m == null || !m.find() ? List.of() : ArgumentText.named(m.group(5));
    }

    /** {@link #replies} as the plan numbers its lookups. */
    List<Integer> planned(String when) {
        return replies(when).stream().map(k -> number[k - 1]).toList();
    }

    /**
     * The set as this call sends it: itself when its request's condition holds; else the last step sent becomes
     * the request (the code's last write under a condition that does not hold is not sent), the steps before it
     * staying; null when no write is sent then.
     */
    static SetRequest sent(SetRequest set, Map<String, Object> args) {
        if (holds(set.when(), args)) {
            return set;
        }
        List<LookupPart> steps = set.lookups();
        for (int i = steps.size() - 1; i >= 0; i--) {
            LookupPart l = steps.get(i);
            if (l.method() != null && holds(l.when(), args)) {
                return new SetRequest(set.set(), l.method(), l.path(), List.of(), set.headers(), l.body(), false,
                        set.notes(), List.of(), false, set.valueMaps(), steps.subList(0, i));
            }
        }
        return null;
    }

    /**
     * Of the sets named as {@code set} is, the first whose condition on the arguments holds (the code's two forms of
     * one set's request, {@code derive.MatchBranches}); {@code set} itself when it is the only one or none holds.
     */
    static SetRequest chosen(List<SetRequest> sets, SetRequest set, Map<String, Object> args) {
        if (set == null) {
            return null;
        }
        return sets.stream().filter(s -> s.set().equals(set.set()) && s.when() != null && holds(s.when(), args)
                && replies(s.when()).isEmpty()).findFirst().orElse(set);
    }

    /** Whether {@code set} is one of a set's two forms and its condition on these arguments does not hold. */
    static boolean otherForm(List<SetRequest> sets, SetRequest set, Map<String, Object> args) {
        return set.when() != null && !holds(set.when(), args)
                && sets.stream().anyMatch(o -> o != set && o.set().equals(set.set()));
    }

    /** Lookup {@code n}'s (1 first) number in the plan; 0 when {@code n} is 0 or the lookup is not sent. */
    int planned(int n) {
        return n >= 1 && n <= number.length ? number[n - 1] : 0;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The template with references resolved for this call (null stays null). */
    String template(String t) {
        if (t == null || !t.contains("@")) {
            return t;
        }
        Matcher e = EITHER.matcher(t);
        StringBuilder chosen = new StringBuilder();
        while (e.find()) {
            int a = Integer.parseInt(e.group(1));
            boolean first = a >= 1 && a <= number.length && number[a - 1] != 0;
            e.appendReplacement(chosen, Matcher.quoteReplacement(first ? "{@" + e.group(1) + nonNull(e.group(2)) + "}"
                    : "{@" + e.group(3) + nonNull(e.group(4)) + "}"));
        }
        Matcher f = FALLBACK.matcher(e.appendTail(chosen).toString());
        StringBuilder out = new StringBuilder();
        while (f.find()) {
            boolean bound = BundledRequestPlanner.present(args, f.group(1));
            f.appendReplacement(out, Matcher.quoteReplacement(bound ? "{" + f.group(1) + "}"
                    : "{@" + f.group(2) + (f.group(3) == null ? "" : f.group(3)) + "}"));
        }
        String plain = f.appendTail(out).toString();
        Matcher m = StepValues.TEMPLATE.matcher(plain);
        StringBuilder tokens = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            int planned = n >= 1 && n <= number.length ? number[n - 1] : 0;
            m.appendReplacement(tokens, Matcher.quoteReplacement(planned == 0 ? m.group()
                    : StepValues.token(planned, m.group(2))));
        }
        return m.appendTail(tokens).toString();
    }
}
