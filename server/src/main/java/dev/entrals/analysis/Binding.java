package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterMatch;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;

/**
 * How one invocation binds to a cmdlet's parameters, PowerShell's way: an outcome per named parameter and per
 * positional argument, the parameter sets still possible ({@code candidateSets}, empty on a conflict), the set that
 * binds ({@code boundSet}, empty while undecided), the mandatory parameters of that set left unbound, set conflicts,
 * values outside the accepted ones and values the code's validation attributes refuse. {@code command} is the invocation
 * re-read with switches known;
 * {@code complete} is false when a splat passes parameters this binding cannot see.
 */
public record Binding(CmdletHelp cmdlet, CommandInvocation command, ParameterSets sets, List<Named> named,
                      List<Positional> positional, List<ParameterHelp> splatted, boolean complete,
                      boolean pipelineInput, List<String> candidateSets, Optional<String> boundSet,
                      List<ParameterHelp> missingMandatory, List<Conflict> conflicts,
                      List<InvalidValue> invalidValues, List<FailedCheck> failedChecks) {

    public Binding {
        named = List.copyOf(named);
        positional = List.copyOf(positional);
        splatted = List.copyOf(splatted);
        candidateSets = List.copyOf(candidateSets);
        missingMandatory = List.copyOf(missingMandatory);
        conflicts = List.copyOf(conflicts);
        invalidValues = List.copyOf(invalidValues);
        failedChecks = List.copyOf(failedChecks);
    }

    /** What a {@code -Name} element bound to. */
    public enum Outcome {
        /** Bound to {@code parameter} (by exact name, alias or unambiguous prefix). */
        BOUND,
        /** The parameter was already bound by an earlier element; this one is an error in PowerShell. */
        DUPLICATE,
        /** Several parameters start with the typed text. */
        AMBIGUOUS,
        /** No parameter has this name, alias or prefix. */
        UNKNOWN
    }

    /** A named parameter element, how its typed name resolved ({@code match}) and what it bound to (null unless bound or duplicate). */
    public record Named(CommandParameter element, ParameterMatch match, ParameterHelp parameter, Outcome outcome) {

        /** The candidates of an ambiguous name, else empty. */
        public List<String> candidates() {
            return match instanceof ParameterMatch.Ambiguous a ? a.candidates() : List.of();
        }
    }

    /**
     * A positional argument (index {@code index} among the positional ones) and the parameter it binds to: null when
     * no set still possible takes another positional argument ({@code candidates} empty) or when the sets disagree
     * ({@code candidates} lists the parameters it could bind to).
     */
    public record Positional(CommandArgument argument, int index, ParameterHelp parameter,
                             List<ParameterHelp> candidates) {
        public Positional {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A parameter ({@code element}) whose sets share none with the sets the earlier parameters left possible
     * ({@code possibleBefore}); {@code with} are those earlier elements.
     */
    public record Conflict(Named element, List<String> setsOfElement, List<String> possibleBefore, List<Named> with) {
        public Conflict {
            setsOfElement = List.copyOf(setsOfElement);
            possibleBefore = List.copyOf(possibleBefore);
            with = List.copyOf(with);
        }
    }

    /** A literal {@code value} (in {@code argument}) outside the accepted values of {@code parameter}. */
    public record InvalidValue(CommandArgument argument, ParameterHelp parameter, String value) {
    }

    /**
     * A literal {@code value} (in {@code argument}) that a validation attribute of {@code parameter} refuses
     * ({@link dev.entrals.docs.ValueCheck}): PowerShell refuses the call with {@code message} before the function runs.
     */
    public record FailedCheck(CommandArgument argument, ParameterHelp parameter, String value, String message) {
    }

    /** Every parameter bound so far: named (bound once), positional with a decided parameter, splatted keys. */
    public List<ParameterHelp> boundParameters() {
        List<ParameterHelp> out = new ArrayList<>();
        for (Named n : named) {
            if (n.outcome() == Outcome.BOUND) {
                out.add(n.parameter());
            }
        }
        for (Positional p : positional) {
            if (p.parameter() != null) {
                out.add(p.parameter());
            }
        }
        out.addAll(splatted);
        return out;
    }

    /** Whether {@code parameter} is bound (by name, position or splatted key). */
    public boolean isBound(ParameterHelp parameter) {
        return boundParameters().stream().anyMatch(p -> p.name().equalsIgnoreCase(parameter.name()));
    }

    /** The accepted parameters not yet bound that belong to at least one set still possible (to the best sets on a conflict). */
    public List<ParameterHelp> available() {
        List<String> best = bestSets();
        return sets.accepted().stream().filter(p -> !isBound(p))
                .filter(p -> best.stream().anyMatch(s -> sets.inSet(p, s))).toList();
    }

    /**
     * The sets that best match so far, best first: the bound set, then the other candidates (the default first); on a
     * conflict, the sets holding the most bound parameters.
     */
    public List<String> bestSets() {
        return SetRanking.best(this);
    }

    /**
     * The parameter the cursor at {@code offset} is on: a {@code -Name} element or its argument, a positional argument's
     * parameter, the parameter waiting for its argument right before the cursor, or else the next positional
     * parameter of the best set. Empty when none applies.
     */
    public Optional<ParameterHelp> parameterAt(int offset) {
        return SetRanking.parameterAt(this, offset);
    }
}
