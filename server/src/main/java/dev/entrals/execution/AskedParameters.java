package dev.entrals.execution;

import java.util.List;

import dev.entrals.graph.RequestPlanner;

/**
 * A call the module's code would answer by asking a person at its PowerShell console for a parameter, or by taking
 * the value an earlier command left in its session ({@code RequestEntry.SetRequest.NEEDED} naming one parameter):
 * the run asks for the parameter instead ({@link RunStatus#NOT_EVALUATED}, its name in {@code unevaluated}), said in
 * the module's terms; supplied ({@code --arg NAME=VALUE}, an editor's input box) it binds as the parameter typed on
 * the line would. A note naming alternatives ({@code -P or -Q}) stays a refusal: which of them a value stands for is
 * the person's choice, not a value to ask for.
 */
final class AskedParameters {

    private AskedParameters() {
    }

    /** The result asking for the parameters the planner names ({@code refused.asks()}). */
    static RunResult asked(EvaluatedCall call, RequestPlanner.Unsupported refused, List<RequestPlanner.Answer> answers,
                           List<String> notes, long started) {
        List<String> why = refused.asks().stream().map(name -> answers.stream().filter(a -> a.why() != null
                && a.name().equalsIgnoreCase(name)).map(RequestPlanner.Answer::why).findFirst()
                .orElse(refused.reason())).toList();
        List<String> names = refused.asks();
        String text = call.command() + ": " + String.join("; ", why) + "; supply " + (names.size() == 1 ? "it" : "them")
                + " (--arg NAME=VALUE, or the editor asks):\n" + String.join("", names.stream()
                .map(n -> "  " + n + "\n").toList());
        return new RunResult(call.command(), List.of(), RunStatus.NOT_EVALUATED, false, List.of(), 0, false, text,
                notes, RunEngine.millis(started), names);
    }
}
