package dev.entrals.execution;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Shows Graph objects as PowerShell does: a table for a collection (the plan's default columns, else {@code Id},
 * {@code DisplayName} and the first other properties), a list of {@code Name : Value} for one object, nested
 * objects as {@code @{a=1; b=2}} and arrays as {@code {a, b, c, d...}} ({@code $FormatEnumerationLimit} 4), dates
 * as {@code M/d/yyyy h:mm:ss AM} (UTC); or the raw JSON, or CSV as {@code ConvertTo-Csv} writes it.
 */
public final class ResultFormatter {

    /** The widest a table column gets before its values are cut with "...". */
    static final int MAX_COLUMN = 40;
    private static final int ENUMERATION_LIMIT = 4;
    private static final int TABLE_COLUMNS = 4;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

    private ResultFormatter() {
    }

    /** The objects in {@code format}; {@code single} picks the list view for {@link ResultFormat#AUTO}. */
    public static String format(List<Map<String, Object>> objects, boolean single, List<String> defaultColumns,
                                ResultFormat format) {
        return switch (format) {
            case JSON -> json(objects, single);
            case CSV -> csv(objects);
            case LIST -> list(objects);
            case TABLE -> table(objects, defaultColumns);
            case AUTO -> single ? list(objects) : table(objects, defaultColumns);
        };
    }

    /** A table of {@code objects}; columns as the class comment says. */
    public static String table(List<Map<String, Object>> objects, List<String> defaultColumns) {
        if (objects.isEmpty()) {
            return "";
        }
        List<String> columns = columns(objects, defaultColumns);
        List<List<String>> rows = new ArrayList<>();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
        }
        for (Map<String, Object> o : objects) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String v = cut(oneLine(display(get(o, columns.get(c)))));
                widths[c] = Math.max(widths[c], v.length());
                row.add(v);
            }
            rows.add(row);
        }
        StringBuilder b = new StringBuilder();
        line(b, columns, widths);
        List<String> dashes = columns.stream().map(c -> "-".repeat(c.length())).toList();
        line(b, dashes, widths);
        for (List<String> row : rows) {
            line(b, row, widths);
        }
        return b.toString();
    }

    /** {@code Name : Value} lines per object, a blank line between objects. */
    public static String list(List<Map<String, Object>> objects) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> o : objects) {
            Map<String, Object> shown = visible(o);
            int width = shown.keySet().stream().mapToInt(String::length).max().orElse(0);
            if (b.length() > 0) {
                b.append('\n');
            }
            for (Map.Entry<String, Object> e : shown.entrySet()) {
                b.append(pad(e.getKey(), width)).append(" : ").append(oneLine(display(e.getValue()))).append('\n');
            }
        }
        return b.toString();
    }

    /** The raw objects as indented JSON: one object, or an array. */
    public static String json(List<Map<String, Object>> objects, boolean single) {
        try {
            Object value = single && objects.size() == 1 ? objects.get(0) : objects;
            return GraphClient.Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * CSV as ConvertTo-Csv writes it: a header of the first object's properties, then each object's values of those
     * properties, every field quoted.
     */
    public static String csv(List<Map<String, Object>> objects) {
        if (objects.isEmpty()) {
            return "";
        }
        List<String> names = csvHeader(objects.get(0));
        StringBuilder b = new StringBuilder();
        b.append(csvLine(names)).append('\n');
        for (Map<String, Object> o : objects) {
            b.append(csvRow(names, o)).append('\n');
        }
        return b.toString();
    }

    /** The CSV header's properties for a first object {@code o}. */
    static List<String> csvHeader(Map<String, Object> o) {
        return List.copyOf(visible(o).keySet());
    }

    /** The quoted header line of {@code names}. */
    static String csvLine(List<String> names) {
        return String.join(",", names.stream().map(ResultFormatter::quote).toList());
    }

    /** One object's CSV line for the header {@code names}. */
    static String csvRow(List<String> names, Map<String, Object> o) {
        Map<String, Object> v = visible(o);
        return String.join(",", names.stream().map(n -> quote(v.containsKey(n) ? csvValue(v.get(n)) : "")).toList());
    }

    private static String csvValue(Object v) {
        return v instanceof String s ? s : display(v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** The columns of a table: the default ones the objects have, else Id, DisplayName and the first others. */
    static List<String> columns(List<Map<String, Object>> objects, List<String> defaults) {
        Map<String, String> present = new LinkedHashMap<>();
        for (Map<String, Object> o : objects) {
            for (String k : visible(o).keySet()) {
                present.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
            }
        }
        List<String> out = new ArrayList<>();
        if (defaults != null && !defaults.isEmpty()) {
            for (String d : defaults) {
                out.add(present.getOrDefault(d.toLowerCase(Locale.ROOT), d));
            }
            return out;
        }
        for (String first : List.of("id", "displayname")) {
            if (present.containsKey(first)) {
                out.add(present.get(first));
            }
        }
        for (String k : present.values()) {
            if (out.size() >= TABLE_COLUMNS) {
                break;
            }
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** The properties shown: {@code @odata.*} annotations dropped, names with a capital first letter. */
    static Map<String, Object> visible(Map<String, Object> o) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : o.entrySet()) {
            String k = e.getKey();
            if (k.startsWith("@odata") || k.contains("@odata.")) {
                continue;
            }
            out.putIfAbsent(k.isEmpty() ? k : Character.toUpperCase(k.charAt(0)) + k.substring(1), e.getValue());
        }
        return out;
    }

    private static Object get(Map<String, Object> o, String column) {
        for (Map.Entry<String, Object> e : o.entrySet()) {
            if (e.getKey().equalsIgnoreCase(column)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** One value as PowerShell's formatter shows it. */
    static String display(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return date(s);
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < l.size() && i < ENUMERATION_LIMIT; i++) {
                parts.add(display(l.get(i)));
            }
            return "{" + String.join(", ", parts) + (l.size() > ENUMERATION_LIMIT ? "..." : "") + "}";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!String.valueOf(e.getKey()).startsWith("@odata")) {
                    parts.add(e.getKey() + "=" + display(e.getValue()));
                }
            }
            return "@{" + String.join("; ", parts) + "}";
        }
        return String.valueOf(v);
    }

    /** An ISO date-time as PowerShell shows a DateTime (en-US, UTC); other text as it is. */
    static String date(String s) {
        if (s.length() < 20 || s.length() > 40 || s.charAt(4) != '-' || s.charAt(10) != 'T') {
            return s;
        }
        try {
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).format(DATE);
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String cut(String s) {
        return s.length() <= MAX_COLUMN ? s : s.substring(0, MAX_COLUMN - 3) + "...";
    }

    private static void line(StringBuilder b, List<String> cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                l.append(' ');
            }
            l.append(c == cells.size() - 1 ? cells.get(c) : pad(cells.get(c), widths[c]));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
