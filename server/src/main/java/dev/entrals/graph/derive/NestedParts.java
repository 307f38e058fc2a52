package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.BodyPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nested property the code sets in the body under a condition on the arguments ({@code if (-not
 * [string]::IsNullOrWhiteSpace($A) -or … -and ($Mode -ne 'none')) { $body.a.b.c = @{…} }}): a part at {@code a/b/c}
 * written only when the condition holds ({@link BodyPart#when()}, read by {@link Conditions}). Where the block first
 * stops the module on a further condition ({@code if ($A -eq '') { Write-Error "…"; break }}), the module sends
 * nothing then: the part also needs the guards not to hold, and the set's condition is the complement of the stops,
 * with a {@link SetRequest#SENDS_NOTHING} note quoting the module's message.
 */
final class NestedParts {

    /** A block that stops the module with its own message: {@code Write-Error "…"; break} (or return), {@code throw "…"}. */
    private static final Pattern STOP = Pattern.compile("(?is)^\\s*(?:Write-Error\\s+(?:-Message\\s+)?([\"'])(.*?)\\1"
            + "\\s*;?\\s*(?:break|return)|throw\\s+([\"'])(.*?)\\3)\\s*;?\\s*$");

    /** The parts, the code without their assignments, the set's condition and note (null: always), or why not. */
    record Read(List<BodyPart> parts, String rest, String when, String note, String problem) {
    }

    private NestedParts() {
    }

    /** The read of {@code $var.a.b… = …} under conditions, or null when the code sets no nested property. */
    static Read read(FunctionCode fn, String p, String var) {
        Matcher m = Pattern.compile("(?i)\\$" + Pattern.quote(var) + "((?:\\.\\w+){2,})\\s*=(?!=)\\s*").matcher(p);
        List<BodyPart> parts = new ArrayList<>();
        StringBuilder rest = new StringBuilder(p);
        Set<String> stops = new LinkedHashSet<>();
        List<String> said = new ArrayList<>();
        List<PsText.IfBlock> blocks = PsText.ifBlocks(p);
        boolean any = false;
        while (m.find()) {
            any = true;
            int end = m.end();
            String value = p.startsWith("@{", end) || p.startsWith("@(", end)
                    ? p.substring(end, PsText.close(p, end + 1)) : p.substring(end, lineEnd(p, end)).strip();
            String[] path = m.group(1).substring(1).split("\\.");
            PsText.IfBlock b = Assignments.innermost(blocks, m.start());
            String when = b == null ? null : Conditions.read(b.condition(), fn);
            if (b == null || when == null || !directlyIn(p, b, m.start())) {
                return new Read(List.of(), p, null, null, "sends a body property (" + String.join(".", path)
                        + ") it sets under a condition not read" + (b == null ? "" : " (" + b.condition().strip()
                        + ")"));
            }
            BodyPart part = BodyReading.entry(path[path.length - 1] + " = " + value,
                    new BodyShapes.Scope(fn, p, null, null));
            if (part == null) {
                return new Read(List.of(), p, null, null, "sends a body property (" + String.join(".", path)
                        + ") computed by code not read");
            }
            // the block's own stops before the assignment: if (g) { Write-Error "…"; break } elseif (…) …
            String held = when;
            for (PsText.IfBlock g : blocks) {
                if (g.start() <= b.start() || g.start() >= m.start()) {
                    continue;
                }
                Matcher guard = STOP.matcher(g.body());
                String stop = guard.matches() ? Conditions.read(g.condition(), fn) : null;
                if (stop == null) {
                    return new Read(List.of(), p, null, null, "sends a body property (" + String.join(".", path)
                            + ") after a condition not read (" + g.condition().strip() + ")");
                }
                String stopped = Conditions.and(held, stop);
                if (stopped != null) { // a stop that can happen here
                    stops.add(stopped);
                    said.add(Conditions.shown(stopped) + " (it writes \""
                            + (guard.group(2) != null ? guard.group(2) : guard.group(4)) + "\", "
                            + fn.source(fn.processOffset() + g.start()) + ")");
                }
                held = Conditions.and(held, Conditions.not(stop));
            }
            if (held == null) {
                return new Read(List.of(), p, null, null, "sends a body property (" + String.join(".", path)
                        + ") under conditions that never all hold; not read");
            }
            parts.add(new BodyPart(String.join("/", path), part.param(), part.template(), part.value(), held));
            for (int i = m.start(); i < end + value.length(); i++) {
                rest.setCharAt(i, rest.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        if (!any) {
            return null;
        }
        String sends = stops.isEmpty() ? null : Conditions.not(String.join("|", stops));
        if (!stops.isEmpty() && sends == null) {
            return new Read(List.of(), p, null, null, "stops before it sends, whatever the arguments; not read");
        }
        return new Read(parts, rest.toString(), sends, stops.isEmpty() ? null
                : SetRequest.SENDS_NOTHING + String.join(", or ", said), null);
    }

    private static int lineEnd(String p, int at) {
        int nl = p.indexOf('\n', at);
        return nl < 0 ? p.length() : nl;
    }

    /** Whether the offset is in the block's own code, not inside a block nested in it. */
    private static boolean directlyIn(String p, PsText.IfBlock b, int at) {
        return b.start() <= at && at <= b.start() + b.body().length();
    }
}
