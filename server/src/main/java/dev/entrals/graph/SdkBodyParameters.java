package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls an {@link BodyPart#SDK_BODY_PARAMETER} part refuses, where PowerShell or .NET would stop the module before
 * it sends anything, and the note saying what the re-encoding of its bytes ({@code {0.X|recoded|from|to}}) changed.
 */
final class SdkBodyParameters {

    /** A leaf of the argument's bytes re-encoded: the property, the encoding read and the one written. */
    private static final Pattern RECODED = Pattern.compile("\\{0\\.(\\w+)\\|recoded\\|(utf8|ascii)\\|(utf8|ascii)}");

    private SdkBodyParameters() {
    }

    /** Why the module sends nothing with these arguments, or null when it sends the part's body. */
    static String refused(List<BodyPart> parts, Map<String, Object> args) {
        for (BodyPart b : parts) {
            Object v = b.param() == null ? null : args.get(b.param());
            if (!BodyPart.SDK_BODY_PARAMETER.equals(b.template()) || v == null || !Steps.holds(b.when(), args)) {
                continue;
            }
            List<Matcher> leaves = leaves(b.value());
            if (v instanceof List<?> items && items.size() > 1) {
                return "-" + b.param() + " has " + items.size() + " items: the module builds the one item of the body's "
                        + b.property() + " from all of them (PowerShell's member enumeration of the list: every item's "
                        + properties(b.value()) + " in one), not one item each; give one item per call";
            }
            List<String> others = parts.stream().filter(o -> o != b && o.param() != null && !BodyPart.local(o)
                            && !o.param().equalsIgnoreCase(b.param()) && args.get(o.param()) != null
                            && Steps.holds(o.when(), args)).map(o -> "-" + o.param()).distinct().toList();
            if (!others.isEmpty()) {
                return "-" + b.param() + " is passed to the Graph SDK cmdlet as -BodyParameter, which it takes only in a"
                        + " parameter set of its own, without the arguments the module passes as body properties ("
                        + String.join(", ", others) + " given here): PowerShell cannot resolve the SDK cmdlet's parameter"
                        + " set; give -" + b.param() + " in a call of its own";
            }
            for (Matcher leaf : leaves) {
                Object x = ArgumentText.property(v, leaf.group(1));
                String decode = "[System.Text.Encoding]::" + name(leaf.group(2)) + ".GetString";
                if (x == null) {
                    return "-" + b.param() + " has no " + leaf.group(1) + ": the module's " + decode + "($TmpValue."
                            + leaf.group(1) + ") fails on $null";
                }
                if (DotNetEncodings.bytes(x, true) == null) {
                    return "-" + b.param() + "'s " + leaf.group(1) + " '" + ArgumentText.text(x) + "' is not a list of"
                            + " bytes (numbers 0 to 255), which the module's " + decode + " takes";
                }
            }
        }
        return null;
    }

    /** Adds a note when re-encoding the argument's bytes, as the module does, changed them. */
    static void note(BodyPart b, Object v, List<String> notes) {
        for (Matcher leaf : leaves(b.value())) {
            byte[] given = DotNetEncodings.bytes(ArgumentText.property(v, leaf.group(1)), true);
            if (given == null || Arrays.equals(given, DotNetEncodings.recode(given, leaf.group(2), leaf.group(3)))) {
                continue;
            }
            byte[] sent = DotNetEncodings.recode(given, leaf.group(2), leaf.group(3));
            notes.add("-" + b.param() + "'s " + leaf.group(1) + " is not " + name(leaf.group(3)) + " text: the module"
                    + " reads its bytes as " + name(leaf.group(2)) + " text and writes that as " + name(leaf.group(3))
                    + " bytes ([System.Text.Encoding]::" + name(leaf.group(2)) + ".GetString, then "
                    + name(leaf.group(3)) + ".GetBytes), each character it cannot write, and each byte sequence it"
                    + " cannot read, becoming '?' (0x3F): " + given.length + " bytes given, " + sent.length + " sent");
        }
    }

    /** The re-encoded leaves of a structure, in order. */
    private static List<Matcher> leaves(JsonNode shape) {
        List<Matcher> out = new ArrayList<>();
        if (shape == null) {
            return out;
        }
        if (shape.isContainerNode()) {
            shape.forEach(x -> out.addAll(leaves(x)));
        } else {
            Matcher m = RECODED.matcher(shape.asText());
            if (m.matches()) {
                out.add(m);
            }
        }
        return out;
    }

    /** The argument's properties a structure names ({@code {0.type}}, …), joined. */
    private static String properties(JsonNode shape) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{0\\.(\\w+)").matcher(shape == null ? "" : shape.toString());
        while (m.find()) {
            out.add(m.group(1));
        }
        return String.join(" and ", out);
    }

    private static String name(String encoding) {
        return encoding.toUpperCase(Locale.ROOT);
    }
}
