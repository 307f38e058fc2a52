package dev.entrals.docs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One validation attribute of a parameter in the module's code, as far as it is read, which PowerShell applies at
 * binding, before the function runs: a refused value is "Cannot validate argument on parameter 'P'. " and the
 * attribute's sentence (PowerShell's own wording, or the script's {@code throw}). An array argument is checked element
 * by element, as PowerShell does ({@link NotEmpty} refuses an empty collection too). A value that is not
 * text, a number or a boolean (a hashtable) is not checked, nor is a pattern Java's regular expressions cannot read:
 * nothing is refused that PowerShell might accept.
 */
public sealed interface ValueCheck {

    /** PowerShell's error when {@code value} fails this check on {@code parameter}; empty when it passes. */
    default Optional<String> refusal(String parameter, Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> refusal(parameter, v)).flatMap(Optional::stream).findFirst();
        }
        String text = text(value);
        return text == null ? Optional.empty()
                : failure(text).map(s -> "Cannot validate argument on parameter '" + parameter + "'. " + s);
    }

    /** The sentence for a single value (as PowerShell prints it) that fails, or empty. */
    Optional<String> failure(String text);

    /** The first refusal of {@code checks}, in the order the code declares them. */
    static Optional<String> first(List<ValueCheck> checks, String parameter, Object value) {
        return checks.stream().map(c -> c.refusal(parameter, value)).flatMap(Optional::stream).findFirst();
    }

    /**
     * {@code [ValidateScript()]} read as {@code -match} patterns ({@code -or}): case-insensitive, anywhere unless
     * anchored; {@code message} is the script's {@code throw} text, empty when it throws nothing.
     */
    record Script(List<String> patterns, String message) implements ValueCheck {
        public Script {
            patterns = List.copyOf(patterns);
            message = message == null ? "" : message;
        }

        @Override
        public Optional<String> failure(String text) {
            if (patterns.stream().anyMatch(p -> matches(p, text))) {
                return Optional.empty();
            }
            return Optional.of(message.isEmpty() ? "The \" " + String.join(" -or ", patterns.stream()
                    .map(p -> "$_ -match \"" + p + "\"").toList()) + " \" validation script for the argument with value \""
                    + text + "\" did not return a result of True. Determine why the validation script failed, and then "
                    + "try the command again." : message);
        }
    }

    /** {@code [ValidatePattern()]}: case-insensitive, as its default options are; {@code message} its ErrorMessage. */
    record Match(String pattern, String message) implements ValueCheck {
        public Match {
            message = message == null ? "" : message;
        }

        @Override
        public Optional<String> failure(String text) {
            if (matches(pattern, text)) {
                return Optional.empty();
            }
            return Optional.of(message.isEmpty() ? "The argument \"" + text + "\" does not match the \"" + pattern
                    + "\" pattern. Supply an argument that matches \"" + pattern + "\" and try the command again."
                    : message.replace("{0}", text).replace("{1}", pattern));
        }
    }

    /** {@code [ValidateRange(min, max)]} on a number. */
    record Range(double min, double max) implements ValueCheck {
        @Override
        public Optional<String> failure(String text) {
            double v;
            try {
                v = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                return Optional.empty(); // not a number: the type conversion's error, not this one
            }
            if (v < min) {
                return Optional.of("The " + text + " argument is less than the minimum allowed range of " + number(min)
                        + ". Supply an argument that is greater than or equal to " + number(min)
                        + " and then try the command again.");
            }
            if (v > max) {
                return Optional.of("The " + text + " argument is greater than the maximum allowed range of "
                        + number(max) + ". Supply an argument that is less than or equal to " + number(max)
                        + " and then try the command again.");
            }
            return Optional.empty();
        }
    }

    /** {@code [ValidateLength(min, max)]}: the text's length in UTF-16 units, as .NET counts it. */
    record Length(int min, int max) implements ValueCheck {
        @Override
        public Optional<String> failure(String text) {
            if (text.length() < min) {
                return Optional.of("The character length (" + text.length() + ") of the argument is too short. Specify "
                        + "an argument with a length that is greater than or equal to \"" + min + "\", and then try "
                        + "the command again.");
            }
            if (text.length() > max) {
                return Optional.of("The character length of the " + text.length() + " argument is too long. Shorten "
                        + "the character length of the argument so it is fewer than or equal to \"" + max
                        + "\" characters, and then try the command again.");
            }
            return Optional.empty();
        }
    }

    /** {@code [ValidateNotNullOrEmpty()]}: an empty text, an empty list, or a list with an empty text in it. */
    record NotEmpty() implements ValueCheck {
        @Override
        public Optional<String> refusal(String parameter, Object value) {
            if (value instanceof List<?> list && list.isEmpty()) {
                return Optional.of("Cannot validate argument on parameter '" + parameter + "'. The argument is null, "
                        + "empty, or an element of the argument collection contains a null value. Supply a collection "
                        + "that does not contain any null values and then try the command again.");
            }
            return ValueCheck.super.refusal(parameter, value);
        }

        @Override
        public Optional<String> failure(String text) {
            return text.isEmpty() ? Optional.of("The argument is null or empty. Provide an argument that is not null or "
                    + "empty, and then try the command again.") : Optional.empty();
        }
    }

    /** The text PowerShell's checks see: strings as they are, numbers and booleans as PowerShell prints them. */
    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float ? number(n.doubleValue()) : n.toString();
        }
        return null;
    }

    /** A bound as PowerShell prints it: {@code 999}, {@code 2147483647}, {@code 1.5}. */
    public static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Whether {@code text} matches {@code pattern} ignoring case (true when Java cannot read the pattern). */
    private static boolean matches(String pattern, String text) {
        Optional<Pattern> compiled = Compiled.PATTERNS.computeIfAbsent(pattern, Compiled::compile);
        return compiled.isEmpty() || compiled.get().matcher(text).find();
    }

    /** Patterns compiled once. */
    final class Compiled {
        private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

        private Compiled() {
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
}
