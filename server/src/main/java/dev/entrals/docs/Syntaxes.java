package dev.entrals.docs;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SYNTAX section read: one parameter set per {@code ### SetName} entry (or per code block when there are no
 * entries), its members, the parameter types shown, and whether {@code [<CommonParameters>]} appears.
 */
record Syntaxes(List<ParameterSet> sets, Map<String, String> types, boolean commonParameters,
                Map<String, Integer> firstSeen) {

    static Syntaxes read(List<Node> body, String cmdlet, Diagnostics diags) {
        List<ParameterSet> sets = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        boolean common = false;
        List<Blocks.Part> parts = Blocks.split(body, 3);
        for (Blocks.Part part : parts) {
            List<FencedCodeBlock> fences = new ArrayList<>();
            part.body().forEach(n -> {
                if (n instanceof FencedCodeBlock f && !Blocks.isOutput(f)) {
                    fences.add(f);
                }
            });
            if (!part.title().isEmpty() && fences.isEmpty()) {
                diags.warning(part.line(), "missing-syntax-block", "parameter set '" + part.title()
                        + "' has no syntax code block");
            }
            for (int i = 0; i < fences.size() && (i == 0 || part.title().isEmpty()); i++) {
                FencedCodeBlock f = fences.get(i);
                String title = part.title().isEmpty() ? (fences.size() == 1 && parts.size() == 1 ? ParameterSet.ALL
                        : "Set" + (sets.size() + 1)) : part.title();
                boolean isDefault = title.toLowerCase(Locale.ROOT).endsWith("(default)");
                String setName = ParameterYaml.setName(isDefault ? title.substring(0, title.length() - 9) : title);
                SyntaxReader.Syntax s = SyntaxReader.read(Blocks.code(f));
                int line = Blocks.line(f);
                if (!s.problems().isEmpty()) {
                    diags.warning(line, "syntax-unparsed", "cannot read the syntax of set '" + setName + "': "
                            + String.join("; ", s.problems()));
                }
                if (!s.command().isEmpty() && !s.command().equalsIgnoreCase(cmdlet)) {
                    diags.warning(line, "syntax-name-mismatch", "the syntax of set '" + setName + "' is for '"
                            + s.command() + "', not '" + cmdlet + "'");
                }
                for (ParameterSet.Member m : s.members()) {
                    String key = m.parameter().toLowerCase(Locale.ROOT);
                    firstSeen.putIfAbsent(key, line);
                    if (!m.type().isEmpty()) {
                        types.putIfAbsent(key, m.type());
                    }
                }
                common |= s.commonParameters();
                sets.add(new ParameterSet(setName, isDefault, s.members(), Blocks.code(f), line));
            }
        }
        if (sets.size() == 1 && !sets.get(0).isDefault()) {
            ParameterSet only = sets.get(0);
            sets.set(0, new ParameterSet(only.name(), true, only.members(), only.syntax(), only.line()));
        }
        return new Syntaxes(List.copyOf(sets), types, common, firstSeen);
    }
}
