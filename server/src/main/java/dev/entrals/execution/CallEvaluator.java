package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.entrals.analysis.Binding;
import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.CommonParameters;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterMatch;
import dev.entrals.docs.ValueCheck;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.ScriptDocument;

/**
 * Reads the Entra call of a line or selection: parses it, picks the first command that {@code runs} accepts as
 * {@link RunnableCommands} resolves it (the rest of a pipeline or statement is "not run"), binds it with the {@link ParameterBinder} (sets, aliases, positions,
 * switches) and evaluates its arguments as literals. Values supplied from outside (CLI {@code --arg NAME=VALUE}, LSP
 * {@code arguments}) fill or replace arguments by parameter name.
 */
public final class CallEvaluator {

    private final ParameterBinder binder;
    private final Predicate<String> runs;
    private final java.util.function.BiFunction<String, String, String> answers;

    /**
     * An evaluator binding with {@code binder}; {@code runs} says whether a canonical cmdlet name can be executed
     * (usually {@link RunnableCommands#runs}).
     */
    public CallEvaluator(ParameterBinder binder, Predicate<String> runs) {
        this(binder, runs, (command, name) -> null);
    }

    /**
     * As {@link #CallEvaluator(ParameterBinder, Predicate)}; {@code answers} names, for a command and a supplied
     * name that is no parameter of it, the value besides parameters its run takes by that name (an answer to the
     * module's prompt at a console: {@link dev.entrals.graph.RequestPlanner#answers}), or null.
     */
    public CallEvaluator(ParameterBinder binder, Predicate<String> runs,
                         java.util.function.BiFunction<String, String, String> answers) {
        this.binder = binder;
        this.runs = runs;
        this.answers = answers;
    }

    /** The default of {@code command}'s parameter as its help gives it (the module's {@code param()} value), or null. */
    String declaredDefault(String command, String parameter) {
        return binder.index().find(command).flatMap(h -> h.parameter(parameter)).map(ParameterHelp::defaultValue)
                .orElse(null);
    }

    /** Why no call could be read: a sentence for the user. */
    public static final class NoCallException extends RuntimeException {
        NoCallException(String message) {
            super(message);
        }
    }

    /** The call in {@code text} (a command line). */
    public EvaluatedCall evaluate(String text, Map<String, String> supplied) {
        return evaluate(text, 0, text.length(), supplied);
    }

    /**
     * The runnable Entra call among the commands starting in {@code [start, end)} of {@code script} (or, when none
     * starts there, among those that span {@code start}: a continuation line); throws {@link NoCallException} when
     * there is none.
     */
    public EvaluatedCall evaluate(String script, int start, int end, Map<String, String> supplied) {
        return evaluate(ScriptDocument.parse(script), start, end, supplied);
    }

    /** As {@link #evaluate(String, int, int, Map)}, on a script already parsed. */
    public EvaluatedCall evaluate(ScriptDocument doc, int start, int end, Map<String, String> supplied) {
        String script = doc.text();
        List<CommandInvocation> inRange = doc.commands().stream()
                .filter(c -> c.start() >= start && c.start() < Math.max(end, start + 1)).toList();
        if (inRange.isEmpty()) {
            // a line inside a command written over several lines: the commands that span it
            inRange = doc.commands().stream().filter(c -> c.start() < start && c.end() > start).toList();
        }
        CommandInvocation chosen = null;
        CmdletHelp help = null;
        for (CommandInvocation c : inRange) {
            Optional<CmdletHelp> h = RunnableCommands.cmdlet(c, doc, binder.index(), runs);
            if (h.isPresent()) {
                chosen = c;
                help = h.get();
                break;
            }
        }
        if (chosen == null) {
            throw new NoCallException(inRange.isEmpty() ? "There is no command to run here."
                    : "No Entra command that can be run here: " + names(inRange) + " (" + String.join("; ",
                    inRange.stream().map(c -> RunnableCommands.whyNot(c.name(), binder.index(), runs)).distinct()
                            .toList()) + ").");
        }
        List<String> notRun = new ArrayList<>();
        for (CommandInvocation c : inRange) {
            if (c != chosen && (c.start() < chosen.start() || c.start() >= chosen.end())) {
                notRun.add(script.substring(c.start(), c.end()).strip());
            }
        }
        return bind(script, chosen, help, notRun, supplied == null ? Map.of() : supplied);
    }

