package dev.entrals.graph;

import dev.entrals.graph.RequestEntry.SetRequest;
import dev.entrals.graph.RequestPlanner.Unsupported;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The parameters of a set without which the module asks a person at its console or takes a value an earlier command
 * left in its session ({@link SetRequest#NEEDED}), not given: a run asks for them instead, in the notes' order, one
 * parameter by its name and alternatives ({@code -P or -Q}, which the module asks for until one has items) as one of
 * them (section {@code state} of {@code execution.md}).
 */
final class NeededArguments {

    private NeededArguments() {
    }

    /** What the call lacks that the module would ask for, or null when nothing is missing. */
    static Unsupported asked(RequestEntry entry, SetRequest set, Map<String, Object> args) {
        Unsupported asks = null;
        for (String note : set.notes()) {
            Matcher needed = ConsoleAnswers.NEEDED.matcher(note);
            if (!needed.matches()) {
                continue;
            }
            List<String> names = Arrays.asList(needed.group(1).split(" or -"));
            if (names.stream().anyMatch(a -> BundledRequestPlanner.present(args, a))) {
                continue; // -P or -Q: one of them is enough
            }
            String why = entry.command() + " needs -" + needed.group(1) + " for a run here: without it the module "
                    + needed.group(2) + " (" + entry.source() + ").";
            Unsupported first = asks == null ? new Unsupported(why) : asks;
            asks = names.size() > 1 ? first.askingOneOf(names) : first.asking(names.get(0));
        }
        return asks;
    }
}
