package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a set of calls needs, for one kind of permission (delegated or application): the least set of permissions that
 * covers every call with a known one ({@link ScopeCover}), and for each call the alternative of that set that covers
 * it (empty when the call has no known permission of the kind).
 */
public record ScopeReport(boolean delegated, List<String> leastSet, List<CallNeed> calls) {

    /** One call: its cmdlet, its needs, and the permissions of the least set that allow it (empty: none known). */
    public record CallNeed(String command, ScopeNeeds needs, List<String> coveredBy) {
        /** Whether a permission of the report's kind is known for the call. */
        public boolean known() {
            return !coveredBy.isEmpty();
        }
    }

    public ScopeReport {
        leastSet = List.copyOf(leastSet);
        calls = List.copyOf(calls);
    }

    /** The report of {@code calls} (cmdlet name and needs, in order) for one kind. */
    public static ScopeReport of(List<ScriptScopes.Call> calls, boolean delegated) {
        List<ScopeNeeds> needs = calls.stream().map(ScriptScopes.Call::needs).toList();
        List<String> least = ScopeCover.missing(needs, Set.of(), delegated);
        List<CallNeed> out = new ArrayList<>();
        for (ScriptScopes.Call c : calls) {
            out.add(new CallNeed(c.command().name(), c.needs(),
                    ScopeCover.coveringGrant(c.needs(), Set.copyOf(least), delegated).orElse(List.of())));
        }
        return new ScopeReport(delegated, least, out);
    }

    /** The calls with no known permission of the report's kind. */
    public List<CallNeed> unknown() {
        return calls.stream().filter(c -> !c.known()).toList();
    }
}
