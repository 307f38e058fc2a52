package dev.entrals.docs.signatures;

import dev.entrals.docs.ValueCheck;
import dev.entrals.script.ParameterSignature;
import dev.entrals.script.ScriptAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a parameter's validation attributes into {@link ValueCheck}s, in the order the code declares them, from their
 * text alone (nothing is run): {@code [ValidateNotNullOrEmpty()]}, {@code [ValidateRange(min, max)]} (numbers,
 * {@code [int]::MaxValue} and the like), {@code [ValidateLength(min, max)]}, {@code [ValidatePattern('p')]} (with
 * its {@code ErrorMessage}) and {@code [ValidateScript({…})]} in two forms, with any spacing and line breaks:
 * <ul>
 *   <li>{@code { $_ -match 'P' }}, several joined by {@code -or}: PowerShell's standard sentence when none matches;</li>
 *   <li>{@code { if ($_ -match 'P' -or …) { return $true } throw "M" }} (the {@code throw} may stand in an
 *   {@code else} block): the message {@code M}.</li>
 * </ul>
 * Any other script (a {@code try}/{@code catch} around a type conversion, {@code Test-Path}, a loop) is not read: the
 * parameter gets no check, so nothing is refused that PowerShell would accept. A pattern is a literal string: single
 * quotes, or double quotes with no variable or backtick in them.
 */
public final class ValidationAttributes {

    private static final String STRING = "'(?:[^']|'')*'|\"(?:[^\"`$]|\\$(?=[\")|\\]]))*\"";
    private static final String MATCH = "\\$_\\s+-i?match\\s+(?:" + STRING + ")";
    private static final String MATCHES = MATCH + "(?:\\s+-or\\s+" + MATCH + ")*";
    private static final Pattern LIMIT = Pattern.compile(
            "\\[(int|int32|long|int64|short|int16|byte|system\\.int32|system\\.int64|system\\.int16|system\\.byte)]"
            + "::(maxvalue|minvalue)");
    private static final Pattern ONE = Pattern.compile("\\$_\\s+-i?match\\s+(" + STRING + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("\\{\\s*\\(?\\s*(" + MATCHES + ")\\s*\\)?\\s*}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IF_THROW = Pattern.compile("\\{\\s*if\\s*\\(\\s*(" + MATCHES
            + ")\\s*\\)\\s*\\{\\s*return\\s+\\$true\\s*;?\\s*}\\s*(?:else\\s*\\{\\s*)?throw\\s+(" + STRING
            + ")\\s*;?\\s*}?\\s*}", Pattern.CASE_INSENSITIVE);

    private ValidationAttributes() {
    }

    /** The checks of {@code p}'s validation attributes that are read, in order. */
    public static List<ValueCheck> of(ParameterSignature p) {
        List<ValueCheck> out = new ArrayList<>();
        for (ScriptAttribute a : p.attributes()) {
            List<String> args = a.positional();
            if (a.is("ValidateNotNullOrEmpty") && args.isEmpty()) {
                out.add(new ValueCheck.NotEmpty());
            } else if (a.is("ValidateScript") && args.size() == 1) {
                read(args.get(0)).ifPresent(out::add);
            } else if (a.is("ValidatePattern") && args.size() == 1 && a.named().keySet().stream()
                    .allMatch(k -> k.equalsIgnoreCase("ErrorMessage"))) {
                out.add(new ValueCheck.Match(args.get(0), a.argument("ErrorMessage").orElse("")));
            } else if (a.is("ValidateRange") && args.size() == 2 && a.named().isEmpty()) {
                Optional<Double> min = number(args.get(0));
                Optional<Double> max = number(args.get(1));
                if (min.isPresent() && max.isPresent()) {
                    out.add(new ValueCheck.Range(min.get(), max.get()));
                }
            } else if (a.is("ValidateLength") && args.size() == 2 && a.named().isEmpty()) {
                Optional<Double> min = number(args.get(0));
                Optional<Double> max = number(args.get(1));
                if (min.isPresent() && max.isPresent()) {
                    out.add(new ValueCheck.Length(min.get().intValue(), max.get().intValue()));
                }
            }
        }
        return out;
    }

    /** A number as written, or a type's {@code MaxValue}/{@code MinValue} ({@code [int]::MaxValue}); empty otherwise. */
    static Optional<Double> number(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        Matcher limit = LIMIT.matcher(t);
        if (limit.matches()) {
            boolean max = limit.group(2).equals("maxvalue");
            return Optional.of(switch (limit.group(1).replace("system.", "")) {
                case "int", "int32" -> max ? (double) Integer.MAX_VALUE : (double) Integer.MIN_VALUE;
                case "long", "int64" -> max ? (double) Long.MAX_VALUE : (double) Long.MIN_VALUE;
                case "byte" -> max ? 255.0 : 0.0;
                default -> max ? (double) Short.MAX_VALUE : (double) Short.MIN_VALUE; // short, int16
            });
        }
        try {
            return Optional.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The check a script block's text (braces included) stands for, or empty. */
    public static Optional<ValueCheck> read(String script) {
        String s = script.strip();
        Matcher bare = BARE.matcher(s);
        if (bare.matches()) {
            return Optional.of(new ValueCheck.Script(patterns(bare.group(1)), ""));
        }
        Matcher m = IF_THROW.matcher(s);
        if (m.matches()) {
            return Optional.of(new ValueCheck.Script(patterns(m.group(1)), unquote(m.group(2))));
        }
        return Optional.empty();
    }

    private static List<String> patterns(String matches) {
        List<String> out = new ArrayList<>();
        Matcher m = ONE.matcher(matches);
        while (m.find()) {
            out.add(unquote(m.group(1)));
        }
        return out;
    }

    private static String unquote(String literal) {
        String inner = literal.substring(1, literal.length() - 1);
        return literal.startsWith("'") ? inner.replace("''", "'") : inner;
    }
}
