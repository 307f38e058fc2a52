package dev.entrals.features.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.analysis.Binding;
import dev.entrals.analysis.CamelHumps;
import dev.entrals.docs.CommonParameters;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.SyntaxLine;

/**
 * Parameter names for a call: those not bound yet that fit a parameter set still possible (the binder's
 * {@link Binding#available()}), matched by prefix or capitals; the cmdlet's own parameters first, then their aliases
 * (by prefix, once something is typed), then the common parameters and theirs.
 */
final class ParameterItems {

    private ParameterItems() {
    }

    /** The items for {@code typed} (without the dash), each replacing {@code replace} with {@code -Name}. */
    static List<CompletionItem> items(Binding binding, String typed, Range replace) {
        List<CompletionItem> out = new ArrayList<>();
        List<ParameterHelp> available = binding.available();
        List<String> best = binding.bestSets();
        for (int i = 0; i < available.size(); i++) {
            ParameterHelp p = available.get(i);
            int group = CommonParameters.isCommon(p.name()) ? 2 : 0;
            String order = String.format(Locale.ROOT, "%03d", i);
            CamelHumps.Match m = CamelHumps.match(typed, p.name());
            boolean required = !best.isEmpty()
                    && binding.sets().membership(p, best.get(0)).map(s -> s.required()).orElse(false);
            if (m != CamelHumps.Match.NONE) {
                out.add(item(p.name(), detail(p, required), group + order, m, typed, replace, binding, p));
            }
            if (!typed.isEmpty()) {
                for (String alias : p.aliases()) {
                    if (CamelHumps.match(typed, alias) == CamelHumps.Match.PREFIX) {
                        out.add(item(alias, "alias of -" + p.name(), (group + 1) + order, CamelHumps.Match.PREFIX,
                                typed, replace, binding, p));
                    }
                }
            }
        }
        return out;
    }

    private static String detail(ParameterHelp p, boolean required) {
        String type = p.isSwitch() ? "switch" : p.type().isEmpty() ? "" : SyntaxLine.shortType(p.type());
        return required ? (type.isEmpty() ? "required" : type + " · required") : type;
    }

    private static CompletionItem item(String name, String detail, String sort, CamelHumps.Match m, String typed,
                                       Range replace, Binding binding, ParameterHelp p) {
        CompletionItem i = new CompletionItem("-" + name);
        i.setKind(CompletionItemKind.Property);
        if (!detail.isEmpty()) {
            i.setDetail(detail);
        }
        i.setSortText(sort + (m == CamelHumps.Match.PREFIX ? "0" : "1"));
        i.setTextEdit(Either.forLeft(new TextEdit(replace, "-" + name)));
        if (m == CamelHumps.Match.HUMPS) {
            i.setFilterText("-" + typed);
        }
        i.setData(new ItemData(binding.cmdlet().name(), p.name()).toJson());
        return i;
    }
}
