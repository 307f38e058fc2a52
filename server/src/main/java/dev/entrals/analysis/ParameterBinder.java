package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterMatch;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.Splat;

/**
 * Binds command invocations to a cmdlet's documented parameters as PowerShell does: names through
 * {@link HelpIndex#resolveParameter} (exact, alias, unambiguous prefix), switches without arguments, positional
 * arguments by position within the sets still possible, then the set that binds and what it still lacks. Thread-safe;
 * keep one per index (it caches each cmdlet's {@link ParameterSets}).
 */
public final class ParameterBinder {

    private final HelpIndex index;
    private final Map<CmdletHelp, Model> cache = Collections.synchronizedMap(new IdentityHashMap<>());

    /** What the binder keeps per cmdlet: its set model and the typed names resolved so far. */
    private record Model(ParameterSets sets, Map<String, ParameterMatch> matches) {
    }

    /** A binder over the cmdlets of {@code index}. */
    public ParameterBinder(HelpIndex index) {
        this.index = index;
    }

    /** The index this binder looks cmdlets up in. */
    public HelpIndex index() {
        return index;
    }

    /** The binding of {@code command} to the cmdlet its name (or alias) finds; empty for a computed or unknown name. */
    public Optional<Binding> bind(CommandInvocation command) {
        if (command.name() == null || command.name().isEmpty()) {
            return Optional.empty();
        }
        return index.find(command.name()).filter(CmdletHelp::hasHelp).map(help -> bind(command, help, false));
    }

    /** The binding of {@code command} to {@code cmdlet}, with no pipeline input. */
    public Binding bind(CommandInvocation command, CmdletHelp cmdlet) {
        return bind(command, cmdlet, false);
    }

    /**
     * The binding of {@code command} to {@code cmdlet}; with {@code pipelineInput}, parameters that take pipeline
     * input are not reported missing (see {@link #receivesPipelineInput}).
     */
    public Binding bind(CommandInvocation command, CmdletHelp cmdlet, boolean pipelineInput) {
        Model model = model(cmdlet);
        ParameterSets sets = model.sets();
        Map<String, ParameterMatch> matches = model.matches();
        CommandInvocation c = command.withSwitches(n -> {
            ParameterHelp p = matched(resolve(cmdlet, n, matches));
            return p != null && p.isSwitch();
        });
        Set<String> bound = new HashSet<>();
        List<Binding.Named> named = new ArrayList<>(c.parameters().size());
        for (CommandParameter p : c.parameters()) {
            ParameterMatch m = resolve(cmdlet, p.name(), matches);
            ParameterHelp h = matched(m);
            Binding.Outcome outcome = h == null
                    ? (m instanceof ParameterMatch.Ambiguous ? Binding.Outcome.AMBIGUOUS : Binding.Outcome.UNKNOWN)
                    : bound.add(key(h)) ? Binding.Outcome.BOUND : Binding.Outcome.DUPLICATE;
            named.add(new Binding.Named(p, m, h, outcome));
        }
        List<ParameterHelp> splatted = new ArrayList<>();
        boolean complete = true;
        for (Splat s : c.splats()) {
            complete &= s.variable() == null && s.keysComplete();
            for (String k : s.keys()) {
                ParameterHelp h = matched(resolve(cmdlet, k, matches));
                if (h != null && bound.add(key(h))) {
                    splatted.add(h);
                }
            }
        }
        SetNarrowing narrowing = SetNarrowing.run(sets, named, splatted);
        Set<String> byName = new HashSet<>(bound);
        List<Binding.Positional> positional = bindPositional(c, sets, narrowing.possible, bound, narrowing);
        List<String> candidates = narrowing.conflicts.isEmpty() ? narrowing.possible : List.of();
        Optional<String> boundSet = decide(sets, candidates, bound, pipelineInput);
        if (boundSet.isPresent() && positional.stream().anyMatch(p -> !p.candidates().isEmpty())) {
            bound.clear();
            bound.addAll(byName);
            positional = bindPositional(c, sets, List.of(boundSet.get()), bound, null);
        }
        List<ParameterHelp> missing = boundSet.map(s -> sets.mandatory(s).stream()
                .filter(p -> !bound.contains(key(p)) && !(pipelineInput && takesPipelineInput(p))).toList())
                .orElse(List.of());
        List<Binding.InvalidValue> invalid = AcceptedValues.check(named, positional);
        return new Binding(cmdlet, c, sets, named, positional, splatted, complete, pipelineInput, candidates,
                boundSet, missing, narrowing.conflicts, invalid, ValueChecks.check(named, positional));
    }

