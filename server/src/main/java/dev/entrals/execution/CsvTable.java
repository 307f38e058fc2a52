package dev.entrals.execution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local CSV file read as PowerShell's {@code Import-Csv} reads it: the first line names the columns, each later line
 * is a row (a comma between fields, a field in double quotes may hold commas, line breaks and {@code ""} for a quote),
 * blank lines skipped, a missing field empty, a UTF-8 byte order mark dropped. A row's columns are found in any case,
 * as PowerShell's {@code $row.$name}. What {@code Import-Csv} cannot read is a {@link LocalAnswers.Failure} naming the
 * file and line: a quote not closed, text after a closing quote, a column named twice or not at all.
 *
 * @param file the file as read (absolute)
 * @param rows the rows in order
 */
record CsvTable(Path file, List<Row> rows) {

    /** One row: its line in the file (1 first) and its values by column, in the header's order. */
    record Row(int line, Map<String, String> values) {
        /** The value of {@code column} (any case), or null when the file has no such column. */
        String get(String column) {
            return values.get(column.toLowerCase(Locale.ROOT));
        }
    }

    /** Reads {@code file}; not there, not a file or not CSV: a failure saying so. */
    static CsvTable read(Path file, String parameter) {
        if (!Files.isRegularFile(file)) {
            // the module's [ValidateScript({ Test-Path $_ })] on the parameter
            throw new LocalAnswers.Failure("Cannot validate argument on parameter '" + parameter + "': Cannot find"
                    + " path '" + file + "' because it does not exist (the module checks it with Test-Path). Nothing"
                    + " was sent.");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LocalAnswers.Failure("Cannot read the CSV file " + file + ": " + e.getMessage()
                    + ". Nothing was sent.");
        }
        return new CsvTable(file, rows(file, text.startsWith("\uFEFF") ? text.substring(1) : text));
    }

    private static List<Row> rows(Path file, String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean blank = true;
            while (true) {
                if (i < text.length() && text.charAt(i) == '"' && f.isEmpty()) {
                    blank = false;
                    int open = line;
                    i++;
                    while (true) {
                        if (i >= text.length()) {
                            throw malformed(file, open, "a quoted field is not closed");
                        }
                        char c = text.charAt(i++);
                        if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                            f.append('"');
                            i++;
                        } else if (c == '"') {
                            break;
                        } else {
                            line += c == '\n' ? 1 : 0;
                            f.append(c);
                        }
                    }
                    if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                        throw malformed(file, line, "text follows a closing quote");
                    }
                }
                char c = i < text.length() ? text.charAt(i) : '\n';
                i++;
                if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    blank = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    fields.add(f.toString());
                    break;
                } else {
                    f.append(c);
                    blank &= Character.isWhitespace(c);
                }
            }
            if (!blank) {
                records.add(fields);
                lines.add(start);
            }
        }
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        List<String> keys = new ArrayList<>();
        for (String h : header) {
            String key = h.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw malformed(file, lines.get(0), "a column of the header has no name");
            }
            if (keys.contains(key)) {
                throw malformed(file, lines.get(0), "the column \"" + h.trim() + "\" is named twice");
            }
            keys.add(key);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> fields = records.get(r);
            for (int k = 0; k < keys.size(); k++) {
                values.put(keys.get(k), k < fields.size() ? fields.get(k) : null); // extra fields are dropped
            }
            rows.add(new Row(lines.get(r), values));
        }
        return List.copyOf(rows);
    }

    private static LocalAnswers.Failure malformed(Path file, int line, String what) {
        return new LocalAnswers.Failure("The CSV file " + file + " cannot be read as Import-Csv reads it: " + what
                + " (line " + line + "). Nothing was sent.");
    }
}
