package dev.entrals.execution;

import dev.entrals.graph.ModuleVariables;
import dev.entrals.session.EntraContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module session state of one server session (an editor's; a CLI run's process, which ends with its run, as a
 * PowerShell session would): the values the modules' code keeps in {@code $script:}/{@code $global:} variables after a
 * cmdlet's request ({@link ModuleVariables#keeps()}), remembered after a run that succeeded, and taken where a later
 * cmdlet's code reads the variable because a parameter is not given ({@link ModuleVariables#reads()}), instead of
 * asking for it. A {@code $script:} variable belongs to its sub-module, a {@code $global:} one to the session. A value
 * whose name says it is a secret is never kept (the table keeps none either). Signing out, or a session of another
 * account, tenant, application or cloud, clears it ({@link #sessionChanged}).
 */
public final class ModuleState {


    /** A remembered value: the value, the cmdlet whose run kept it, the variable. */
    record Value(String value, String command, String variable) {
    }

    private final Map<String, Value> values = new ConcurrentHashMap<>();
    private volatile String identity;

    /**
     * The session changed (null: signed out): the values kept under another account, tenant, application or cloud are
     * forgotten, as a new PowerShell session would not have them.
     */
    public synchronized void sessionChanged(EntraContext context) {
        String now = context == null ? null : String.join("|", Objects.toString(context.tenantId(), ""),
                Objects.toString(context.account(), ""), Objects.toString(context.clientId(), ""),
                Objects.toString(context.environment(), ""));
        if (now == null || !now.equals(identity)) {
            values.clear();
        }
        identity = now;
    }

    /** How many values are remembered (tests, logs). */
    public int size() {
        return values.size();
    }

    /**
     * The values this session remembers for {@code names} (parameters, or values asked for by name) that the
     * cmdlet's code reads from its session in {@code set}, by name; each taken is said in {@code notes}.
     */
    Map<String, Object> taken(ModuleVariables vars, String set, List<String> names, List<String> notes) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (vars == null) {
            return out;
        }
        for (String name : names) {
            for (ModuleVariables.Read r : vars.reads()) {
                Value v = r.name().equalsIgnoreCase(name) && r.readIn(set) ? values.get(vars.key(r.variable())) : null;
                if (v != null && !out.containsKey(r.name())) {
                    out.put(r.name(), v.value());
                    notes.add(r.name() + " '" + v.value() + "': from the earlier run of " + v.command() + " ($"
                            + r.variable() + ", which the module reads when it is not given, " + r.source() + ")");
                }
            }
        }
        return out;
    }

    /**
     * After a run of {@code command} that succeeded: remembers what its code keeps, from its reply's one object or
     * from its arguments; each kept is said in {@code notes}.
     */
    void keep(ModuleVariables vars, String command, Map<String, Object> arguments, PlanRunner.Collected got,
              List<String> notes) {
        if (vars == null) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (ModuleVariables.Kept k : vars.keeps()) {
            Object v = k.param() != null ? find(arguments, k.param())
                    : got.single() && got.objects().size() == 1 ? find(got.objects().get(0), k.property()) : null;
            if (v instanceof String || v instanceof Number) {
                if (ModuleVariables.secret(k.variable())) {
                    continue;
                }
                values.put(vars.key(k.variable()), new Value(v.toString(), command, k.variable()));
                kept.add("$" + k.variable() + " = '" + v + "'");
            }
        }
        if (!kept.isEmpty()) {
            notes.add("Kept for later runs in this session, as the module keeps it: " + String.join(", ", kept));
        }
    }

    private static Object find(Map<String, Object> map, String name) {
        return map.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
