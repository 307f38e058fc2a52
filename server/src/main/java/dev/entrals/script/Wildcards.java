package dev.entrals.script;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * PowerShell's wildcard patterns ({@code -like}, a module manifest's export list): {@code *} any text, {@code ?} one
 * character, {@code [abc]}/{@code [a-z]} one of a set; the rest literal, case-insensitively, the whole text.
 */
public final class Wildcards {

    private Wildcards() {
    }

    /**
     * Whether {@code text} matches {@code pattern} whole; a malformed range ({@code []}) matches nothing, as in
     * PowerShell.
     */
    public static boolean matches(String pattern, String text) {
        try {
            return regex(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Pattern regex(String pattern) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '*') {
                b.append(".*");
            } else if (ch == '?') {
                b.append('.');
            } else if (ch == '[') {
                int close = pattern.indexOf(']', i + 1);
                if (close < 0) {
                    b.append("\\[");
                } else {
                    b.append('[').append(pattern.substring(i + 1, close).replace("\\", "\\\\").replace("[", "\\["))
                            .append(']');
                    i = close;
                }
            } else {
                b.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
