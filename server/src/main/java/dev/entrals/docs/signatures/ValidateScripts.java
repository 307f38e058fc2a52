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
 * Reads a parameter's {@code [ValidateScript({…})]} into a {@link ValueCheck}, from its text alone (nothing is run).
 * Two forms are read, with any spacing and line breaks:
 * <ul>
 *   <li>{@code { $_ -match 'P' }}, several joined by {@code -or}: PowerShell's standard sentence when none matches;</li>
 *   <li>{@code { if ($_ -match 'P' -or …) { return $true } throw "M" }} (the {@code throw} may stand in an
 *   {@code else} block): the message {@code M}.</li>
 * </ul>
 * Any other script (a {@code try}/{@code catch} around a type conversion, {@code Test-Path}, a loop) is not read: the
 * parameter gets no check, so nothing is refused that PowerShell would accept. A pattern is a literal string: single
 * quotes, or double quotes with no variable or backtick in them.
 */
public final class ValidateScripts {

    private static final String STRING = "'(?:[^']|'')*'|\"(?:[^\"`$]|\\$(?=[\")|\\]]))*\"";
    private static final String MATCH = "\\$_\\s+-i?match\\s+(?:" + STRING + ")";
    private static final String MATCHES = MATCH + "(?:\\s+-or\\s+" + MATCH + ")*";
    private static final Pattern ONE = Pattern.compile("\\$_\\s+-i?match\\s+(" + STRING + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("\\{\\s*\\(?\\s*(" + MATCHES + ")\\s*\\)?\\s*}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IF_THROW = Pattern.compile("\\{\\s*if\\s*\\(\\s*(" + MATCHES
            + ")\\s*\\)\\s*\\{\\s*return\\s+\\$true\\s*;?\\s*}\\s*(?:else\\s*\\{\\s*)?throw\\s+(" + STRING
            + ")\\s*;?\\s*}?\\s*}", Pattern.CASE_INSENSITIVE);

    private ValidateScripts() {
    }

    /** The check of {@code p}'s {@code [ValidateScript()]}, or empty (no attribute, or a form not read). */
    public static Optional<ValueCheck> of(ParameterSignature p) {
        return p.attribute("ValidateScript").filter(a -> a.positional().size() == 1).map(ScriptAttribute::positional)
                .flatMap(args -> read(args.get(0)));
    }

    /** The check a script block's text (braces included) stands for, or empty. */
    public static Optional<ValueCheck> read(String script) {
        String s = script.strip();
        Matcher bare = BARE.matcher(s);
        if (bare.matches()) {
            return Optional.of(new ValueCheck(patterns(bare.group(1)), ""));
        }
        Matcher m = IF_THROW.matcher(s);
        if (m.matches()) {
            return Optional.of(new ValueCheck(patterns(m.group(1)), unquote(m.group(2))));
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
