package dev.entrals.docs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parameter's {@code [ValidateScript()]} as far as it is read: the value must match one of {@code patterns}
 * (PowerShell's {@code -match}: case-insensitive, anywhere in the text unless anchored), else PowerShell refuses the
 * call before the function runs with "Cannot validate argument on parameter 'P'. " and {@code message} (the script's
 * own {@code throw}), or, when the script throws nothing ({@code message} empty), its standard sentence. An array
 * argument is checked element by element, as PowerShell does. {@link #NONE} checks nothing: a parameter without the
 * attribute, or with a script in a form not read.
 */
public record ValueCheck(List<String> patterns, String message) {

    /** No check. */
    public static final ValueCheck NONE = new ValueCheck(List.of(), "");

    private static final Map<String, Optional<Pattern>> COMPILED = new ConcurrentHashMap<>();

    public ValueCheck {
        patterns = List.copyOf(patterns);
        message = message == null ? "" : message;
    }

    /** Whether there is anything to check. */
    public boolean checks() {
        return !patterns.isEmpty();
    }

    /**
     * PowerShell's error when {@code value} (a bound argument: text, number, boolean or a list of them) fails the
     * check on parameter {@code parameter}; empty when it passes or is not checked (a value that is not text or a
     * number, a pattern Java's regular expressions cannot read).
     */
    public Optional<String> refusal(String parameter, Object value) {
        if (!checks()) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> refusal(parameter, v)).flatMap(Optional::stream).findFirst();
        }
        String text = text(value);
        if (text == null || accepts(text)) {
            return Optional.empty();
        }
        return Optional.of("Cannot validate argument on parameter '" + parameter + "'. " + (message.isEmpty()
                ? "The \" " + script() + " \" validation script for the argument with value \"" + text
                + "\" did not return a result of True. Determine why the validation script failed, and then try "
                + "the command again." : message));
    }

    /** Whether {@code text} matches one of the patterns (true when one of them cannot be read here). */
    public boolean accepts(String text) {
        for (String p : patterns) {
            Optional<Pattern> compiled = COMPILED.computeIfAbsent(p, ValueCheck::compile);
            if (compiled.isEmpty() || compiled.get().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The script as PowerShell quotes it in its standard sentence, rebuilt from the patterns. */
    private String script() {
        return String.join(" -or ", patterns.stream().map(p -> "$_ -match \"" + p + "\"").toList());
    }

    /** The text PowerShell's {@code -match} sees: strings as they are, numbers and booleans as PowerShell prints them. */
    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return null;
    }

    private static Optional<Pattern> compile(String pattern) {
        try {
            // .NET and Java agree on the constructs these patterns use; -match ignores case (culture-invariant)
            return Optional.of(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