    /** Whether the command stands after a {@code |}: the objects of the command before it are its input. */
    static boolean pipedInto(String script, CommandInvocation call) {
        int i = call.start() - 1;
        while (i >= 0 && (Character.isWhitespace(script.charAt(i)) || script.charAt(i) == '`')) {
            i--;
        }
        return i >= 0 && script.charAt(i) == '|' && (i == 0 || script.charAt(i - 1) != '|');
    }

    private static boolean takesPipeline(ParameterHelp p) {
        return p.pipelineInput() != null && p.pipelineInput().strip().toLowerCase(Locale.ROOT)
                .startsWith("true");
    }

    private static String names(List<CommandInvocation> commands) {
        return String.join(", ", commands.stream().map(c -> c.name() == null ? "(computed)" : c.name()).distinct()
                .toList());
    }

    private EvaluatedCall bind(String script, CommandInvocation call, CmdletHelp help, List<String> notRun,
                               Map<String, String> supplied) {
        Binding b = binder.bind(call, help, false);
        Map<String, Object> args = new LinkedHashMap<>();
        Map<String, String> unevaluated = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        boolean whatIf = false;
        for (Binding.Named n : b.named()) {
            CommandParameter el = n.element();
            String typed = "-" + el.name();
            if (n.outcome() == Binding.Outcome.UNKNOWN && isShouldProcess(el.name())) {
                // the module's function does not declare -WhatIf/-Confirm; the run honours them all the same
                Object v = el.argument() == null ? Boolean.TRUE : LiteralValues.of(el.argument(), script);
                if (el.name().equalsIgnoreCase("WhatIf") || el.name().equalsIgnoreCase("wi")) {
                    whatIf = !Boolean.FALSE.equals(v);
                } else {
                    ignored.add(typed + (el.argument() == null ? "" : ":" + el.argument().text(script))
                            + " (a write always asks for confirmation here)");
                }
                continue;
            }
            if (n.outcome() == Binding.Outcome.UNKNOWN) {
                problems.add("A parameter cannot be found that matches parameter name '" + el.name() + "'.");
                continue;
            }
            if (n.outcome() == Binding.Outcome.AMBIGUOUS) {
                problems.add("Parameter name '" + el.name() + "' is ambiguous. Possible matches include: "
                        + String.join(" ", n.candidates().stream().map(c -> "-" + c).toList()) + ".");
                continue;
            }
            if (n.outcome() == Binding.Outcome.DUPLICATE) {
                problems.add("Cannot bind parameter because parameter '" + n.parameter().name()
                        + "' is specified more than once.");
                continue;
            }
            ParameterHelp p = n.parameter();
            Object value = el.argument() == null ? (p.isSwitch() ? Boolean.TRUE : LiteralValues.NOT_LITERAL)
                    : LiteralValues.of(el.argument(), script);
            if (p.name().equalsIgnoreCase("WhatIf")) {
                whatIf = !Boolean.FALSE.equals(value);
                continue;
            }
            if (p.name().equalsIgnoreCase("Confirm")) {
                ignored.add(typed + (el.argument() == null ? "" : ":" + el.argument().text(script))
                        + " (a write always asks for confirmation here)");
                continue;
            }
            if (CommonParameters.isCommon(p.name())) {
                ignored.add(typed);
                continue;
            }
            if (el.argument() == null && !p.isSwitch()) {
                problems.add("Missing an argument for parameter '" + p.name() + "'.");
                continue;
            }
            put(p, value, el.argument() == null ? "" : el.argument().text(script), args, unevaluated);
        }
        for (Binding.Positional pos : b.positional()) {
            if (pos.parameter() == null) {
                problems.add("A positional parameter cannot be found that accepts argument '"
                        + pos.argument().text(script) + "'.");
                continue;
            }
            put(pos.parameter(), LiteralValues.of(pos.argument(), script), pos.argument().text(script), args,
                    unevaluated);
        }
        if (!call.splats().isEmpty() && supplied.isEmpty()) {
            // supplied values stand for the splat's contents (the run reads no variable of the script)
            problems.add("Splatted arguments (" + String.join(", ", call.splats().stream()
                    .map(s -> script.substring(s.start(), s.end())).toList()) + ") cannot be evaluated without "
                    + "running the script; write the parameters out, or supply them (NAME=VALUE): the supplied values"
                    + " then stand for the splat.");
        }
        for (Map.Entry<String, String> e : supplied.entrySet()) {
            String typed = e.getKey().startsWith("-") ? e.getKey().substring(1) : e.getKey();
            String answer = binder.index().resolveParameter(help, typed).bound().isPresent() ? null
                    : answers.apply(help.name(), typed);
            if (answer != null) { // not a parameter: the answer to a prompt of the module's, taken as text
                args.put(answer, e.getValue() == null ? "" : e.getValue());
                continue;
            }
            ParameterHelp p = resolve(help, e.getKey(), problems);
            if (p != null) {
                unevaluated.remove(p.name());
                args.remove(p.name());
                args.put(p.name(), SuppliedValues.convert(p, e.getValue()));
            }
        }
        args.forEach((name, value) -> help.parameter(name).map(p -> transformation(p, value))
                .ifPresent(problems::add));
        // the code's validation attributes as read: PowerShell refuses the call before the function runs
        args.forEach((name, value) -> help.parameter(name).flatMap(p -> ValueCheck.first(p.checks(), p.name(), value))
                .ifPresent(problems::add));
        if (!b.conflicts().isEmpty()) {
            problems.add("Parameter set cannot be resolved using the specified named parameters.");
        }
        String set = b.boundSet().orElse(null);
        if (set != null) {
            for (ParameterHelp m : b.sets().mandatory(set)) {
                if (!args.containsKey(m.name()) && !unevaluated.containsKey(m.name())) {
                    if (pipedInto(script, call) && takesPipeline(m)) {
                        // bound from the objects the command before the | outputs: a value to supply, as a variable's
                        unevaluated.put(m.name(), "(from the pipeline's input)");
                    } else {
                        problems.add("Missing the mandatory parameter -" + m.name() + ".");
                    }
                }
            }
        }
        List<String> pending = unevaluated.entrySet().stream().map(e -> "-" + e.getKey() + " " + e.getValue()).toList();
        return new EvaluatedCall(help.name(), script.substring(call.start(), call.end()), set, args, pending,
                problems, notRun, ignored, whatIf);
    }

