package dev.entrals.features.hover;

import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import dev.entrals.commons.TextDocument;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterMatch;
import dev.entrals.features.CallSite;
import dev.entrals.features.CallSites;
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
 * the message thread once the first docs load has ended: everything it reads is cached (parsed script per version,
 * parsed page and rendered text per docs snapshot, answers per version and snapshot in the call site's memo).
 */
public final class HoverProvider implements FeatureProvider<HoverParams, Hover> {

    private final CallSites sites;
    private final HoverTexts texts = new HoverTexts();

    public HoverProvider(CallSites sites) {
        this.sites = sites;
    }

    /** A hover computed for one document version: its text (null: nothing to say) and document range. */
    private record Answer(String text, int start, int end) {
    }

    /** The memo key of the answer at one token (document offset) for one markup kind. */
    private record Key(long token) {
    }

    @Override
    public Hover provide(TextDocument document, HoverParams params, RequestContext context) {
        CallSite site = sites.at(document, params.getPosition(), context);
        ScriptView view = site.view();
        int offset = site.offset();
        Token token = view.script().tokenAt(offset).orElse(null);
        Answer answer;
        if (token == null || token.start() == offset && offset > 0 || !token.nested().isEmpty()) {
            // at a token boundary the token before may be meant; a string with $(...) parts holds several answers
            answer = answer(site);
        } else {
            Key key = new Key((long) (view.base() + token.start()) << 1 | (site.markdown() ? 1 : 0));
            answer = site.memo(key, () -> answer(site));
        }
        return answer.text() == null ? null
                : new Hover(new MarkupContent(site.markdown() ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT,
                        answer.text()), view.range(answer.start() - view.base(), answer.end() - view.base()));
    }

    private Answer answer(CallSite site) {
        Optional<CommandContext> at = site.context();
        if (at.isEmpty()) {
            return NOTHING;
        }
        CommandContext cc = at.get();
        CommandInvocation c = cc.command();
        return switch (cc.element()) {
            case NAME -> site.offset() < c.nameStart() || c.name() == null ? NOTHING
                    : answer(site.target().map(t -> texts.command(site, t)).orElse(null), site, c.nameStart(),
                            c.nameEnd());
            case PARAMETER -> parameter(site, cc.parameter());
            default -> NOTHING;
        };
    }

    private static final Answer NOTHING = new Answer(null, 0, 0);

    private Answer parameter(CallSite site, CommandParameter p) {
        Optional<CmdletHelp> cmdlet = site.cmdlet();
        if (cmdlet.isEmpty()) {
            return NOTHING;
        }
        ParameterMatch match = site.index().resolveParameter(cmdlet.get(), p.name());
        int end = p.colonForm() ? p.end() - 1 : p.end();
        return answer(texts.parameter(site.docs(), cmdlet.get(), p.name(), match, site.markdown()), site, p.start(), end);
    }

    private static Answer answer(String text, CallSite site, int start, int end) {
        int base = site.view().base();
        return text == null || text.isEmpty() ? NOTHING : new Answer(text, base + start, base + end);
    }
}
