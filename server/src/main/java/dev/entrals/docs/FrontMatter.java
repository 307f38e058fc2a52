package dev.entrals.docs;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a page's YAML front matter with Jackson, keeping every key; falls back to flexmark's lenient reading. */
final class FrontMatter {

    private FrontMatter() {
    }

    static Map<String, Object> read(Document doc, Diagnostics diags) {
        if (!(doc.getFirstChild() instanceof YamlFrontMatterBlock block)) {
            diags.warning(1, "missing-front-matter", "the page has no YAML front matter (--- ... ---)");
            return Map.of();
        }
        String yaml = block.getChars().toString();
        int firstBreak = yaml.indexOf('\n');
        int lastDelimiter = yaml.stripTrailing().lastIndexOf('\n');
        String body = firstBreak < 0 || lastDelimiter <= firstBreak ? "" : yaml.substring(firstBreak + 1, lastDelimiter);
        try {
            Map<String, Object> map = ParameterYaml.YAML.readValue(body.isBlank() ? "{}" : body,
                    new TypeReference<LinkedHashMap<String, Object>>() { });
            return map == null ? Map.of() : map;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr() - 1);
            diags.error(2 + line, "invalid-yaml", "invalid YAML front matter: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
            return lenient(doc);
        }
    }

    private static Map<String, Object> lenient(Document doc) {
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(doc);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : visitor.getData().entrySet()) {
            List<String> values = e.getValue();
            out.put(e.getKey(), values.size() == 1 ? values.get(0) : List.copyOf(values));
        }
        return out;
    }

    /** The value of a key, matched case-insensitively with spaces ignored, as text ({@code ""} when absent). */
    static String get(Map<String, Object> fm, String key) {
        String wanted = key.replace(" ", "").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Object> e : fm.entrySet()) {
            if (e.getKey().replace(" ", "").toLowerCase(Locale.ROOT).equals(wanted) && e.getValue() != null) {
                return e.getValue().toString().trim();
            }
        }
        return "";
    }
}
