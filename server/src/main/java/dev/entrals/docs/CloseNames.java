package dev.entrals.docs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests known names close to an unknown one: by edit distance, or by one containing the other. */
final class CloseNames {

    private CloseNames() {
    }

    static List<String> of(String unknown, List<String> names, int max) {
        String u = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, u.length() / 3);
        record Scored(String name, int score) {
        }
        return names.stream()
                .map(n -> {
                    String l = n.toLowerCase(Locale.ROOT);
                    int d = distance(u, l);
                    if (d > limit && u.length() >= 3 && l.contains(u)) {
                        d = limit;
                    }
                    return new Scored(n, d);
                })
                .filter(s -> s.score() <= limit)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name, String.CASE_INSENSITIVE_ORDER))
                .limit(max).map(Scored::name).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
