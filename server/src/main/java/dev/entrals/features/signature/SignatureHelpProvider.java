package dev.entrals.features.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Tuple;

import dev.entrals.analysis.Binding;
import dev.entrals.commons.TextDocument;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.SyntaxLine;
import dev.entrals.features.CallSite;
import dev.entrals.features.CallSites;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.RequestContext;
import dev.entrals.features.helptext.HelpSnippets;
import dev.entrals.script.CommandContext;

/**
 * Signature help inside a call of a documented cmdlet: one signature per parameter set (its syntax line, each
 * parameter marked by its offsets in the line), the best-matching set active (the binder's), and the parameter under
 * or right before the cursor active. Null outside such a call. Runs on the message thread once the first docs
 * load has ended; the signatures of a cmdlet are built once per docs snapshot.
 */
public final class SignatureHelpProvider implements FeatureProvider<SignatureHelpParams, SignatureHelp> {

    /** The signatures of one cmdlet and, per set, the parameter names in label order. */
    private record Signatures(List<SignatureInformation> infos, List<List<String>> parameters) {
    }

    private final CallSites sites;

    public SignatureHelpProvider(CallSites sites) {
        this.sites = sites;
    }

    @Override
    public SignatureHelp provide(TextDocument document, SignatureHelpParams params, RequestContext context) {
        CallSite site = sites.at(document, params.getPosition(), context);
        int offset = site.offset();
        CommandContext cc = site.context().orElse(null);
        if (cc == null || cc.element() == CommandContext.Element.NAME || offset <= cc.command().nameEnd()) {
            return null;
        }
        CmdletHelp cmdlet = site.cmdlet().orElse(null);
        if (cmdlet == null || cmdlet.parameterSets().isEmpty()) {
            return null;
        }
        boolean markdown = site.markdown();
        // a script's own function (this one or another open one) changes with each edit: built afresh, never kept
        Signatures sigs = dev.entrals.analysis.WorkspaceFunctions.isScriptHelp(cmdlet) ? build(cmdlet, markdown)
                : site.docs().rendered(List.of("signatures", cmdlet.name().toLowerCase(Locale.ROOT), markdown),
                () -> build(cmdlet, markdown));
        Binding b = site.binding(cc.command(), cmdlet);
        int active = active(cmdlet, b);
        SignatureHelp help = new SignatureHelp(sigs.infos(), active, null);
        b.parameterAt(offset).map(ParameterHelp::name).ifPresent(name -> {
            int i = indexOf(sigs.parameters().get(active), name);
            if (i >= 0) {
                help.setActiveParameter(i);
            }
        });
        return help;
    }

    /** The index of the best set (the binder's ranking), else of the default set. */
    private static int active(CmdletHelp cmdlet, Binding b) {
        List<ParameterSet> sets = cmdlet.parameterSets();
        for (String best : b.bestSets()) {
            for (int i = 0; i < sets.size(); i++) {
                if (sets.get(i).name().equalsIgnoreCase(best)) {
                    return i;
                }
            }
        }
        return cmdlet.defaultSet().map(sets::indexOf).filter(i -> i >= 0).orElse(0);
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Signatures build(CmdletHelp cmdlet, boolean markdown) {
        List<SignatureInformation> infos = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (ParameterSet set : cmdlet.parameterSets()) {
            List<String> parts = SyntaxLine.parts(cmdlet, set);
            List<ParameterInformation> params = new ArrayList<>();
            List<String> setNames = new ArrayList<>();
            int at = parts.get(0).length();
            for (int i = 1; i < parts.size(); i++) {
                at += 1;
                int end = at + parts.get(i).length();
                if (i - 1 < set.members().size()) {
                    String name = set.members().get(i - 1).parameter();
                    ParameterInformation pi = new ParameterInformation();
                    pi.setLabel(Either.forRight(Tuple.two(at, end)));
                    cmdlet.parameter(name).map(p -> HelpSnippets.excerpt(p.description())).filter(d -> !d.isEmpty())
                            .ifPresent(d -> pi.setDocumentation(doc(d, markdown)));
                    params.add(pi);
                    setNames.add(name);
                }
                at = end;
            }
            SignatureInformation info = new SignatureInformation(String.join(" ", parts));
            String head = (cmdlet.parameterSets().size() > 1 ? "Parameter set " + set.name() + ". " : "")
                    + HelpSnippets.excerpt(cmdlet.synopsis());
            info.setDocumentation(doc(head.strip(), markdown));
            info.setParameters(params);
            infos.add(info);
            names.add(List.copyOf(setNames));
        }
        return new Signatures(List.copyOf(infos), List.copyOf(names));
    }

    private static Either<String, MarkupContent> doc(String text, boolean markdown) {
        return Either.forRight(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text));
    }
}
