package dev.entrals.graph.derive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value the code assigns to a local variable, as {@link UriTemplates} expands it. */
final class LocalValues {

    private static final Pattern VAR_ASSIGN = Pattern.compile("(?m)^\\s*\\$(\\w+)\\s*=\\s*(.+?)\\s*$");

    private LocalValues() {
    }

    /** The value assigned to {@code $name} in the block (before the offset), else the first anywhere. */
    static String value(String p, List<PsText.IfBlock> blocks, String name, PsText.IfBlock block, int offset) {
        Matcher m = VAR_ASSIGN.matcher(p);
        String first = null;
        String inBlock = null;
        while (m.find()) {
            if (!m.group(1).equalsIgnoreCase(name) || m.group(2).contains("nextLink")
                    || m.group(2).equalsIgnoreCase("$null") || m.group(2).equals("@()")) {
                continue;
            }
            first = first == null ? m.group(2) : first;
            if (block != null && m.start() >= block.start() && m.start() < offset) {
                PsText.IfBlock own = Assignments.innermost(blocks, m.start());
                if (own != block && own != null && !Assignments.isBoundTest(own.condition())) {
                    return null; // set in a branch on a value: not read
                }
                inBlock = m.group(2);
            }
        }
        return inBlock != null ? inBlock : first;
    }
}
