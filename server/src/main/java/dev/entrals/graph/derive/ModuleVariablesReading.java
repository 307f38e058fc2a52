package dev.entrals.graph.derive;

import dev.entrals.graph.ModuleVariables;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module session state a function keeps and reads ({@link ModuleVariables}; section {@code state} of
 * {@code execution.md}). Kept: each statement {@code $script:X = $r.p} or {@code $global:X = $r.p} where {@code $r} is
 * the variable the entry's request's reply is assigned to (the statement at the entry's source line, {@code $r =
 * Invoke-MgGraphRequest …}), also through a local set once from it ({@code $id = $r.id; $script:X = $id}), and
 * {@code $script:X = $P} for a parameter {@code P} the code does not assign otherwise. Any other assignment (the whole
 * reply, a value of another request's reply, a computed value) and any whose variable, property or parameter names a
 * secret (secret, password, credential, token) is not kept, and the sets say so in a note. Read: the variable a
 * block run only without a parameter takes ({@link MissingArguments}), and a {@code $script:} variable the code
 * reads and never sets, asked for by its name ({@link SetRequest#SESSION_VALUE}).
 */
final class ModuleVariablesReading {

    private static final Pattern ASSIGN = Pattern.compile("(?im)^[ \\t]*\\$((?:script|global):\\w+)\\s*=\\s*(.*?)"
            + "\\s*;?[ \\t]*$");
    private static final Pattern PROPERTY = Pattern.compile("\\$(\\w+)\\.(\\w+)");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    /** How a {@link SetRequest#SESSION_VALUE} note goes on after the name, to its place. */
    private static final String SESSION_VALUE = SetRequest.SESSION_VALUE.substring(2,
            SetRequest.SESSION_VALUE.indexOf("(at ") + 4);
    /** The note of the variables the module keeps that a run does not. */
    static final String NOT_KEPT = "the module keeps %s (%s) in the PowerShell session for its later commands; a run"
            + " here does not keep %s: not a value of the request's reply or an argument, or a secret";

    private ModuleVariablesReading() {
    }

    /** The entry with the variables its code keeps and reads, and the sets noting the ones not kept. */
    static RequestEntry mark(RequestEntry e, FunctionCode code) {
        if (e == null || e.sets().stream().noneMatch(s -> s.method() != null)) {
            return e;
        }
        String text = code.text().substring(code.signature().start(), Math.min(code.text().length(),
                code.signature().end()));
        int base = code.signature().start();
        String reply = replyVariable(code, e.source());
        MissingArguments.Reading missing = MissingArguments.read(code); // given the argument, its blocks do not run
        String given = missing.text().substring(code.signature().start(), Math.min(missing.text().length(),
                code.signature().end()));
        List<ModuleVariables.Kept> keeps = new ArrayList<>();
        List<String> notKept = new ArrayList<>();
        List<String> notKeptAt = new ArrayList<>();
        Matcher a = ASSIGN.matcher(text);
        while (a.find()) {
            ModuleVariables.Kept k = kept(a.group(1), a.group(2), reply, given, code, code.source(base + a.start()));
            if (k != null) {
                keeps.add(k);
            } else if (!notKept.contains("$" + a.group(1))) {
                notKept.add("$" + a.group(1));
                notKeptAt.add(code.source(base + a.start()));
            }
        }
        List<ModuleVariables.Read> reads = reads(e, code, missing);
        if (keeps.isEmpty() && reads.isEmpty() && notKept.isEmpty()) {
            return e;
        }
        RequestEntry marked = e;
        if (!notKept.isEmpty()) {
            String note = String.format(NOT_KEPT, String.join(", ", notKept), String.join(", ", notKeptAt),
                    notKept.size() == 1 ? "it" : "them");
            marked = new RequestEntry(e.command(), e.module(), e.source(), e.via(), e.sets().stream().map(s ->
                    s.method() == null ? s : s.withNotes(java.util.stream.Stream.concat(s.notes().stream(),
                            java.util.stream.Stream.of(note)).toList())).toList(), e.reason(), e.columns(), e.values());
        }
        String scope = code.file().substring(0, Math.max(0, code.file().lastIndexOf('/'))); // the sub-module
        return marked.withVariables(new ModuleVariables(scope, keeps, reads));
    }

    /** What one assignment keeps, or null when a run does not keep it. */
    private static ModuleVariables.Kept kept(String variable, String value, String reply, String text,
                                             FunctionCode code, String at) {
        if (ModuleVariables.secret(variable) || ModuleVariables.secret(value)) {
            return null;
        }
        Matcher p = PROPERTY.matcher(value);
        if (p.matches() && p.group(1).equalsIgnoreCase(reply)) {
            return new ModuleVariables.Kept(variable, p.group(2), null, at);
        }
        Matcher v = VARIABLE.matcher(value);
        if (!v.matches() || v.group(1).equalsIgnoreCase(reply)) {
            return null; // computed, or the whole reply
        }
        List<String> set = assignmentsTo(v.group(1)).matcher(text).results().map(m -> m.group(1)).toList();
        if (code.parameter(v.group(1)).isPresent()) {
            return set.isEmpty() ? new ModuleVariables.Kept(variable, null, code.canonical(v.group(1)), at) : null;
        }
        Matcher from = set.size() == 1 ? PROPERTY.matcher(set.get(0)) : null;
        return from != null && from.matches() && from.group(1).equalsIgnoreCase(reply)
                ? new ModuleVariables.Kept(variable, from.group(2), null, at) : null;
    }

    /** Every value assigned to the local or parameter {@code name} ({@code $name = …}, not {@code ==}). */
    private static Pattern assignmentsTo(String name) {
        return Pattern.compile("(?im)^[ \\t]*\\$" + Pattern.quote(name) + "\\s*=(?!=)\\s*(.*?)\\s*;?[ \\t]*$");
    }

    /** The variable the request's reply is assigned to at the entry's source line ({@code $r = Invoke-…}), or null. */
    private static String replyVariable(FunctionCode code, String source) {
        int colon = source == null ? -1 : source.lastIndexOf(':');
        if (colon < 0 || !source.substring(0, colon).equals(code.file())) {
            return null;
        }
        int line = Integer.parseInt(source.substring(colon + 1));
        String[] lines = code.text().split("\n", -1);
        Matcher m = Pattern.compile("^\\s*\\$(\\w+)\\s*=(?!=)").matcher(line <= lines.length ? lines[line - 1] : "");
        return m.find() ? m.group(1) : null;
    }

    /** The variables the code reads for a value not given. */
    private static List<ModuleVariables.Read> reads(RequestEntry e, FunctionCode code,
                                                    MissingArguments.Reading missing) {
        List<ModuleVariables.Read> out = new ArrayList<>();
        List<String> planned = e.sets().stream().filter(s -> s.method() != null).map(SetRequest::set).toList();
        for (MissingArguments.Need n : missing.needs()) {
            if (n.state() == null || n.param().contains(" ")) {
                continue;
            }
            List<String> sets = planned.stream().filter(s -> code.inSet(n.param(), s)).toList();
            out.add(new ModuleVariables.Read(n.param(), n.state(), sets.size() == planned.size() ? List.of() : sets,
                    n.stateSource()));
        }
        for (SetRequest s : e.sets()) {
            for (String note : s.notes()) {
                int at = note.indexOf(SESSION_VALUE);
                String name = at > 0 ? note.substring(0, at) : "";
                if (name.matches("\\w+") && out.stream().noneMatch(r -> r.name().equalsIgnoreCase(name))) {
                    int end = note.indexOf(')', at);
                    out.add(new ModuleVariables.Read(name, "script:" + name, List.of(), note.substring(at
                            + SESSION_VALUE.length(), end < 0 ? note.length() : end)));
                }
            }
        }
        return out;
    }
}
