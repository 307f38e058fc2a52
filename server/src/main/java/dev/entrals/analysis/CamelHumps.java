package dev.entrals.analysis;

/**
 * Matches what a user typed against a command or parameter name the way editors match abbreviations: a plain
 * prefix ({@code get-entrau}), or the capitals of the name's words ({@code GEU} and {@code g-eu} find
 * {@code Get-EntraUser}; {@code GEUs} too). Case is ignored; each typed letter either continues the word matched so
 * far or starts a later word.
 */
public final class CamelHumps {

    /** How well a name matches: not at all, by abbreviation, or by prefix (the best). */
    public enum Match { NONE, HUMPS, PREFIX }

    private CamelHumps() {
    }

    /** How {@code typed} matches {@code name}. An empty {@code typed} is a prefix of everything. */
    public static Match match(String typed, String name) {
        if (name.regionMatches(true, 0, typed, 0, typed.length())) {
            return Match.PREFIX;
        }
        if (typed.isEmpty() || Character.toLowerCase(typed.charAt(0)) != Character.toLowerCase(name.charAt(0))) {
            return Match.NONE;
        }
        if (typed.length() > name.length()) {
            return Match.NONE;
        }
        return humps(typed, 1, name, 1, new boolean[typed.length() + 1][name.length() + 1]) ? Match.HUMPS : Match.NONE;
    }

    /** Whether {@code typed[t..]} matches {@code name[n..]}, the previous typed character having matched name[n-1]. */
    private static boolean humps(String typed, int t, String name, int n, boolean[][] failed) {
        if (t == typed.length()) {
            return true;
        }
        if (failed[t][n]) {
            return false;
        }
        char want = typed.charAt(t);
        if (n < name.length() && same(want, name.charAt(n)) && humps(typed, t + 1, name, n + 1, failed)) {
            return true; // continue the current word
        }
        for (int j = n + 1; j < name.length(); j++) {
            if (isWordStart(name, j) && same(want, name.charAt(j)) && humps(typed, t + 1, name, j + 1, failed)) {
                return true;
            }
            if (want == '-' && name.charAt(j) == '-' && humps(typed, t + 1, name, j + 1, failed)) {
                return true;
            }
        }
        failed[t][n] = true;
        return false;
    }

    private static boolean isWordStart(String name, int i) {
        char c = name.charAt(i);
        char before = name.charAt(i - 1);
        return Character.isUpperCase(c) && !Character.isUpperCase(before)
                || Character.isLetterOrDigit(c) && !Character.isLetterOrDigit(before)
                || Character.isDigit(c) && !Character.isDigit(before);
    }

    private static boolean same(char a, char b) {
        return Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
