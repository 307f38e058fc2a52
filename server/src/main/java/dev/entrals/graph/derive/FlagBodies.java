package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body chosen by a flag the code sets when an argument is bound: {@code $flag = $false} … {@code if
 * ($PSBoundParameters.ContainsKey("P") -and $P) { …; $flag = $true }} … {@code $body = if ($flag) { @{ k = … } |
 * ConvertTo-Json } else { @{} | ConvertTo-Json }} (Update-EntraUserFromFederated.ps1:59-89): the hashtable's
 * entries, read in the flag's block (its locals, {@code $P} as the value), sent when P is given; {@code {}} when it is
 * not (a {@link BodyPart#MERGE} part without a parameter, which writes nothing but makes the body an object).
 * Inside the flag's branch, {@code if ($DebugPreference -ne 'SilentlyContinue') { … } else { … }} is the {@code else}
 * (the other branch only redacts the body for the debug output, which a run does not write).
 */
final class FlagBodies {

    private static final Pattern DEBUG = Pattern.compile("(?is)^if\\s*\\(\\s*\\$DebugPreference\\s+-ne\\s+"
            + "['\"]SilentlyContinue['\"]\\s*\\)\\s*\\{");
    private static final Pattern TO_JSON = Pattern.compile("(?is)^(@\\{.*})\\s*\\|\\s*ConvertTo-Json(?:\\s+-Depth\\s+\\d+)?$");

    private FlagBodies() {
    }

    /** The parts of such a body in {@code $var}, or null when the code is not of this form. */
    static List<BodyPart> read(FunctionCode fn, String p, String var) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + var + "\\s*=\\s*if\\s*\\(\\s*\\$(\\w+)\\s*\\)\\s*\\{").matcher(p);
        if (!m.find() || fn.parameter(m.group(1)).isPresent()
                || Assignments.innermost(PsText.ifBlocks(p), m.start()) != null) {
            return null;
        }
        String flag = m.group(1);
        int thenEnd = PsText.close(p, m.end() - 1);
        String then = p.substring(m.end(), thenEnd - 1).strip();
        Matcher otherwise = Pattern.compile("(?is)^\\s*else\\s*\\{").matcher(p.substring(thenEnd));
        if (!otherwise.find()) {
            return null;
        }
        int elseOpen = thenEnd + otherwise.end() - 1;
        String other = p.substring(elseOpen + 1, PsText.close(p, elseOpen) - 1).strip();
        Matcher empty = TO_JSON.matcher(other);
        if (!empty.matches() || !empty.group(1).replaceAll("\\s+", "").equals("@{}")) {
            return null; // a body sent when the argument is not given: not this form
        }
        PsText.IfBlock set = flagBlock(fn, p, flag);
        if (set == null) {
            return null;
        }
        Matcher debug = DEBUG.matcher(then);
        if (debug.find()) {
            int close = PsText.close(then, debug.end() - 1);
            Matcher tail = Pattern.compile("(?is)^\\s*else\\s*\\{(.*)}\\s*$").matcher(then.substring(close));
            if (!tail.matches()) {
                return null;
            }
            then = tail.group(1).strip();
        }
        Matcher json = TO_JSON.matcher(then);
        if (!json.matches()) {
            return null;
        }
        String param = Assignments.boundParam(set.condition(), fn);
        BodyShapes.Scope scope = new BodyShapes.Scope(fn, set.body(), param, null);
        String literal = json.group(1);
        List<BodyPart> out = new ArrayList<>();
        out.add(new BodyPart(BodyPart.MERGE, null, null)); // the body is an object, {} when the argument is not given
        for (String entry : BodyShapes.split(literal.substring(2, literal.length() - 1), false)) {
            BodyPart b = BodyReading.entry(entry, scope);
            if (b == null || b.param() == null || !b.param().equals(param)) {
                return null;
            }
            out.add(b);
        }
        return out.size() == 1 ? null : out;
    }

    /**
     * The one {@code if} block, testing only that an argument is bound, where the code sets the flag to
     * {@code $true} (the flag otherwise only {@code $false}), or null.
     */
    private static PsText.IfBlock flagBlock(FunctionCode fn, String p, String flag) {
        Matcher set = Pattern.compile("(?im)^\\s*\\$" + flag + "\\s*=\\s*(\\$\\w+)\\s*$").matcher(p);
        PsText.IfBlock found = null;
        while (set.find()) {
            if (set.group(1).equalsIgnoreCase("$false")) {
                continue;
            }
            PsText.IfBlock block = Assignments.innermost(PsText.ifBlocks(p), set.start());
            if (found != null || !set.group(1).equalsIgnoreCase("$true") || block == null
                    || !Assignments.isBoundTest(block.condition())
                    || Assignments.boundParam(block.condition(), fn) == null) {
                return null;
            }
            found = block;
        }
        return found;
    }
}