    /** The parameter-set model of {@code cmdlet} (cached). */
    public ParameterSets sets(CmdletHelp cmdlet) {
        return model(cmdlet).sets();
    }

    private Model model(CmdletHelp cmdlet) {
        return cache.computeIfAbsent(cmdlet, h -> new Model(ParameterSets.of(h, index.acceptedParameters(h)),
                new java.util.concurrent.ConcurrentHashMap<>()));
    }

    /**
     * Whether {@code command} (parsed from {@code text}) receives pipeline input: the nearest non-blank text before it
     * (line breaks and backtick continuations included) is a single {@code |}.
     */
    public static boolean receivesPipelineInput(String text, CommandInvocation command) {
        int i = Math.min(command.start(), text.length()) - 1;
        while (i >= 0) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '`') {
                i--;
            } else {
                break;
            }
        }
        return i >= 0 && text.charAt(i) == '|' && (i == 0 || text.charAt(i - 1) != '|');
    }

    /** Whether the docs say {@code parameter} accepts pipeline input (by value or by property name). */
    public static boolean takesPipelineInput(ParameterHelp parameter) {
        return parameter.pipelineInput() != null
                && parameter.pipelineInput().trim().toLowerCase(Locale.ROOT).startsWith("true");
    }

    /**
     * Binds positional arguments in order to the next unbound positional parameter of each set in {@code possible};
     * sets that cannot take an argument drop out (through {@code narrowing}, when given).
     */
    private static List<Binding.Positional> bindPositional(CommandInvocation c, ParameterSets sets,
                                                           List<String> possible, Set<String> bound,
                                                           SetNarrowing narrowing) {
        Map<String, List<ParameterHelp>> queues = new LinkedHashMap<>();
        for (String set : possible) {
            List<ParameterHelp> q = new ArrayList<>(sets.positional(set));
            q.removeIf(p -> bound.contains(key(p)));
            queues.put(set, q);
        }
        List<Binding.Positional> out = new ArrayList<>(c.positional().size());
        for (int i = 0; i < c.positional().size(); i++) {
            CommandArgument arg = c.positional().get(i);
            List<String> takers = queues.keySet().stream().filter(s -> !queues.get(s).isEmpty()).toList();
            if (takers.isEmpty()) {
                out.add(new Binding.Positional(arg, i, null, List.of()));
                continue;
            }
            queues.keySet().retainAll(takers);
            if (narrowing != null) {
                narrowing.narrowTo(takers);
            }
            List<ParameterHelp> fronts = new ArrayList<>();
            for (List<ParameterHelp> q : queues.values()) {
                ParameterHelp p = q.remove(0);
                if (fronts.stream().noneMatch(f -> key(f).equals(key(p)))) {
                    fronts.add(p);
                }
            }
            if (fronts.size() == 1) {
                bound.add(key(fronts.get(0)));
                out.add(new Binding.Positional(arg, i, fronts.get(0), List.of()));
            } else {
                out.add(new Binding.Positional(arg, i, null, fronts));
            }
        }
        return out;
    }

    /**
     * The set that binds: the only candidate; else the default set if it is a candidate; else the only candidate
     * whose mandatory parameters are all bound; else none.
     */
    private static Optional<String> decide(ParameterSets sets, List<String> candidates, Set<String> bound,
                                           boolean pipelineInput) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        Optional<String> def = sets.defaultSet().filter(candidates::contains);
        if (def.isPresent() || candidates.isEmpty()) {
            return def;
        }
        List<String> satisfied = candidates.stream().filter(s -> sets.mandatory(s).stream()
                .allMatch(p -> bound.contains(key(p)) || pipelineInput && takesPipelineInput(p))).toList();
        return satisfied.size() == 1 ? Optional.of(satisfied.get(0)) : Optional.empty();
    }

    private ParameterMatch resolve(CmdletHelp cmdlet, String typed, Map<String, ParameterMatch> matches) {
        String key = typed.toLowerCase(Locale.ROOT);
        ParameterMatch m = matches.get(key);
        if (m == null) {
            m = index.resolveParameter(cmdlet, typed);
            if (matches.size() < 512) {
                matches.put(key, m);
            }
        }
        return m;
    }

    /** The parameter a match binds to, or null for an ambiguous or unknown name. */
    static ParameterHelp matched(ParameterMatch m) {
        return m.bound().orElse(null);
    }

    static String key(ParameterHelp p) {
        return p.name().toLowerCase(Locale.ROOT);
    }
}
