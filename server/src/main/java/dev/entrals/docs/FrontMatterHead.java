package dev.entrals.docs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The top-level {@code key: value} pairs of a page's front matter, read without a YAML parser so that loading an
 * index stays cheap; only the index uses it (title, schema). The full parse reads the front matter with Jackson.
 */
record FrontMatterHead(boolean present, Map<String, String> values) {

    static FrontMatterHead of(String text) {
        if (!text.startsWith("---")) {
            return new FrontMatterHead(false, Map.of());
        }
        Map<String, String> values = new LinkedHashMap<>();
        int start = text.indexOf('\n');
        while (start >= 0 && start + 1 < text.length()) {
            int end = text.indexOf('\n', start + 1);
            String line = text.substring(start + 1, end < 0 ? text.length() : end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return new FrontMatterHead(true, values);
            }
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                String value = line.substring(colon + 1).trim();
                if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                        || value.startsWith("\"") && value.endsWith("\""))) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(key(line.substring(0, colon)), value);
            }
            start = end;
        }
        return new FrontMatterHead(false, Map.of());
    }

    boolean has(String key) {
        return values.containsKey(key(key));
    }

    String value(String key) {
        return values.getOrDefault(key(key), "");
    }

    private static String key(String k) {
        return k.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
