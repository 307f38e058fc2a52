package dev.entrals.execution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Entra call read from a script, ready to plan: the cmdlet's canonical name, the parameter set that binds (null
 * when undecided), the bound literal arguments by canonical parameter name in source order, and what stops or
 * qualifies the run.
 *
 * @param command     the cmdlet's canonical name
 * @param text        the call's text as written
 * @param parameterSet the set the binder chose, or null
 * @param arguments   literal values by canonical parameter name (switches {@code TRUE}/{@code FALSE})
 * @param unevaluated the arguments that are not literals and were not supplied, as {@code -Name <text>}
 * @param problems    binding errors that stop the run (unknown or ambiguous names, missing mandatory parameters)
 * @param notRun      the other commands of the pipeline or statement, shown as not run
 * @param ignored     common parameters on the line that the run ignores ({@code -Verbose}, {@code -ErrorAction}, ...)
 * @param whatIf      {@code -WhatIf} is on the line (or {@code -WhatIf:$true})
 */
public record EvaluatedCall(String command, String text, String parameterSet, Map<String, Object> arguments,
                            List<String> unevaluated, List<String> problems, List<String> notRun,
                            List<String> ignored, boolean whatIf) {

    /** Copies. */
    public EvaluatedCall {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        unevaluated = List.copyOf(unevaluated);
        problems = List.copyOf(problems);
        notRun = List.copyOf(notRun);
        ignored = List.copyOf(ignored);
    }

    /** The same call with these arguments added (values the module's session state gives, {@link ModuleState}). */
    public EvaluatedCall with(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(arguments);
        all.putAll(more);
        return new EvaluatedCall(command, text, parameterSet, all, unevaluated, problems, notRun, ignored, whatIf);
    }

    /** The parameter name of an {@link #unevaluated} entry ({@code -Name <text>}: {@code Name}). */
    static String unevaluatedName(String entry) {
        int space = entry.indexOf(' ');
        return entry.substring(1, space < 0 ? entry.length() : space);
    }

    /** True when every argument has a value and the call binds without errors. */
    public boolean runnable() {
        return unevaluated.isEmpty() && problems.isEmpty();
    }
}
