package dev.entrals.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage-error messages of every command that never echo a value that could be a secret. picocli's own "Unmatched
 * argument(s) …" / "Unknown option(s) …" message repeats every stray argument, so a secret pasted as an extra
 * argument (alone, after a mistyped or unknown option such as {@code --client-secrt VALUE} or {@code --client-secret
 * VALUE} on a command that has no such option, or as {@code NAME=VALUE}) would be printed. The rule: a stray argument
 * is shown only when it is an option name ({@code -x}, {@code --long-name}; of {@code --name=value} only
 * {@code --name}) that does not follow an option whose name speaks of a secret (a part of secret, token, password,
 * credential, key or certificate, so mistyped names count: it may be that option's value); every other stray argument (a value, a word, anything
 * with {@code =}) is left out and counted. When no stray argument is left out, picocli's message is kept as it is.
 */
final class UsageErrors {

    private static final Pattern SECRET_OPTION =
            Pattern.compile("secr|tok|pass|pwd|cred|key|cert", Pattern.CASE_INSENSITIVE);

    private UsageErrors() {
    }

    static String message(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException u)) {
            return e.getMessage();
        }
        List<String> unmatched = u.getUnmatched();
        List<String> options = new ArrayList<>();
        int hidden = 0;
        String previous = "";
        for (String a : unmatched) {
            String name = a.startsWith("-") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            boolean valueOfASecretOption = takesSecret(previous);
            if (isOptionName(name) && !valueOfASecretOption && !options.contains(name)) {
                options.add(name);
            }
            if (!isOptionName(a) || valueOfASecretOption) {
                hidden++;
            }
            previous = a;
        }
        if (hidden == 0 && !unmatched.isEmpty()) {
            return e.getMessage();
        }
        String message = options.isEmpty()
                ? (hidden > 1 ? hidden + " unexpected arguments (not shown: they may hold a secret)."
                        : "Unexpected argument (not shown: it may hold a secret).")
                : "Unknown option" + (options.size() > 1 ? "s: " : ": ") + String.join(", ", options)
                        + (options.size() > 1 ? " (the arguments after them" : " (the arguments after it")
                        + " are not shown: they may hold a secret).";
        // picocli's suggestions are our own command and option names: a mistyped command still gets its hint
        List<String> suggestions = options.isEmpty() ? u.getSuggestions() : List.of();
        return suggestions.isEmpty() ? message : message + " Did you mean: " + String.join(" or ", suggestions) + "?";
    }

    /** An option name that says it takes a secret, as typed (so mistyped ones count too). */
    private static boolean takesSecret(String argument) {
        return isOptionName(argument) && SECRET_OPTION.matcher(argument).find();
    }

    private static boolean isOptionName(String argument) {
        return argument.matches("--?[A-Za-z][A-Za-z0-9-]*");
    }
}
