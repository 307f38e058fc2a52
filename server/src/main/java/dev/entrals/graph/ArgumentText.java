package dev.entrals.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How literal arguments become URL and JSON text: as PowerShell expands them in a string ({@code $true} is
 * {@code True}, an array is joined with spaces… but a {@code -Property} list with commas, as the module joins it),
 * path segments escaped like {@code [uri]::EscapeDataString}, query values escaped where a URL needs it, and JSON
 * values as the SDK's serialiser writes them.
 */
final class ArgumentText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEX = "0123456789ABCDEF";
    private static final Pattern NAMED = Pattern.compile("\\{(\\w+)(?:\\.(\\w+))?}");
    /**
     * {@code {0|daysAgo|pattern|default}}: the date that many days ago (UTC), formatted; the default when unbound;
     * {@code {|monthsAgo|pattern|N}} likewise in months.
     */
    private static final Pattern BASE64 = Pattern.compile("\\{(\\w+)\\|(ascii|utf8)Base64}");
    /**
     * {@code {0.Key|recoded|utf8|ascii}}: the value's bytes read as text in the first encoding and written back in the
     * second ({@link DotNetEncodings#recode}), in Base64 as the SDK writes a byte array; no value for what is not bytes.
     */
    private static final Pattern RECODED = Pattern.compile("\\{(\\w+)(?:\\.(\\w+))?\\|recoded\\|(utf8|ascii)\\|(utf8|ascii)}");
    private static final Pattern REPLACE = Pattern.compile("\\{(\\w+)(?:\\.(\\w+))?\\|replace\\|(\\w*)\\|(\\w*)}");
    /**
     * {@code {0|lower}} ({@code .ToLower()}; a list each item, joined with commas as {@code -join ","}),
     * {@code {0|lowerFirst}} ({@code .Substring(0, 1).ToLower() + .Substring(1)}), {@code {0|map|a=x|b=y}} (the code's
     * {@code switch ($P) { "a" { $v = 'x' } … }}, any case; no value for another, or the value of {@code *=z}, an
     * {@code else}), {@code {0|unlessContains|-|*-*}}
     * (the value when it contains the text, else the last template with {@code *} the value), {@code {0|trimEnd|/}}
     * ({@code .TrimEnd("/")}), {@code {0|utc|pattern}} ({@code [DateTime]} then {@code .ToUniversalTime().ToString(…)}:
     * {@link ArgumentDates}; no value for text that is not a date).
     */
    private static final Pattern TRANSFORM = Pattern.compile(
            "\\{(\\w+)(?:\\.(\\w+))?\\|(lower|lowerFirst|map|unlessContains|trimEnd|utc)((?:\\|[^|}]*)*)}");
    private static final Pattern DAYS_AGO = Pattern.compile("\\{0?\\|(days|months)Ago\\|([^|}]*)\\|([^}]*)}");

    /** Whether a template computes its value when the parameter is not given (a default number of days). */
    static boolean hasDefault(String template) {
        Matcher m = DAYS_AGO.matcher(template);
        return m.find() && m.group().startsWith("{0|") && !m.group(3).isEmpty(); // a parameter's default count
    }

    private ArgumentText() {
    }

    /** The value as a string in a URL or template (lists joined with commas). */
    static String text(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(ArgumentText::text).toList());
        }
        return String.valueOf(value);
    }

    /**
     * A template with {@code {0}} the value and {@code {Name}} other arguments; null when one it names is absent.
     */
    /** The arguments a template names ({@code {Name}}, {@code {Name.p}}), in order. */
    static List<String> named(String template) {
        return NAMED.matcher(template).results().map(r -> r.group(1))
                .filter(k -> !k.equals("0") && !k.equals("endpoint")).toList();
    }

    static String fill(String template, Object value, Map<String, Object> args) {
        Matcher date = DAYS_AGO.matcher(template);
        if (date.find()) {
            String count = value != null && date.group().startsWith("{0") ? text(value) : date.group(3);
            try {
                java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
                String when = (date.group(1).equals("months") ? now.minusMonths(Long.parseLong(count))
                        : now.minusDays(Long.parseLong(count))).format(
                        java.time.format.DateTimeFormatter.ofPattern(date.group(2)));
                return around(template, date, when, value, args);
            } catch (RuntimeException e) {
                return null; // not a number of days, or no default
            }
        }
        Matcher bytes = BASE64.matcher(template);
        if (bytes.find()) {
            // {0|asciiBase64}: the value's bytes (ASCII: '?' for other characters, or UTF-8) in Base64
            Object v = bytes.group(1).equals("0") ? value : args.get(bytes.group(1));
            if (v == null) {
                return null;
            }
            String encoded = java.util.Base64.getEncoder().encodeToString(text(v).getBytes(
                    bytes.group(2).equals("ascii") ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8));
            return around(template, bytes, encoded, value, args);
        }
        Matcher recoded = RECODED.matcher(template);
        if (recoded.find()) {
            Object v = recoded.group(1).equals("0") ? value : args.get(recoded.group(1));
            byte[] b = DotNetEncodings.bytes(recoded.group(2) == null ? v : property(v, recoded.group(2)), true);
            return v == null || b == null ? null : around(template, recoded, java.util.Base64.getEncoder().encodeToString(
                    DotNetEncodings.recode(b, recoded.group(3), recoded.group(4))), value, args);
        }
        Matcher transform = TRANSFORM.matcher(template);
        if (transform.find()) {
            Object v = transform.group(1).equals("0") ? value : args.get(transform.group(1));
            v = transform.group(2) == null ? v : property(v, transform.group(2));
            String done = v == null ? null : transformed(text(v), transform.group(3), transform.group(4));
            return done == null ? null : around(template, transform, done, value, args);
        }
        Matcher replace = REPLACE.matcher(template);
        if (replace.find()) {
            // {0.p|replace|a|b}: PowerShell's -replace 'a', 'b' (case-insensitive; word texts only)
            Object v = replace.group(1).equals("0") ? value : args.get(replace.group(1));
            v = replace.group(2) == null ? v : property(v, replace.group(2));
            if (v == null) {
                return null;
            }
            String done = Pattern.compile(Pattern.quote(replace.group(3)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text(v)).replaceAll(Matcher.quoteReplacement(replace.group(4)));
            return around(template, replace, done, value, args);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = NAMED.matcher(template);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            last = m.end();
            String key = m.group(1);
            Object v = key.equals("0") ? value : key.equals("endpoint") ? null : args.get(key);
            if (m.group(2) != null) {
                v = property(v, m.group(2)); // {0.Id}: a property of a hashtable argument
            }
            if (key.equals("endpoint")) {
                out.append(BundledRequestPlanner.GLOBAL_ENDPOINT);
            } else if (v == null) {
                return null;
            } else {
                out.append(text(v));
            }
        }
        return out.append(template.substring(last)).toString();
    }

    /**
     * The template with the match replaced by its computed text: the text before and after it are filled, the computed
     * text is not (an argument's value is never read as a template); null when either side names an absent argument.
     */
    private static String around(String template, Matcher match, String computed, Object value,
            Map<String, Object> args) {
        String before = fill(template.substring(0, match.start()), value, args);
        String after = fill(template.substring(match.end()), value, args);
        return before == null || after == null ? null : before + computed + after;
    }

    /** A value through one {@link #TRANSFORM}; {@code rest} its arguments, each after a {@code |}; null for none. */
    private static String transformed(String text, String how, String rest) {
        String[] a = rest.isEmpty() ? new String[0] : rest.substring(1).split("\\|", -1);
        switch (how) {
            case "lower":
                return text.toLowerCase(java.util.Locale.ROOT);
            case "lowerFirst":
                return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
            case "map":
                String otherwise = null;
                for (String pair : a) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(text)) {
                        return pair.substring(eq + 1);
                    }
                    otherwise = eq == 1 && pair.charAt(0) == '*' ? pair.substring(2) : otherwise; // the else branch
                }
                return otherwise;
            case "utc":
                return a.length == 1 ? ArgumentDates.utc(text, a[0]) : null;
            case "trimEnd": // .TrimEnd("/"): every character of the text at the end
                int end = text.length();
                while (end > 0 && a.length == 1 && a[0].indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                return text.substring(0, end);
            default: // unlessContains
                return a.length == 2 && !text.contains(a[0]) ? a[1].replace("*", text) : text;
        }
    }

    /** A hashtable argument's property (any case), or null. */
    static Object property(Object value, String name) {
        if (value instanceof List<?> list) {
            // PowerShell's member enumeration: each item's property, lists flattened; one value as itself
            List<Object> all = new java.util.ArrayList<>();
            for (Object item : list) {
                Object p = property(item, name);
                if (p instanceof List<?> l) {
                    all.addAll(l);
                } else if (p != null) {
                    all.add(p);
                }
            }
            return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : all;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (String.valueOf(e.getKey()).equalsIgnoreCase(name)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** {@code [uri]::EscapeDataString}: everything but {@code A-Z a-z 0-9 - _ . ~} percent-encoded (UTF-8). */
    static String escapeData(String s) {
        return encode(s, "-_.~");
    }

    /** A query value: what would break the URL (space, {@code "}, {@code #}, {@code &}, {@code +}, {@code %}…). */
    static String escapeQuery(String s) {
        if (!StepValues.holdsToken(s)) {
            return encode(s, "-_.~$',():;@/!*=");
        }
        // a looked-up value's token stays whole: it is filled (and its value escaped) when the step is sent
        Matcher t = StepValues.TOKEN.matcher(s);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (t.find()) {
            out.append(escapeQuery(s.substring(from, t.start()))).append(t.group());
            from = t.end();
        }
        return out.append(escapeQuery(s.substring(from))).toString();
    }

    private static String encode(String s, String keep) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || keep.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return out.toString();
    }

    /** A literal as JSON: strings, numbers, booleans, lists and hashtables (keys in order). */
    static JsonNode json(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Long l) {
            return f.numberNode(l);
        }
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof Double d) {
            return f.numberNode(d);
        }
        if (value instanceof List<?> list) {
            ArrayNode a = f.arrayNode();
            list.forEach(v -> a.add(json(v)));
            return a;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = f.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), json(v)));
            return o;
        }
        return f.textNode(String.valueOf(value));
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
