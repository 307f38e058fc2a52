package dev.entrals.features.hover;

import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import dev.entrals.analysis.CommandTarget;
import dev.entrals.analysis.MigrationTable;
import dev.entrals.commons.TextDocument;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterMatch;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;
import dev.entrals.script.CommandContext;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;

/**
 * Hover: on a command name, what it is (documented cmdlet, alias, retired AzureAD cmdlet, script function); on a
 * parameter of a documented cmdlet, its facts. The range is the hovered name; elsewhere the answer is null. Runs on
 * the message thread: everything it reads is cached (parsed script per version, parsed page and rendered text per
 * index).
 */
public final class HoverProvider implements FeatureProvider<HoverParams, Hover> {

    private final DocsAccess docs;
    private final MigrationTable migration;
    private final HoverTexts texts = new HoverTexts();

    public HoverProvider(DocsAccess docs, MigrationTable migration) {
        this.docs = docs;
        this.migration = migration;
    }

    @Override
    public Hover provide(TextDocument document, HoverParams params, RequestContext context) {
        ScriptView view = ScriptView.around(document, params.getPosition());
        int offset = view.offset(params.getPosition());
        Optional<CommandContext> at = view.script().commandAt(offset);
        if (at.isEmpty()) {
            return null;
        }
        CommandContext cc = at.get();
        boolean markdown = context.client().hoverMarkdown();
        CommandInvocation c = cc.command();
        return switch (cc.element()) {
            case NAME -> offset < c.nameStart() || c.name() == null ? null
                    : hover(name(view, c, docs.afterFirstLoad(), markdown), view, c.nameStart(), c.nameEnd(), markdown);
            case PARAMETER -> parameter(view, c, cc.parameter(), markdown);
            default -> null;
        };
    }

    private String name(ScriptView view, CommandInvocation c, HelpIndex index, boolean markdown) {
        return CommandTarget.resolve(c.name(), view.script(), index, migration)
                .map(target -> texts.command(docs.binder(index), target, c, view, markdown)).orElse(null);
    }

    private Hover parameter(ScriptView view, CommandInvocation c, CommandParameter p, boolean markdown) {
        HelpIndex index = docs.afterFirstLoad();
        Optional<CmdletHelp> cmdlet = CommandTarget.documentedCmdlet(c.name(), view.script(), index);
        if (cmdlet.isEmpty()) {
            return null;
        }
        ParameterMatch match = index.resolveParameter(cmdlet.get(), p.name());
        int end = p.colonForm() ? p.end() - 1 : p.end();
        return hover(texts.parameter(index, cmdlet.get(), p.name(), match, markdown), view, p.start(), end, markdown);
    }

    private static Hover hover(String text, ScriptView view, int start, int end, boolean markdown) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text),
                view.range(start, end));
    }
}
