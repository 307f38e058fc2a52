package dev.entrals.script;

import java.util.List;

/** Finds which element of an invocation an offset falls in. */
final class CommandContexts {

    private CommandContexts() {
    }

    static CommandContext locate(CommandInvocation c, int offset) {
        if (offset >= c.start() && offset <= c.nameEnd()) {
            return new CommandContext(c, CommandContext.Element.NAME, null, null, -1, null);
        }
        for (CommandParameter p : c.parameters()) {
            if (p.touches(offset)) {
                return new CommandContext(c, CommandContext.Element.PARAMETER, p, null, -1, null);
            }
            if (p.argument() != null && p.argument().touches(offset)) {
                return new CommandContext(c, CommandContext.Element.ARGUMENT, p, p.argument(), -1, null);
            }
        }
        List<CommandArgument> positional = c.positional();
        for (int i = 0; i < positional.size(); i++) {
            if (positional.get(i).touches(offset)) {
                return new CommandContext(c, CommandContext.Element.ARGUMENT, null, positional.get(i), i, null);
            }
        }
        for (Splat s : c.splats()) {
            if (s.touches(offset)) {
                return new CommandContext(c, CommandContext.Element.SPLAT, null, null, -1, s);
            }
        }
        return new CommandContext(c, CommandContext.Element.BLANK, pendingParameter(c, offset), null, -1, null);
    }

    /** The parameter without argument that is the last element before {@code offset}, if any. */
    private static CommandParameter pendingParameter(CommandInvocation c, int offset) {
        int lastEnd = c.nameEnd();
        CommandParameter last = null;
        for (CommandParameter p : c.parameters()) {
            if (p.end() <= offset && p.end() >= lastEnd) {
                lastEnd = p.argument() != null ? p.argument().end() : p.end();
                last = p.argument() == null && lastEnd <= offset ? p : null;
            }
        }
        for (CommandArgument a : c.positional()) {
            if (a.end() <= offset && a.end() > lastEnd) {
                return null;
            }
        }
        for (Splat s : c.splats()) {
            if (s.end() <= offset && s.end() > lastEnd) {
                return null;
            }
        }
        return last;
    }
}
