package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.entrals.graph.BodyPart;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body property whose object has one key per item of a list argument, each set to another argument's value, the
 * local built in a loop: {@code $c = @{}; foreach ($f in $Features) { $c[$f] = $Enabled }}, or with a suffix added to
 * an item that does not end with it ({@code if ($f.ToLower().EndsWith("enabled")) { $c[$f] = $Enabled } else {
 * $c[$f + "Enabled"] = $Enabled }}), in {@code process} or, when {@code process} does not assign it, in the
 * {@code begin} block that runs before it. The part's template is {@link BodyPart#keys}; its value the argument's leaf.
 */
final class KeyedItems {

    private static final Pattern LOCAL = Pattern.compile("^\\$(\\w+)$");

    private KeyedItems() {
    }

    /** The part for {@code property = $local}, or null when the local is not built that way. */
    static BodyPart read(String property, String rhs, BodyShapes.Scope s) {
        Matcher local = LOCAL.matcher(rhs);
        if (!local.matches() || s.fn().parameter(local.group(1)).isPresent()) {
            return null;
        }
        String c = Pattern.quote(local.group(1));
        String p = s.fn().process();
        if (!Pattern.compile("(?im)^\\s*\\$" + c + "\\s*=").matcher(p).find()) {
            p = s.fn().begin(); // built once before process
        }
        if (!Pattern.compile("(?im)^\\s*\\$" + c + "\\s*=\\s*@\\{\\s*}\\s*$").matcher(p).find()
                || Pattern.compile("(?im)^\\s*\\$" + c + "\\s*=").matcher(p).results().count() != 1) {
            return null;
        }
        Matcher loop = Pattern.compile("(?i)foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\s*\\)\\s*\\{").matcher(p);
        while (loop.find()) {
            String list = s.fn().parameter(loop.group(2)).isPresent() ? s.fn().canonical(loop.group(2)) : null;
            String body = p.substring(loop.end(), Math.max(loop.end(), PsText.close(p, loop.end() - 1) - 1)).strip();
            if (list == null || !body.contains("$" + local.group(1) + "[")) {
                continue;
            }
            String item = Pattern.quote(loop.group(1));
            String set = "\\$" + c + "\\[\\$" + item + "%s]\\s*=\\s*(\\$\\w+)\\s*;?";
            Matcher plain = Pattern.compile("(?i)^" + String.format(set, "") + "$").matcher(body);
            Matcher suffixed = Pattern.compile("(?is)^if\\s*\\(\\s*\\$" + item + "\\.ToLower\\(\\)\\.EndsWith\\(\\s*[\"']"
                    + "(\\w+)[\"']\\s*\\)\\s*\\)\\s*\\{\\s*" + String.format(set, "") + "\\s*}\\s*else\\s*\\{\\s*"
                    + String.format(set, "\\s*\\+\\s*[\"'](\\w+)[\"']\\s*") + "\\s*}$").matcher(body);
            String value;
            String suffix = null;
            if (plain.matches()) {
                value = plain.group(1);
            } else if (suffixed.matches() && suffixed.group(2).equalsIgnoreCase(suffixed.group(4))
                    && suffixed.group(1).equalsIgnoreCase(suffixed.group(3))) {
                value = suffixed.group(2);
                suffix = suffixed.group(3);
            } else {
                return null;
            }
            String param = Assignments.directParam(value, s.fn());
            return param == null ? null : new BodyPart(property, list, BodyPart.keys(suffix),
                    JsonNodeFactory.instance.textNode("{" + param + "}"));
        }
        return null;
    }
}