    private static void put(ParameterHelp p, Object value, String text, Map<String, Object> args,
                            Map<String, String> unevaluated) {
        if (value == LiteralValues.NOT_LITERAL) {
            unevaluated.put(p.name(), text);
        } else if (value != null && !(value instanceof List<?>) && isCollection(p)) {
            args.put(p.name(), List.of(value)); // PowerShell binds one value to a [string[]] or List[string] as a list
        } else {
            args.put(p.name(), value);
        }
    }

    /**
     * PowerShell's error when a literal cannot become the parameter's type (a boolean or number for a
     * {@code [guid]}, text that is not a date for a {@code [DateTime]}), or null.
     */
    private static String transformation(ParameterHelp p, Object value) {
        String type = null;
        String error = "";
        if (isGuid(p) && (value instanceof Boolean || value instanceof Number)) {
            type = "System.Guid";
        } else if (isDate(p) && value instanceof String text && !dev.entrals.graph.ArgumentDates.isDate(text)) {
            type = "System.DateTime";
            error = " Error: \"String '" + text + "' was not recognized as a valid DateTime.\"";
        }
        return type == null ? null : "Cannot process argument transformation on parameter '" + p.name()
                + "'. Cannot convert value \"" + (value instanceof Boolean t ? (t ? "True" : "False") : value)
                + "\" to type \"" + type + "\"." + error;
    }

    private static boolean isDate(ParameterHelp p) {
        String t = p.type() == null ? "" : p.type().replace("System.", "").replace("Nullable`1[", "").replace("]", "");
        return t.equalsIgnoreCase("DateTime");
    }

    private static boolean isGuid(ParameterHelp p) {
        return p.type() != null && (p.type().equalsIgnoreCase("guid") || p.type().equalsIgnoreCase("System.Guid"));
    }

    /** Whether the parameter's type is an array or a generic list ({@code string[]}, {@code List`1[System.String]}). */
    static boolean isCollection(ParameterHelp p) {
        String t = p.type() == null ? "" : p.type().replace(" ", "");
        return t.endsWith("[]") || t.contains("List`1[") || t.startsWith("List[") || t.contains(".List[");
    }

    private ParameterHelp resolve(CmdletHelp help, String name, List<String> problems) {
        String typed = name.startsWith("-") ? name.substring(1) : name;
        ParameterMatch m = binder.index().resolveParameter(help, typed);
        Optional<ParameterHelp> p = m.bound();
        if (p.isEmpty()) {
            problems.add("The supplied argument '" + typed + "' matches no parameter of " + help.name() + ".");
            return null;
        }
        return p.get();
    }

    private static boolean isShouldProcess(String typed) {
        return typed.equalsIgnoreCase("WhatIf") || typed.equalsIgnoreCase("wi") || typed.equalsIgnoreCase("Confirm")
                || typed.equalsIgnoreCase("cf");
    }

    /** Lower-case key for parameter names. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
