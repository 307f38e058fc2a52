package dev.entrals.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Comment-based help as PowerShell reads it from a function's comment block: {@code .SYNOPSIS},
 * {@code .DESCRIPTION}, {@code .PARAMETER Name}, {@code .EXAMPLE} and the other keywords. {@code sections} maps each
 * upper-case keyword (other than PARAMETER and EXAMPLE) to its text; texts are trimmed, common indentation removed.
 */
public record CommentHelp(Map<String, String> sections, Map<String, String> parameters, List<String> examples) {

    /** No help. */
    public static final CommentHelp NONE = new CommentHelp(Map.of(), Map.of(), List.of());

    private static final Set<String> KEYWORDS = Set.of("SYNOPSIS", "DESCRIPTION", "PARAMETER", "EXAMPLE", "INPUTS",
            "OUTPUTS", "NOTES", "LINK", "COMPONENT", "ROLE", "FUNCTIONALITY", "FORWARDHELPTARGETNAME",
            "FORWARDHELPCATEGORY", "REMOTEHELPRUNSPACE", "EXTERNALHELP");

    public CommentHelp {
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        examples = List.copyOf(examples);
    }

    /** The text of a section ({@code SYNOPSIS}, {@code DESCRIPTION}, ...), or {@code ""}. */
    public String section(String keyword) {
        return sections.getOrDefault(keyword.toUpperCase(Locale.ROOT), "");
    }

    /** The {@code .PARAMETER} text for {@code name} (any case), or {@code ""}. */
    public String parameter(String name) {
        return parameters.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    /** Whether the block held any help keyword. */
    public boolean isEmpty() {
        return sections.isEmpty() && parameters.isEmpty() && examples.isEmpty();
    }

    /**
     * Reads the text of comments ({@code <# ... #>} blocks or runs of {@code #} lines, delimiters included);
     * {@link #NONE} when no line starts with a help keyword. Never throws.
     */
    public static CommentHelp parse(List<String> comments) {
        List<String> lines = new ArrayList<>();
        for (String c : comments) {
            if (c.startsWith("<#")) {
                String body = c.substring(2, c.endsWith("#>") && c.length() >= 4 ? c.length() - 2 : c.length());
                lines.addAll(body.lines().toList());
            } else {
                lines.add(c.startsWith("#") ? c.substring(1) : c);
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        String keyword = null;
        String argument = "";
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            String t = line.trim();
            String k = keywordOf(t);
            if (k != null) {
                store(keyword, argument, body, sections, parameters, examples);
                keyword = k;
                argument = t.substring(k.length() + 1).trim();
                body = new ArrayList<>();
            } else if (keyword != null) {
                body.add(line);
            }
        }
        store(keyword, argument, body, sections, parameters, examples);
        if (sections.isEmpty() && parameters.isEmpty() && examples.isEmpty()) {
            return NONE;
        }
        return new CommentHelp(sections, parameters, examples);
    }

    private static String keywordOf(String t) {
        if (!t.startsWith(".")) {
            return null;
        }
        int end = 1;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        String k = t.substring(1, end).toUpperCase(Locale.ROOT);
        if (!KEYWORDS.contains(k) || (end < t.length() && !Character.isWhitespace(t.charAt(end)))) {
            return null;
        }
        return k;
    }

    private static void store(String keyword, String argument, List<String> body, Map<String, String> sections,
                              Map<String, String> parameters, List<String> examples) {
        if (keyword == null) {
            return;
        }
        String text = dedent(body);
        switch (keyword) {
            case "PARAMETER":
                if (!argument.isEmpty()) {
                    parameters.merge(argument, text, (a, b) -> a.isEmpty() ? b : a);
                }
                break;
            case "EXAMPLE":
                examples.add(text);
                break;
            default:
                String value = argument.isEmpty() ? text : text.isEmpty() ? argument : argument + "\n" + text;
                sections.merge(keyword, value, (a, b) -> a + "\n" + b);
        }
    }

    private static String dedent(List<String> body) {
        int indent = Integer.MAX_VALUE;
        for (String l : body) {
            if (!l.isBlank()) {
                int i = 0;
                while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
                    i++;
                }
                indent = Math.min(indent, i);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String l : body) {
            out.append(l.isBlank() ? "" : l.substring(Math.min(indent, l.length())).stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }
}
