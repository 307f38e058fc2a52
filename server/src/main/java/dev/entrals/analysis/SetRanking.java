package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.entrals.docs.ParameterHelp;
import dev.entrals.script.CommandArgument;

/** Answers for signature help over a {@link Binding}: the best-matching sets and the parameter under the cursor. */
final class SetRanking {

    private SetRanking() {
    }

    static List<String> best(Binding b) {
        ParameterSets sets = b.sets();
        List<String> pool;
        if (!b.candidateSets().isEmpty()) {
            pool = b.candidateSets();
        } else {
            List<ParameterHelp> bound = b.boundParameters();
            int max = -1;
            pool = new ArrayList<>();
            for (String set : sets.names()) {
                int score = (int) bound.stream().filter(p -> sets.inSet(p, set)).count();
                if (score > max) {
                    max = score;
                    pool.clear();
                }
                if (score == max) {
                    pool.add(set);
                }
            }
        }
        List<String> out = new ArrayList<>(pool.size());
        b.boundSet().filter(pool::contains).ifPresent(out::add);
        sets.defaultSet().filter(pool::contains).filter(d -> !out.contains(d)).ifPresent(out::add);
        pool.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    static Optional<ParameterHelp> parameterAt(Binding b, int offset) {
        for (Binding.Named n : b.named()) {
            CommandArgument arg = n.element().argument();
            if (n.element().touches(offset) || arg != null && arg.touches(offset)) {
                return Optional.ofNullable(n.parameter());
            }
        }
        for (Binding.Positional p : b.positional()) {
            if (p.argument().touches(offset)) {
                return Optional.ofNullable(p.parameter() != null ? p.parameter()
                        : p.candidates().isEmpty() ? null : p.candidates().get(0));
            }
        }
        Binding.Named pending = pending(b, offset);
        if (pending != null) {
            return Optional.ofNullable(pending.parameter());
        }
        return nextPositional(b, offset);
    }

    /** The named element right before {@code offset} that still waits for its argument (not a switch). */
    private static Binding.Named pending(Binding b, int offset) {
        Binding.Named last = null;
        int lastEnd = -1;
        for (Binding.Named n : b.named()) {
            int end = n.element().argument() != null ? n.element().argument().end() : n.element().end();
            if (end <= offset && end > lastEnd) {
                lastEnd = end;
                last = n;
            }
        }
        if (last == null || last.element().argument() != null
                || last.parameter() != null && last.parameter().isSwitch()) {
            return null;
        }
        for (Binding.Positional p : b.positional()) {
            if (p.argument().end() <= offset && p.argument().start() >= lastEnd) {
                return null;
            }
        }
        return last;
    }

    private static Optional<ParameterHelp> nextPositional(Binding b, int offset) {
        List<String> best = best(b);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int before = (int) b.positional().stream().filter(p -> p.argument().end() <= offset).count();
        List<ParameterHelp> queue = new ArrayList<>(b.sets().positional(best.get(0)));
        for (Binding.Named n : b.named()) {
            if (n.parameter() != null) {
                queue.removeIf(p -> p.name().equalsIgnoreCase(n.parameter().name()));
            }
        }
        for (ParameterHelp s : b.splatted()) {
            queue.removeIf(p -> p.name().equalsIgnoreCase(s.name()));
        }
        return before < queue.size() ? Optional.of(queue.get(before)) : Optional.empty();
    }
}
