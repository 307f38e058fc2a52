package dev.entrals.features.hover;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
import dev.entrals.script.Token;

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

    /** A hover computed for one document version: its text (null: nothing to say) and document range. */
    private record Answer(String text, int start, int end) {
    }

    /** The answers of one document version by hovered token (document offset) and text kind, for one index. */
    private record Memo(HelpIndex index, Map<Long, Answer> answers) {
    }

    @Override
    public Hover provide(TextDocument document, HoverParams params, RequestContext context) {
        ScriptView view = ScriptView.around(document, params.getPosition());
        int offset = view.offset(params.getPosition());
        boolean markdown = context.client().hoverMarkdown();
        String fetchCommand = context.client().fetchDocsCommand();
        HelpIndex index = docs.afterFirstLoad();
        Token token = view.script().tokenAt(offset).orElse(null);
        Memo memo = document.derived(Memo.class, d -> new Memo(index, new ConcurrentHashMap<>()));
        Answer answer;
        if (token == null || token.start() == offset && offset > 0 || !token.nested().isEmpty()
                || memo.index() != index) {
            // at a token boundary the token before may be meant; a string with $(...) parts holds several answers
            answer = answer(view, offset, index, markdown, fetchCommand);
        } else {
            long key = (long) (view.base() + token.start()) << 1 | (markdown ? 1 : 0);
            answer = memo.answers().computeIfAbsent(key, k -> answer(view, offset, index, markdown, fetchCommand));
        }
        return answer.text() == null ? null
                : new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, answer.text()),
                        view.range(answer.start() - view.base(), answer.end() - view.base()));
    }

    private Answer answer(ScriptView view, int offset, HelpIndex index, boolean markdown, String fetchCommand) {
        Optional<CommandContext> at = view.script().commandAt(offset);
        if (at.isEmpty()) {
            return NOTHING;
        }
        CommandContext cc = at.get();
        CommandInvocation c = cc.command();
        return switch (cc.element()) {
            case NAME -> offset < c.nameStart() || c.name() == null ? NOTHING
                    : answer(name(view, c, index, markdown, fetchCommand), view, c.nameStart(), c.nameEnd());
            case PARAMETER -> parameter(view, c, cc.parameter(), index, markdown);
            default -> NOTHING;
        };
    }

    private static final Answer NOTHING = new Answer(null, 0, 0);

    private String name(ScriptView view, CommandInvocation c, HelpIndex index, boolean markdown,
            String fetchCommand) {
        return CommandTarget.resolve(c.name(), view.script(), index, migration)
                .map(target -> texts.command(docs.binder(index), target, c, view, markdown, fetchCommand)).orElse(null);
    }

    private Answer parameter(ScriptView view, CommandInvocation c, CommandParameter p, HelpIndex index,
                             boolean markdown) {
        Optional<CmdletHelp> cmdlet = CommandTarget.documentedCmdlet(c.name(), view.script(), index);
        if (cmdlet.isEmpty()) {
            return NOTHING;
        }
        ParameterMatch match = index.resolveParameter(cmdlet.get(), p.name());
        int end = p.colonForm() ? p.end() - 1 : p.end();
        return answer(texts.parameter(index, cmdlet.get(), p.name(), match, markdown), view, p.start(), end);
    }

    private static Answer answer(String text, ScriptView view, int start, int end) {
        return text == null || text.isEmpty() ? NOTHING : new Answer(text, view.base() + start, view.base() + end);
    }
}
