package dev.entrals.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggests known names close to an unknown one (cmdlet names for "Did you mean", parameter names for a mistyped
 * parameter): by edit distance (a typo, a letter dropped, two letters swapped), with names that contain the typed
 * text, or start it, ranked as close; far-off names are not suggested at all.
 */
public final class CloseNames {

    private CloseNames() {
    }

    /** Up to {@code max} of {@code names} close to {@code unknown}, closest first (ties by name, any case). */
    public static List<String> of(String unknown, List<String> names, int max) {
        String u = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, u.length() / 3);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String n : names) {
            String l = n.toLowerCase(Locale.ROOT);
            int d = distance(u, l);
            if (d > limit && u.length() >= 3 && (l.contains(u) || u.startsWith(l))) {
                d = limit;
            }
            if (d <= limit) {
                scored.add(new Scored(n, d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name,
                String.CASE_INSENSITIVE_ORDER)).limit(max).map(Scored::name).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
