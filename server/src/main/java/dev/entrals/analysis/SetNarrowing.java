package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.entrals.docs.ParameterHelp;

/**
 * Narrows the possible parameter sets element by element, in source order; an element whose sets share none with
 * those still possible is a {@link Binding.Conflict} and leaves them as they were, so later elements are judged against
 * the consistent group before it. Splatted keys narrow too but never make a conflict.
 */
final class SetNarrowing {

    List<String> possible;
    final List<Binding.Conflict> conflicts = new ArrayList<>();

    private SetNarrowing(List<String> possible) {
        this.possible = possible;
    }

    static SetNarrowing run(ParameterSets sets, List<Binding.Named> named, List<ParameterHelp> splatted) {
        SetNarrowing n = new SetNarrowing(sets.names());
        List<Binding.Named> accepted = new ArrayList<>();
        for (Binding.Named element : named) {
            if (element.outcome() != Binding.Outcome.BOUND) {
                continue;
            }
            List<String> own = sets.setsOf(element.parameter());
            List<String> next = n.possible.stream().filter(own::contains).toList();
            if (next.isEmpty()) {
                n.conflicts.add(new Binding.Conflict(element, own, n.possible, culprits(sets, accepted, own)));
            } else {
                n.possible = next;
                accepted.add(element);
            }
        }
        for (ParameterHelp p : splatted) {
            List<String> own = sets.setsOf(p);
            List<String> next = n.possible.stream().filter(own::contains).toList();
            if (!next.isEmpty()) {
                n.possible = next;
            }
        }
        return n;
    }

    /** Narrows to {@code sets} (a subset of those possible). */
    void narrowTo(List<String> sets) {
        possible = possible.stream().filter(sets::contains).toList();
    }

    /** The earlier elements that share no set with {@code own}; else those that narrowed at all. */
    private static List<Binding.Named> culprits(ParameterSets sets, List<Binding.Named> earlier, List<String> own) {
        List<Binding.Named> disjoint = earlier.stream()
                .filter(e -> sets.setsOf(e.parameter()).stream().noneMatch(own::contains)).toList();
        if (!disjoint.isEmpty()) {
            return disjoint;
        }
        return earlier.stream().filter(e -> sets.setsOf(e.parameter()).size() < sets.names().size()).toList();
    }
}
