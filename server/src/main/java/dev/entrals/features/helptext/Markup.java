package dev.entrals.features.helptext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds editor text as Markdown or, for clients that only take plain text, as readable plain text: blocks
 * separated by blank lines; docs prose (written in Markdown) is passed through or reduced to plain text.
 */
public final class Markup {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)]\\(([^)\\s]*)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|`)");

    private final boolean markdown;
    private final List<String> blocks = new ArrayList<>();

    public Markup(boolean markdown) {
        this.markdown = markdown;
    }

    public boolean markdown() {
        return markdown;
    }

    /** A fenced PowerShell code block (plain text: the lines as they are). */
    public Markup code(List<String> lines) {
        if (!lines.isEmpty()) {
            String body = String.join("\n", lines);
            blocks.add(markdown ? "```powershell\n" + body + "\n```" : body);
        }
        return this;
    }

    /** A paragraph of our own words; {@code **bold**} and {@code `code`} in it are kept in Markdown only. */
    public Markup line(String text) {
        if (!text.isBlank()) {
            blocks.add(markdown ? text : plain(text));
        }
        return this;
    }

    /** Docs prose as written (Markdown), reduced to plain text for plain clients. */
    public Markup prose(String docsMarkdown) {
        if (!docsMarkdown.isBlank()) {
            blocks.add(markdown ? docsMarkdown.strip() : plain(docsMarkdown.strip()));
        }
        return this;
    }

    /** Lines shown as a list ({@code - } items in Markdown; one per line in plain text). */
    public Markup list(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(String.join("\n", items.stream().map(i -> markdown ? "- " + i : plain(i)).toList()));
        }
        return this;
    }

    /** A link: {@code [text](uri)} in Markdown, {@code text: uri} in plain text. */
    public Markup link(String text, String uri) {
        if (!uri.isBlank()) {
            blocks.add(markdown ? "[" + text + "](" + uri + ")" : text + ": " + uri);
        }
        return this;
    }

    /** {@code `text`} in Markdown, the text itself in plain text. */
    public String code(String text) {
        return markdown ? "`" + text.replace("`", "") + "`" : text;
    }

    /** {@code **text**} in Markdown, the text itself in plain text. */
    public String bold(String text) {
        return markdown ? "**" + text + "**" : text;
    }

    /** Whether nothing was added. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The blocks joined by blank lines. */
    public String build() {
        return String.join("\n\n", blocks);
    }

    /** Markdown reduced to plain text: links become {@code text (uri)}, emphasis and code marks go. */
    static String plain(String md) {
        String s = LINK.matcher(md).replaceAll(m -> {
            String text = m.group(1);
            String uri = m.group(2);
            return java.util.regex.Matcher.quoteReplacement(uri.isEmpty() || uri.equals(text) ? text : text + " (" + uri + ")");
        });
        return EMPHASIS.matcher(s).replaceAll("");
    }
}
