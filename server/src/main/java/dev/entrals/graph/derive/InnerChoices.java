package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What decides, in a function that sends its requests from functions it defines inside itself ({@link OwnFunctions}),
 * which request is sent and whether the run goes on, said with {@code file:line}: the {@code if}/{@code else}
 * blocks a request of a defined function sits in, the {@code return}s before it in that function, the messages the
 * code stops with ({@code throw "…"}, {@code Write-Error "…" -ErrorAction Stop}) or ends with
 * ({@code Write-Warning "…"} then {@code return}) and under what, and a defined function's {@code [switch]} passed
 * a value after a space ({@code -Additive $x}), which PowerShell binds as the switch set and the value as another
 * argument. Text only: nothing here is a request.
 */
final class InnerChoices {

    private static final Pattern ELSE = Pattern.compile("(?i)}\\s*else\\s*\\{");
    private static final Pattern CATCH = Pattern.compile("(?i)\\bcatch\\s*\\{");
    private static final Pattern RETURN = Pattern.compile("(?i)(?<![\\w-])return\\b");
    private static final Pattern STOP = Pattern.compile("(?i)(?<![\\w-])(?:throw\\s+\"([^\"\\n]*)\""
            + "|Write-Error\\s+(?:-Message\\s+)?\"([^\"\\n]*)\"[^\\n]*-ErrorAction\\s+Stop\\b"
            + "|Write-Warning\\s+\"([^\"\\n]*)\"\\s*\\r?\\n\\s*return\\b)");
    private static final Pattern SWITCH = Pattern.compile("(?i)\\[switch]\\s*\\$(\\w+)");

    private InnerChoices() {
    }

    /**
     * The blocks around offset {@code at} of {@code body} (at {@code base} in the function's text) and the returns
     * before it on other lines (it is sent only when none of them ran): {@code " when -not $sp (f:59)"},
     * {@code " after the returns at f:95, f:123"}; empty when neither.
     */
    static String around(FunctionCode fn, String body, int base, int at) {
        List<String> in = blocks(fn, body, base, at);
        List<String> returns = new ArrayList<>();
        Matcher r = RETURN.matcher(body);
        int line = PsText.lineOf(body, at);
        while (r.find() && r.start() < at) {
            if (PsText.lineOf(body, r.start()) != line) {
                returns.add(fn.source(base + r.start()));
            }
        }
        return (in.isEmpty() ? "" : " when " + String.join(" and ", in))
                + (returns.isEmpty() ? "" : " after the returns at " + String.join(", ", returns));
    }

    /** One block around a place: where its inside starts, and what it is under as the reason says it. */
    private record Block(int start, String said) {
    }

    /** The conditions of the {@code if}, {@code else} and {@code catch} blocks around {@code at}, outermost first. */
    private static List<String> blocks(FunctionCode fn, String body, int base, int at) {
        List<Block> around = new ArrayList<>();
        List<PsText.IfBlock> ifs = PsText.ifBlocks(body);
        for (PsText.IfBlock b : ifs) {
            if (b.start() <= at && at < b.start() + b.body().length()) {
                around.add(new Block(b.start(), shown(b.condition()) + " (" + fn.source(base + b.start() - 1) + ")"));
            }
        }
        Matcher e = ELSE.matcher(body);
        while (e.find()) {
            if (e.end() <= at && at < PsText.close(body, e.end() - 1)) {
                String of = ifs.stream().filter(b -> b.start() + b.body().length() == e.start()) // its if's "}"
                        .map(b -> shown(b.condition())).findFirst().orElse("the if before it");
                around.add(new Block(e.end(), "not " + of + " (" + fn.source(base + e.start()) + ")"));
            }
        }
        Matcher c = CATCH.matcher(body);
        while (c.find()) {
            if (c.end() <= at && at < PsText.close(body, c.end() - 1)) {
                around.add(new Block(c.end(), "the try before it fails (" + fn.source(base + c.start()) + ")"));
            }
        }
        around.sort(java.util.Comparator.comparingInt(Block::start));
        return around.stream().map(Block::said).toList();
    }

    private static String shown(String condition) {
        return condition.trim().replaceAll("\\s+", " ");
    }

    /**
     * The messages the function's code stops with, or ends with before any write, each with its line and what
     * it is under: {@code stops with "…" at f:210 when $invalidScopes (f:208)}.
     */
    static List<String> stops(FunctionCode fn) {
        int start = fn.signature().start();
        String body = fn.text().substring(start, Math.min(fn.text().length(), fn.signature().end()));
        List<String> out = new ArrayList<>();
        Matcher s = STOP.matcher(body);
        while (s.find()) {
            String warned = s.group(3);
            String message = warned != null ? warned : s.group(1) != null ? s.group(1) : s.group(2);
            List<String> in = blocks(fn, body, start, s.start());
            out.add((warned != null ? "ends with the warning \"" : "stops with \"") + message + "\" at "
                    + fn.source(start + s.start()) + (in.isEmpty() ? "" : " when " + String.join(" and ", in)));
        }
        return out;
    }

    /**
     * Each call of a function defined in {@code body} that passes one of its {@code [switch]} parameters a value
     * after a space ({@code Set-ExactScopes … -Additive $additiveMode}), said with both lines.
     */
    static List<String> switchValues(FunctionCode fn, String body, int base, String name, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher sw = SWITCH.matcher(body.substring(from, to));
        while (sw.find()) {
            String declared = fn.source(base + from + sw.start());
            Matcher call = Pattern.compile("(?i)(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])([^\\n]*)")
                    .matcher(body);
            while (call.find()) {
                Matcher passed = Pattern.compile("(?i)-" + Pattern.quote(sw.group(1)) + "\\s+(\\$\\w+)")
                        .matcher(call.group(1));
                if (passed.find()) {
                    out.add("it passes -" + sw.group(1) + " " + passed.group(1) + " to " + name + " ("
                            + fn.source(base + call.start()) + "), whose -" + sw.group(1) + " is a [switch] ("
                            + declared + "): PowerShell sets a switch by its name alone and binds the value after it"
                            + " as another argument, so -" + sw.group(1) + " is set whatever " + passed.group(1)
                            + " holds");
                }
            }
        }
        return out;
    }
}
