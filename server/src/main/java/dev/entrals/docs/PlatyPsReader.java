package dev.entrals.docs;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one platyPS page (v1 or v2) into a {@link CmdletHelp} by walking flexmark's AST: front matter, the H1 title,
 * H2 sections and their H3 entries, fenced code blocks. Never throws on bad input: defects become diagnostics.
 */
final class PlatyPsReader {

    static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()))).build();

    /** A page read: the model and the problems found while reading and checking it. */
    record ParsedPage(CmdletHelp help, List<DocDiagnostic> diagnostics) {
    }

    private PlatyPsReader() {
    }

    static ParsedPage read(String raw, String file, String origin, String fallbackName) {
        String text = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        Diagnostics diags = new Diagnostics(file);
        Document doc = PARSER.parse(text);
        Map<String, Object> fm = FrontMatter.read(doc, diags);
        Heading title = null;
        List<Node> rest = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof YamlFrontMatterBlock) {
                continue;
            }
            if (title == null && n instanceof Heading h && h.getLevel() == 1) {
                title = h;
            } else {
                rest.add(n);
            }
        }
        Map<String, Integer> lines = new HashMap<>();
        String name = name(title, fm, fallbackName, lines, diags);
        Map<String, Blocks.Part> sections = sections(rest, lines, diags);
        Syntaxes syntax = Syntaxes.read(part(sections, "SYNTAX"), name, diags);
        ParameterSection.Result params = ParameterSection.read(part(sections, "PARAMETERS"), syntax.types(), diags);
        List<Example> examples = examples(part(sections, "EXAMPLES"));
        CmdletHelp help = new CmdletHelp(name, aliases(part(sections, "ALIASES")), FrontMatter.get(fm, "Module Name"),
                Blocks.text(part(sections, "SYNOPSIS")), Blocks.text(part(sections, "DESCRIPTION")),
                onlineUri(fm), TypeMend.sets(syntax.sets(), params.parameters()), params.parameters(), examples, types(part(sections, "INPUTS")),
                types(part(sections, "OUTPUTS")), Blocks.text(part(sections, "NOTES")),
                links(part(sections, "RELATED LINKS")), syntax.commonParameters() || params.commonParameters(), fm,
                new PageSource(origin, file, lines));
        PageChecks.check(help, sections.keySet(), sections, syntax, text, diags);
        List<DocDiagnostic> found = new ArrayList<>(diags.list());
        found.sort(java.util.Comparator.comparingInt(DocDiagnostic::line));
        return new ParsedPage(help, List.copyOf(found));
    }

    /** An empty page for a file that could not be read, with the diagnostics that say why. */
    static ParsedPage empty(String name, String file, String origin, List<DocDiagnostic> diagnostics) {
        CmdletHelp help = new CmdletHelp(name, List.of(), "", "", "", "", List.of(), List.of(), List.of(), List.of(),
                List.of(), "", List.of(), false, Map.of(), new PageSource(origin, file, Map.of()));
        return new ParsedPage(help, diagnostics);
    }

    private static String name(Heading title, Map<String, Object> fm, String fallback, Map<String, Integer> lines,
                               Diagnostics diags) {
        String fmTitle = FrontMatter.get(fm, "title");
        if (title == null) {
            diags.warning(1, "missing-title", "the page has no '# Cmdlet-Name' title");
            return fmTitle.isEmpty() ? fallback : fmTitle;
        }
        lines.put("name", Blocks.line(title));
        String h1 = title.getText().toString().trim();
        if (!fmTitle.isEmpty() && !fmTitle.equalsIgnoreCase(h1)) {
            diags.warning(Blocks.line(title), "name-mismatch",
                    "the title '" + h1 + "' differs from the front matter's title '" + fmTitle + "'");
        }
        return h1.isEmpty() ? fallback : h1;
    }

    private static Map<String, Blocks.Part> sections(List<Node> rest, Map<String, Integer> lines, Diagnostics diags) {
        Map<String, Blocks.Part> sections = new LinkedHashMap<>();
        for (Blocks.Part part : Blocks.split(rest, 2)) {
            if (part.title().isEmpty()) {
                continue;
            }
            String key = part.title().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (sections.containsKey(key)) {
                diags.warning(part.line(), "duplicate-section", "section '" + part.title() + "' appears twice");
                continue;
            }
            sections.put(key, part);
            lines.put(partKey(key), part.line());
        }
        return sections;
    }

    private static String partKey(String section) {
        return section.equals("RELATED LINKS") ? "relatedLinks" : section.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static List<Node> part(Map<String, Blocks.Part> sections, String key) {
        Blocks.Part p = sections.get(key);
        return p == null ? List.of() : p.body();
    }

    private static String onlineUri(Map<String, Object> fm) {
        String v1 = FrontMatter.get(fm, "online version");
        return v1.isEmpty() ? FrontMatter.get(fm, "HelpUri") : v1;
    }

    private static List<Example> examples(List<Node> body) {
        List<Example> out = new ArrayList<>();
        for (Blocks.Part part : Blocks.split(body, 3)) {
            List<String> code = new ArrayList<>();
            List<String> output = new ArrayList<>();
            for (Node n : part.body()) {
                if (n instanceof FencedCodeBlock f) {
                    (Blocks.isOutput(f) ? output : code).add(Blocks.code(f));
                }
            }
            if (part.title().isEmpty() && code.isEmpty()) {
                continue;
            }
            out.add(new Example(part.title(), String.join("\n\n", code), String.join("\n\n", output),
                    Blocks.prose(part.body()), part.line()));
        }
        return out;
    }

    private static List<TypeHelp> types(List<Node> body) {
        List<TypeHelp> out = new ArrayList<>();
        for (Blocks.Part part : Blocks.split(body, 3)) {
            String prose = Blocks.prose(part.body());
            if (!part.title().isEmpty()) {
                out.add(new TypeHelp(part.title(), prose));
            } else if (!prose.isEmpty()) {
                out.add(new TypeHelp(prose, ""));
            }
        }
        return out;
    }

    private static List<RelatedLink> links(List<Node> body) {
        List<RelatedLink> out = new ArrayList<>();
        for (Node block : body) {
            boolean found = false;
            for (Node n : block.getDescendants()) {
                if (n instanceof Link l) {
                    out.add(new RelatedLink(l.getText().toString().trim(), l.getUrl().toString().trim()));
                    found = true;
                } else if (n instanceof AutoLink a) {
                    out.add(new RelatedLink(a.getText().toString().trim(), a.getUrl().toString().trim()));
                    found = true;
                }
            }
            if (!found && block instanceof Paragraph p) {
                p.getChars().toString().lines().map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(s -> out.add(new RelatedLink(s, "")));
            }
        }
        return out;
    }

    /**
     * Aliases from a platyPS v2 ALIASES section: its list items and inline code spans, and the names written as plain
     * text after the section's sentence (what platyPS's {@code {{Insert list of aliases}}} placeholder becomes when
     * filled in by hand); placeholders skipped.
     */
    private static List<String> aliases(List<Node> body) {
        List<String> out = new ArrayList<>();
        for (Node block : body) {
            if (block instanceof Paragraph && noCodeInside(block)) {
                plainAliases(Blocks.text(List.of(block)), out);
                continue;
            }
            for (Node n : block.getDescendants()) {
                String t = n instanceof Code c ? c.getText().toString()
                        : n instanceof BulletListItem b ? Blocks.text(List.of(b.getFirstChild() == null ? b
                        : b.getFirstChild())) : null;
                if (t != null && !t.isBlank() && !t.contains("{{") && !out.contains(t.trim())
                        && !t.trim().contains(" ") && !t.trim().startsWith("`") && !t.trim().endsWith(":")) {
                    out.add(t.trim());
                }
            }
        }
        return out;
    }

    private static boolean noCodeInside(Node block) {
        for (Node n : block.getDescendants()) {
            if (n instanceof Code) {
                return false;
            }
        }
        return true;
    }

    /** Names on the lines after the section's own sentence ("This cmdlet has the following aliases,"). */
    private static void plainAliases(String text, List<String> out) {
        for (String line : text.split("\\R")) {
            String l = line.trim();
            if (l.isEmpty() || l.contains("{{") || l.toLowerCase(Locale.ROOT).contains("alias")
                    || l.endsWith(":") || l.equalsIgnoreCase("None")) {
                continue;
            }
            for (String word : l.split("[,;\\s]+")) {
                if (isCommandName(word) && !out.contains(word)) {
                    out.add(word);
                }
            }
        }
    }

    private static boolean isCommandName(String word) {
        if (word.isEmpty() || word.equalsIgnoreCase("None")) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
