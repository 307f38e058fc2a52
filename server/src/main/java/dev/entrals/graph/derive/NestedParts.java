package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
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

    private static final Pattern ELSE = Pattern.compile("(?i)\\belse\\s*\\{");

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
            String branch = b == null ? null : branch(p, blocks, b, m.start());
            if (branch != null) { // the block's condition alone is not the part's
                return new Read(List.of(), p, null, null, "sends a body property (" + String.join(".", path)
                        + ") it sets " + branch + " (" + fn.source(fn.processOffset() + m.start()) + "); not read");
            }
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

    /**
     * Where the assignment at {@code at}, innermost in {@code b}, needs more than {@code b}'s condition: an
     * {@code elseif} branch (the branches before it must not hold), an {@code if} inside another, an {@code else}
     * branch; null when {@code b}'s condition is all.
     */
    private static String branch(String p, List<PsText.IfBlock> blocks, PsText.IfBlock b, int at) {
        if (b.elseIf()) {
            return "in an elseif branch (" + b.condition().strip() + ")";
        }
        for (PsText.IfBlock o : blocks) {
            if (o != b && o.start() <= at && at <= o.start() + o.body().length()) {
                return "in an if block (" + b.condition().strip() + ") inside another (" + o.condition().strip() + ")";
            }
        }
        Matcher e = ELSE.matcher(p);
        while (e.find() && e.start() < at) {
            if (at < PsText.close(p, e.end() - 1)) {
                return "in an else branch";
            }
        }
        return null;
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
