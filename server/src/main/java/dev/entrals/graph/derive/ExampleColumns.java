package dev.entrals.graph.derive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The default columns of a cmdlet's table output as its reference page's examples show them: the first example whose
 * code ends with the cmdlet itself (not piped on to {@code Select-Object} or {@code Format-*}) and whose output is a
 * table (a header line over a line of dashes); the column names are the header's text over each run of dashes.
 */
final class ExampleColumns {

    private static final Pattern EXAMPLE = Pattern.compile("(?s)```powershell\\s*\\n(.*?)```\\s*```Output\\s*\\n(.*?)```");
    private static final Pattern DASHES = Pattern.compile("-+");

    private final Map<String, List<String>> byCommand = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** Reads every page under {@code docs} (may be null). */
    ExampleColumns(Path docs) {
        if (docs == null || !Files.isDirectory(docs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(docs)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String command = f.getFileName().toString().replace(".md", "");
                List<String> columns = columns(command, Files.readString(f).replace("\r\n", "\n"));
                if (!columns.isEmpty()) {
                    byCommand.putIfAbsent(command, columns);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns for a command, or empty. */
    List<String> of(String command) {
        return byCommand.getOrDefault(command, List.of());
    }

    static List<String> columns(String command, String page) {
        Matcher m = EXAMPLE.matcher(page);
        while (m.find()) {
            String[] code = m.group(1).strip().split("\n");
            String last = code[code.length - 1].strip();
            String lastCommand = last.contains("|") ? last.substring(last.lastIndexOf('|') + 1).strip() : last;
            if (!lastCommand.regionMatches(true, 0, command, 0, command.length())
                    || lastCommand.length() > command.length() && !Character.isWhitespace(
                            lastCommand.charAt(command.length()))) {
                continue;
            }
            List<String> table = table(m.group(2));
            if (!table.isEmpty()) {
                return table;
            }
        }
        return List.of();
    }

    private static List<String> table(String output) {
        String[] lines = output.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            String header = lines[i];
            String rule = lines[i + 1];
            if (header.isBlank() || !rule.strip().matches("-[- ]*") || rule.strip().length() < 2) {
                continue;
            }
            List<String> out = new ArrayList<>();
            Matcher d = DASHES.matcher(rule);
            while (d.find()) {
                int end = d.end();
                Matcher next = DASHES.matcher(rule);
                String name = header.length() <= d.start() ? "" : header.substring(d.start(),
                        Math.min(header.length(), next.find(end) ? next.start() : header.length())).strip();
                if (name.isEmpty()) {
                    return List.of();
                }
                out.add(name);
            }
            return out;
        }
        return List.of();
    }
}
