package dev.entrals.features.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.analysis.CamelHumps;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.FunctionDefinition;

/**
 * Command names for the command position: documented cmdlets matched by prefix or by the capitals of their words,
 * the script's own functions and those of the other open scripts, then the docs' cmdlet aliases (by prefix), each replacing the typed name.
 */
final class CommandNameItems {

    /** The names and aliases of one index, computed once per index. */
    private record Names(HelpIndex index, List<String> cmdlets, Map<String, String> aliases) {
    }

    /** The most names one answer carries (the best first); the list is incomplete, so typing more narrows it. */
    static final int MAX_ITEMS = 100;

    private volatile Names names;

    List<CompletionItem> items(HelpIndex index, String typed, Range replace, List<FunctionDefinition> functions) {
        return items(index, typed, replace, functions, Map.of());
    }

    /** As above, with the functions other open scripts define ({@code others}: name to the URI defining it). */
    List<CompletionItem> items(HelpIndex index, String typed, Range replace, List<FunctionDefinition> functions,
                               Map<String, String> others) {
        Names n = names(index);
        List<CompletionItem> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FunctionDefinition f : functions) {
            CamelHumps.Match m = CamelHumps.match(typed, f.name());
            if (m != CamelHumps.Match.NONE && seen.add(f.name().toLowerCase(java.util.Locale.ROOT))) {
                out.add(item(f.name(), "function in this script", m, 0, typed, replace, null));
            }
        }
        others.forEach((name, uri) -> {
            CamelHumps.Match m = CamelHumps.match(typed, name);
            if (m != CamelHumps.Match.NONE && seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                out.add(item(name, "function in " + dev.entrals.commons.TextDocument.fileName(uri), m, 0, typed, replace,
                        null));
            }
        });
        for (String name : n.cmdlets()) {
            CamelHumps.Match m = CamelHumps.match(typed, name);
            if (m != CamelHumps.Match.NONE && seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                out.add(item(name, null, m, 0, typed, replace, new ItemData(name, null)));
            }
        }
        if (!typed.isEmpty()) {
            n.aliases().forEach((alias, target) -> {
                if (CamelHumps.match(typed, alias) == CamelHumps.Match.PREFIX) {
                    out.add(item(alias, "alias of " + target, CamelHumps.Match.PREFIX, 3, typed, replace,
                            new ItemData(target, null)));
                }
            });
        }
        if (out.size() > MAX_ITEMS) {
            out.sort(java.util.Comparator.comparing(CompletionItem::getSortText));
            return new ArrayList<>(out.subList(0, MAX_ITEMS));
        }
        return out;
    }

    private static CompletionItem item(String name, String detail, CamelHumps.Match match, int group, String typed,
                                       Range replace, ItemData data) {
        CompletionItem i = new CompletionItem(name);
        i.setKind(CompletionItemKind.Function);
        i.setDetail(detail);
        i.setTextEdit(Either.forLeft(new TextEdit(replace, name)));
        // prefix matches first, then matches by capitals (those whose capitals are exactly the typed letters, like
        // GEU for Get-EntraUser, before the longer names that merely contain them); the client keeps capital matches
        // by the typed text
        int rank = group + (match == CamelHumps.Match.PREFIX ? 0 : exactHumps(typed, name) ? 1 : 2);
        i.setSortText(rank + name.toLowerCase(java.util.Locale.ROOT));
        if (match == CamelHumps.Match.HUMPS) {
            i.setFilterText(typed);
        }
        if (data != null) {
            i.setData(data.toJson());
        }
        return i;
    }

    private Names names(HelpIndex index) {
        Names n = names;
        if (n == null || n.index() != index) {
            List<String> sorted = new ArrayList<>(index.names());
            sorted.sort(Comparator.comparing(String::toLowerCase));
            n = new Names(index, List.copyOf(sorted), index.aliasNames());
            names = n;
        }
        return n;
    }

    /** Whether the name's capitals (and the letters after its dashes) are exactly the typed letters. */
    static boolean exactHumps(String typed, String name) {
        int letters = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (Character.isLetterOrDigit(typed.charAt(i))) {
                letters++;
            }
        }
        int humps = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean start = i == 0 || name.charAt(i - 1) == '-';
            if (Character.isLetter(c) && (start || Character.isUpperCase(c))) {
                humps++;
            }
        }
        return humps == letters;
    }
}
