package dev.entrals.execution;

import java.util.ArrayList;
import java.util.List;

import dev.entrals.graph.ModuleVariables;
import dev.entrals.graph.RequestPlanner;

/**
 * A call the module's code would answer by asking a person at its PowerShell console for a parameter, or by taking
 * the value an earlier command left in its session ({@code RequestEntry.SetRequest.NEEDED}): the run asks for the
 * parameter instead ({@link RunStatus#NOT_EVALUATED}, its name in {@code unevaluated}, its {@link Unevaluated} reason),
 * said in the module's terms; supplied ({@code --arg NAME=VALUE}, an editor's input box) it binds as the parameter
 * typed on the line would. Alternatives ({@code -P or -Q}, which the module asks for until one has items) are asked
 * for as one of them: which one is the person's choice.
 */
final class AskedParameters {

    private AskedParameters() {
    }

    /** The result asking for the parameters and the alternatives the planner names. */
    static RunResult asked(EvaluatedCall call, RequestPlanner.Unsupported refused, List<RequestPlanner.Answer> answers,
                           ModuleVariables vars, List<String> notes, long started) {
        List<String> why = new ArrayList<>();
        List<Unevaluated> reasons = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String name : refused.asks()) {
            String w = why(name, refused, answers);
            why.add(w);
            boolean session = vars != null && vars.reads().stream().anyMatch(r -> r.name().equalsIgnoreCase(name));
            reasons.add(new Unevaluated(name, session ? Unevaluated.SESSION_STATE : Unevaluated.CONSOLE_PROMPT, w));
            lines.add(name);
        }
        for (List<String> choice : refused.choices()) {
            String w = why(choice.get(0), refused, answers);
            why.add(w);
            reasons.add(new Unevaluated(choice.get(0), Unevaluated.ALTERNATIVES, w, choice));
            lines.add(String.join(" or ", choice));
        }
        int asked = refused.asks().size() + refused.choices().size();
        String text = call.command() + ": " + String.join("; ", why) + "; supply " + (refused.asks().isEmpty()
                && asked == 1 ? "one of them" : asked == 1 ? "it" : "them") + " (--arg NAME=VALUE, or the editor"
                + " asks):\n"
                + String.join("", lines.stream().map(n -> "  " + n + "\n").toList());
        return RunResult.asking(call.command(), text, notes, RunEngine.millis(started), reasons);
    }

    private static String why(String name, RequestPlanner.Unsupported refused, List<RequestPlanner.Answer> answers) {
        return answers.stream().filter(a -> a.why() != null && a.name().equalsIgnoreCase(name))
                .map(RequestPlanner.Answer::why).findFirst().orElse(refused.reason());
    }

    /**
     * A call missing values the module takes by name from its PowerShell session or a person at its console
     * ({@code needed}, none of which the session state holds): each asked for, with its {@link Unevaluated} reason.
     */
    static RunResult byName(EvaluatedCall call, List<RequestPlanner.Answer> needed, List<String> notes, long started) {
        List<String> asked = needed.stream().map(RequestPlanner.Answer::name).toList();
        boolean console = needed.stream().anyMatch(a -> !a.sets().isEmpty()); // PowerShell's own prompt
        return RunResult.asking(call.command(), call.command() + ": the module takes " + String.join(", ", asked)
                + " from its PowerShell session" + (console ? " or a person at its console" : "") + ","
                + " which a run here does not have; supply " + (asked.size() == 1 ? "it" : "them")
                + " (--arg NAME=VALUE, or the editor asks):\n" + String.join("", asked.stream()
                .map(a -> "  " + a + "\n").toList()), notes, RunEngine.millis(started), needed.stream().map(a ->
                new Unevaluated(a.name(), a.sets().isEmpty() ? Unevaluated.SESSION_STATE : Unevaluated.CONSOLE_PROMPT,
                        "the module takes " + a.name() + " from its PowerShell session"
                                + (a.sets().isEmpty() ? "" : " or a person at its console"))).toList());
    }
}
