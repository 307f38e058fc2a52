package dev.entrals.features.completion;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.features.CompletionResolver;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.RequestContext;
import dev.entrals.features.helptext.HelpSnippets;
import dev.entrals.features.helptext.Markup;

/**
 * {@code completionItem/resolve}: fills in the documentation of a cmdlet or parameter item from its {@code data}
 * (the same texts as the hover, Markdown when the client takes it), and the synopsis as a cmdlet's detail.
 */
public final class CompletionDocs implements CompletionResolver {

    private final DocsAccess docs;

    public CompletionDocs(DocsAccess docs) {
        this.docs = docs;
    }

    @Override
    public CompletionItem resolve(CompletionItem item, RequestContext context) {
        ItemData data = ItemData.from(item.getData());
        if (data == null) {
            return item;
        }
        HelpIndex index = docs.afterFirstLoad().index();
        CmdletHelp cmdlet = index.find(data.cmdlet()).orElse(null);
        if (cmdlet == null) {
            return item;
        }
        boolean markdown = context.client().completionDocMarkdown();
        Markup doc;
        if (data.parameter() == null) {
            doc = HelpSnippets.cmdlet(cmdlet, cmdlet.parameterSets(), markdown, context.client().fetchDocsCommand());
            if (item.getDetail() == null && !cmdlet.synopsis().isEmpty()) {
                item.setDetail(HelpSnippets.excerpt(cmdlet.synopsis()));
            }
        } else {
            ParameterHelp p = index.acceptedParameters(cmdlet).stream()
                    .filter(h -> h.name().equalsIgnoreCase(data.parameter())).findFirst().orElse(null);
            if (p == null) {
                return item;
            }
            doc = HelpSnippets.parameter(cmdlet, p, markdown);
        }
        item.setDocumentation(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, doc.build()));
        return item;
    }
}
