package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;

/**
 * The permissions side of one script: its {@code Connect-Entra} commands (with their literal {@code -Scopes}, or
 * unknown ones: splatted, computed, or none given, as app-only sign-ins do) and its calls of Entra cmdlets with the
 * permissions each needs ({@link ScopeFacts}). Calls of the script's own functions are left out.
 */
public final class ScriptScopes {

    /** One {@code Connect-Entra}: {@code scopes} are its literal {@code -Scopes}, or null when not known statically. */
    public record Connection(CommandInvocation command, List<String> scopes) {
        /** Whether the scopes it asks for are written as literals. */
        public boolean literal() {
            return scopes != null;
        }
    }

    /** One call of an Entra cmdlet and the permissions it needs. */
    public record Call(CommandInvocation command, ScopeNeeds needs) {
    }

    private final List<Connection> connections;
    private final List<Call> calls;

    private ScriptScopes(List<Connection> connections, List<Call> calls) {
        this.connections = List.copyOf(connections);
        this.calls = List.copyOf(calls);
    }

    /** The connections and Entra calls of {@code doc}, in text order. */
    public static ScriptScopes of(ScriptDocument doc, ScopeFacts facts) {
        Set<String> functions = new java.util.HashSet<>();
        doc.functions().forEach(f -> {
            if (f.name() != null) {
                functions.add(f.name().toLowerCase(Locale.ROOT));
            }
        });
        List<Connection> connections = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        for (CommandInvocation c : doc.commands()) {
            String name = c.name();
            if (name == null || name.isBlank()) {
                continue;
            }
            int slash = name.lastIndexOf('\\');
            String bare = slash >= 0 ? name.substring(slash + 1) : name;
            if (functions.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (bare.equalsIgnoreCase("Connect-Entra")) {
                connections.add(new Connection(c, ScopeGenerator.literalScopes(c)));
            } else {
                facts.forCommand(bare).filter(n -> !n.local()).ifPresent(n -> calls.add(new Call(c, n)));
            }
        }
        connections.sort(java.util.Comparator.comparingInt(x -> x.command().start()));
        calls.sort(java.util.Comparator.comparingInt(x -> x.command().start()));
        return new ScriptScopes(connections, calls);
    }

    /** The script's {@code Connect-Entra} commands, in text order. */
    public List<Connection> connections() {
        return connections;
    }

    /** The script's calls of Entra cmdlets (those that send a Graph request), in text order. */
    public List<Call> calls() {
        return calls;
    }

    /** The calls with no known permission (of the kind). */
    public List<Call> unknown(boolean delegated) {
        return calls.stream().filter(c -> c.needs().of(delegated).isEmpty()).toList();
    }

    /** The least set of permissions (of the kind) that covers every call with a known one. */
    public List<String> leastSet(boolean delegated) {
        return ScopeCover.missing(calls.stream().map(Call::needs).toList(), Set.of(), delegated);
    }

    /** The {@code Connect-Entra} commands before {@code offset}. */
    public List<Connection> before(int offset) {
        return connections.stream().filter(c -> c.command().end() <= offset).toList();
    }

    /**
     * The delegated permissions the literal {@code Connect-Entra} commands before {@code offset} grant together, or
     * null when nothing is known: no connection before it, or one whose scopes are not literal (splatted, computed,
     * or an app-only sign-in, which uses the app's configured permissions).
     */
    public Set<String> grantedBefore(int offset) {
        List<Connection> before = before(offset);
        if (before.isEmpty() || before.stream().anyMatch(c -> !c.literal())) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        before.forEach(c -> out.addAll(c.scopes()));
        return out;
    }

    /**
     * What each {@code Connect-Entra} and the literal ones before it grant together ({@link ScopeCover#granted}, in
     * text order), for the connections whose scopes and all earlier ones' are literal. One sweep: a script of many
     * connections costs no more than one union per connection.
     */
    public Map<Connection, Set<String>> grantedThrough() {
        Map<Connection, Set<String>> out = new java.util.IdentityHashMap<>();
        Set<String> running = new LinkedHashSet<>();
        for (Connection c : connections) {
            if (!c.literal()) {
                break;
            }
            int before = running.size();
            running.addAll(ScopeCover.granted(c.scopes()));
            out.put(c, before == running.size() && !out.isEmpty() ? out.get(connections.get(out.size() - 1))
                    : Set.copyOf(running));
        }
        return out;
    }

    /**
     * The calls that no earlier literal {@code Connect-Entra} covers, each with the connection a fix adds to (the
     * nearest earlier one). One sweep over calls and connections, both in text order; what the connections passed so
     * far grant grows by each one's permissions (not recomputed from all of them: a script of 500 connections made
     * that quadratic), and the cached answers per cmdlet are dropped only when it grew.
     */
    public Map<Call, Connection> uncovered() {
        Map<Call, Connection> out = new LinkedHashMap<>();
        int next = 0;
        Set<String> granted = null; // what the connections passed so far grant (expanded), null: nothing known
        boolean unknown = false;
        Connection nearest = null;
        Set<String> literal = new LinkedHashSet<>();
        Map<ScopeNeeds, Boolean> allowed = new java.util.IdentityHashMap<>();
        for (Call c : calls) {
            boolean grew = false;
            boolean moved = false;
            while (next < connections.size() && connections.get(next).command().end() <= c.command().start()) {
                nearest = connections.get(next++);
                unknown |= !nearest.literal();
                if (nearest.literal()) {
                    grew |= literal.addAll(ScopeCover.granted(nearest.scopes()));
                }
                moved = true;
            }
            if (moved) {
                granted = unknown ? null : literal;
                if (grew || unknown) {
                    allowed.clear();
                }
            }
            if (granted == null || c.needs().delegated().isEmpty()) {
                continue;
            }
            Set<String> g = granted;
            if (!allowed.computeIfAbsent(c.needs(), n -> n.allowedBy(g, true))) {
                out.put(c, nearest);
            }
        }
        return out;
    }
}
