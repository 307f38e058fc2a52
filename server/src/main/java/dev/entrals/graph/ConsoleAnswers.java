package dev.entrals.graph;

import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values besides parameters a set takes by name, from its notes: the answer to a prompt of the module's at a
 * console that no parameter answers ({@link SetRequest#ANSWERED}: its Enter answer unless one is supplied, within
 * the module's list when it has one) and a value of the PowerShell session ({@link SetRequest#SESSION_VALUE}: to
 * supply).
 */
final class ConsoleAnswers {

    /** {@link SetRequest#ANSWERED}: name, place, Enter's answer, the answers (or null). */
    private static final Pattern ANSWERED = Pattern.compile("(\\w+)" + Pattern.quote(SetRequest.ANSWERED
            .substring(2, SetRequest.ANSWERED.indexOf("%s", 2))) + "(.*?)" + Pattern.quote("): a run here takes '")
            + "(.*?)" + Pattern.quote("', as Enter gives, unless ") + "\\w+" + Pattern.quote("=VALUE is supplied")
            + "(?:" + Pattern.quote(SetRequest.ANSWERS.substring(0, SetRequest.ANSWERS.indexOf("%s"))) + "(.*?)"
            + Pattern.quote(SetRequest.ANSWERS.substring(SetRequest.ANSWERS.indexOf("%s") + 2)) + ")?");
    /** {@link SetRequest#SESSION_VALUE}: the name, the place. */
    private static final Pattern SESSION_VALUE = Pattern.compile("(\\w+)" + Pattern.quote(SetRequest.SESSION_VALUE
            .substring(2, SetRequest.SESSION_VALUE.indexOf("%s", 2))) + "(.*?)" + Pattern.quote(SetRequest
            .SESSION_VALUE.substring(SetRequest.SESSION_VALUE.indexOf("%s", 2) + 2, SetRequest.SESSION_VALUE
                    .lastIndexOf("%s"))) + "\\w+=VALUE");

    /**
     * {@link SetRequest#NEEDED}: the parameter (or alternatives, {@code P or -Q}), what the module does without it. A
     * note naming one parameter makes it a value the run asks for by that name; alternatives, one of them
     * ({@link NeededArguments}; the answer is named by the first).
     */
    static final Pattern NEEDED = Pattern.compile(Pattern.quote(SetRequest.NEEDED)
            .replace("%s", "\\E(.+)\\Q").replaceFirst("\\(\\.\\+\\)", "(\\\\w+(?: or -\\\\w+)*)"));

    /** {@link SetRequest#PROMPTED}: the name, the SDK parameter, the SDK cmdlet, the set. */
    private static final Pattern PROMPTED = fields(SetRequest.PROMPTED, "(\\w+)", "(\\w+)", "([\\w-]+)", "(\\w+)",
            "\\w+");

    private ConsoleAnswers() {
    }

    /** A note's format as a pattern: each {@code %s} the next of {@code fields}, the text between as it is. */
    private static Pattern fields(String format, String... fields) {
        String[] text = format.split("%s", -1);
        StringBuilder out = new StringBuilder(Pattern.quote(text[0]));
        for (int i = 1; i < text.length; i++) {
            out.append(fields[i - 1]).append(Pattern.quote(text[i]));
        }
        return Pattern.compile(out.toString());
    }

    /** The entry's values by name, in the order its sets' notes name them (each once). */
    static List<RequestPlanner.Answer> of(RequestEntry e) {
        List<RequestPlanner.Answer> out = new ArrayList<>();
        for (SetRequest set : e.sets()) {
            for (String n : set.notes()) {
                add(out, found(n, set.set()));
            }
        }
        return out;
    }

    /** The value a note of this set names, or null. */
    private static RequestPlanner.Answer found(String n, String set) {
        Matcher a = ANSWERED.matcher(n);
        Matcher v = SESSION_VALUE.matcher(n);
        Matcher p = PROMPTED.matcher(n);
        Matcher needed = NEEDED.matcher(n);
        return a.matches() ? new RequestPlanner.Answer(a.group(1), a.group(3))
                : v.matches() ? new RequestPlanner.Answer(v.group(1), null)
                : p.matches() ? new RequestPlanner.Answer(p.group(1), null, List.of(p.group(4)))
                : needed.matches() // one parameter (alternatives: by the first), asked for in this set
                ? new RequestPlanner.Answer(needed.group(1).split(" or -")[0], null, List.of(set), "without -"
                        + needed.group(1) + " the module " + needed.group(2)) : null;
    }

    private static void add(List<RequestPlanner.Answer> out, RequestPlanner.Answer found) {
        for (int i = 0; found != null && i < out.size(); i++) {
            RequestPlanner.Answer had = out.get(i);
            if (had.name().equalsIgnoreCase(found.name())) { // the same name in another set: taken in both
                List<String> sets = new ArrayList<>(had.sets());
                sets.addAll(found.sets());
                out.set(i, new RequestPlanner.Answer(had.name(), had.fallback(), had.sets().isEmpty()
                        || found.sets().isEmpty() ? List.of() : sets, had.why()));
                return;
            }
        }
        if (found != null) {
            out.add(found);
        }
    }

    /**
     * Puts each answer in {@code args}: the one supplied, trimmed as the module trims it, else Enter's. The reason the
     * call cannot be planned (a session value not supplied, an answer the module would ask again for), or null.
     */
    static String apply(RequestEntry entry, SetRequest set, Map<String, Object> args) {
        for (String note : set.notes()) {
            Matcher answer = ANSWERED.matcher(note);
            Matcher session = SESSION_VALUE.matcher(note);
            if (session.matches() && !BundledRequestPlanner.present(args, session.group(1))) {
                return entry.command() + " needs " + session.group(1) + " for a run here: the module takes the value an"
                        + " earlier command left in the PowerShell session (at " + session.group(2) + "); supply it as "
                        + session.group(1) + "=VALUE (" + entry.source() + ").";
            }
            Matcher prompted = PROMPTED.matcher(note);
            if (prompted.matches() && !BundledRequestPlanner.present(args, prompted.group(1))) {
                return entry.command() + " needs " + prompted.group(1) + " for a run here: in set " + prompted.group(4)
                        + " the module calls " + prompted.group(3) + " without its mandatory -" + prompted.group(2)
                        + ", which PowerShell asks for at the console; supply it as " + prompted.group(1) + "=VALUE ("
                        + entry.source() + ").";
            }
            if (!answer.matches()) {
                continue;
            }
            String taken = BundledRequestPlanner.present(args, answer.group(1))
                    ? ArgumentText.text(args.get(answer.group(1))).strip() : answer.group(3);
            List<String> allowed = answer.group(4) == null ? List.of() : List.of(answer.group(4).split(", "));
            if (!allowed.isEmpty() && allowed.stream().noneMatch(taken::equalsIgnoreCase)) {
                return entry.command() + ": '" + taken + "' is not an answer the module takes to its prompt (Read-Host"
                        + " at " + answer.group(2) + "): " + answer.group(1) + " is one of " + answer.group(4)
                        + " (any case); at a PowerShell console the module asks again.";
            }
            args.put(answer.group(1), taken);
        }
        return null;
    }

    /** Whether a note is one of these whose value the call gives (not shown then), or a session value's. */
    static boolean answered(String note, Map<String, Object> given) {
        Matcher a = ANSWERED.matcher(note);
        return SESSION_VALUE.matcher(note).matches() || a.matches() && BundledRequestPlanner.present(given, a.group(1));
    }
}
