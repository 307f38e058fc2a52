package dev.entrals.features.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.analysis.Binding;
import dev.entrals.commons.TextDocument;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.features.CallSite;
import dev.entrals.features.CallSites;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandContext;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.Token;
import dev.entrals.script.TokenKind;

/**
 * Completion: command names in command position, parameters of the call under the cursor, and values of a
 * parameter whose values are known. Items are light (documentation comes through {@code completionItem/resolve});
 * a trigger character that does not apply (a space in a comment, a {@code -} in an expression) gets null at once.
 */
public final class CompletionProvider implements FeatureProvider<CompletionParams, CompletionList> {

    private final CallSites sites;
    private final KnownValues values;
    private final CommandNameItems names = new CommandNameItems();

    public CompletionProvider(CallSites sites, KnownValues values) {
        this.sites = sites;
        this.values = values;
    }

    @Override
    public CompletionList provide(TextDocument document, CompletionParams params, RequestContext context) {
        CallSite site = sites.at(document, params.getPosition(), context);
        ScriptView view = site.view();
        int offset = site.offset();
        String trigger = params.getContext() != null
                && params.getContext().getTriggerKind() == CompletionTriggerKind.TriggerCharacter
                ? params.getContext().getTriggerCharacter() : null;
        if (insideText(view, offset, trigger != null)) {
            return null;
        }
        Optional<CommandContext> at = site.context();
        if (at.isEmpty()) {
            return trigger == null && startOfWord(view, offset) ? commandNames(site, "", offset, offset) : null;
        }
        CommandContext cc = at.get();
        CommandInvocation c = cc.command();
        boolean space = " ".equals(trigger);
        return switch (cc.element()) {
            case NAME -> space || offset < c.nameStart() || c.name() == null ? null
                    : commandNames(site, view.text(c.nameStart(), offset), c.nameStart(), c.nameEnd());
            case PARAMETER -> space ? null : parameters(site, cc.parameter(), null,
                    view.text(cc.parameter().start() + 1, offset), cc.parameter().start(), nameEnd(cc.parameter()));
            case ARGUMENT -> space ? null : argument(site, cc, offset);
            case BLANK -> "-".equals(trigger) ? null : blank(site, cc, offset);
            default -> null;
        };
    }

    /** A lone {@code -} is read as an argument; anything else in an argument completes a value. */
    private CompletionList argument(CallSite site, CommandContext cc, int offset) {
        ScriptView view = site.view();
        CommandArgument arg = cc.argument();
        String typed = view.text(arg.start(), offset);
        if (typed.equals("-") && view.text(arg.start(), arg.end()).equals("-")) {
            return parameters(site, null, arg, "", arg.start(), arg.end());
        }
        return values(site, cc, typed, arg.start(), arg.end());
    }

    /** Blank space: a value for a parameter waiting for one, else parameter names. */
    private CompletionList blank(CallSite site, CommandContext cc, int offset) {
        if (cc.parameter() != null) {
            CompletionList v = values(site, cc, "", offset, offset);
            if (v != null) {
                return v;
            }
            Optional<ParameterHelp> pending = site.cmdlet().flatMap(h -> parameter(site, h, cc.parameter()));
            if (pending.isPresent() && !pending.get().isSwitch()) {
                return null; // the parameter takes a value the docs do not enumerate
            }
        }
        return parameters(site, null, null, "", offset, offset);
    }

    private CompletionList commandNames(CallSite site, String typed, int start, int end) {
        ScriptView view = site.view();
        if (typed.contains("\\") || typed.startsWith("$") || typed.startsWith(".") && typed.length() > 1) {
            return null; // module-qualified names, variables and paths are not ours to complete
        }
        List<CompletionItem> items = names.items(site.index(), typed, view.range(start, end),
                view.script().functions(), site.workspace().names());
        return new CompletionList(true, items);
    }

    private CompletionList parameters(CallSite site, CommandParameter typing, CommandArgument dash, String typed,
                                      int start, int end) {
        Optional<CmdletHelp> cmdlet = site.cmdlet();
        if (cmdlet.isEmpty()) {
            return null;
        }
        ScriptView view = site.view();
        CommandInvocation c = site.command();
        ParameterBinder binder = site.binder();
        CommandInvocation others = without(c, typing, dash);
        Binding b = binder.bind(others, cmdlet.get(), ParameterBinder.receivesPipelineInput(view.script().text(), c));
        return new CompletionList(true, ParameterItems.items(b, typed, view.range(start, end)));
    }

    private CompletionList values(CallSite site, CommandContext cc, String typed, int start, int end) {
        Optional<CmdletHelp> cmdlet = site.cmdlet();
        if (cmdlet.isEmpty()) {
            return null;
        }
        Optional<ParameterHelp> p = cc.parameter() != null ? parameter(site, cmdlet.get(), cc.parameter())
                : site.binding(cc.command(), cmdlet.get()).parameterAt(start);
        List<String> known = p.map(values::of).orElse(List.of());
        if (known.isEmpty()) {
            return null;
        }
        String quote = typed.startsWith("'") || typed.startsWith("\"") ? typed.substring(0, 1) : "";
        Range range = site.view().range(start, end);
        List<CompletionItem> items = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            String v = known.get(i);
            String q = !quote.isEmpty() ? quote : v.matches("[A-Za-z0-9_.\\-]+") ? "" : "'";
            CompletionItem item = new CompletionItem(v);
            item.setKind(CompletionItemKind.EnumMember);
            item.setSortText(String.format(java.util.Locale.ROOT, "%03d", i));
            item.setFilterText(q + v);
            item.setTextEdit(Either.forLeft(new TextEdit(range, q + v + q)));
            items.add(item);
        }
        return new CompletionList(false, items);
    }

    /** The documented parameter a typed {@code -Name} binds to (by name, alias or unambiguous prefix). */
    private static Optional<ParameterHelp> parameter(CallSite site, CmdletHelp cmdlet, CommandParameter typed) {
        return site.index().resolveParameter(cmdlet, typed.name()).bound();
    }

    /** The call without the element being completed, so that it does not count as bound. */
    private static CommandInvocation without(CommandInvocation c, CommandParameter typing, CommandArgument dash) {
        List<CommandParameter> params = new ArrayList<>();
        for (CommandParameter p : c.parameters()) {
            if (p == typing) {
                continue;
            }
            params.add(dash != null && p.argument() == dash ? new CommandParameter(p.name(), p.start(), p.end(),
                    p.colonForm(), null) : p);
        }
        List<CommandArgument> positional = c.positional().stream().filter(a -> a != dash).toList();
        return new CommandInvocation(c.name(), c.nameStart(), c.nameEnd(), c.operator(), c.start(), c.end(),
                List.copyOf(params), positional, c.splats());
    }

    private static int nameEnd(CommandParameter p) {
        return p.colonForm() ? p.end() - 1 : p.end();
    }

    /**
     * Whether the cursor is inside a comment, a variable, a number or a type literal, or inside a string after a
     * trigger character (a typed quoted value may still complete when the user asks or types letters).
     */
    private static boolean insideText(ScriptView view, int offset, boolean triggered) {
        if (offset == 0) {
            return false;
        }
        Token t = view.script().innermostTokenAt(offset - 1).orElse(null);
        if (t == null || t.end() <= offset && closed(view, t)) {
            return false;
        }
        return switch (t.kind()) {
            case COMMENT, VARIABLE, NUMBER, TYPE_LITERAL -> true;
            case STRING, HERE_STRING, EXPANDABLE_STRING, EXPANDABLE_HERE_STRING -> triggered;
            default -> false;
        };
    }

    /** Whether a string, comment or other token ends before the text does (a string still being typed does not). */
    private static boolean closed(ScriptView view, Token t) {
        String text = view.script().text();
        return switch (t.kind()) {
            case COMMENT -> text.startsWith("<#", t.start()) && t.end() - t.start() >= 4 && text.startsWith("#>", t.end() - 2);
            case STRING, EXPANDABLE_STRING -> t.end() - t.start() >= 2 && text.charAt(t.end() - 1) == text.charAt(t.start());
            case HERE_STRING, EXPANDABLE_HERE_STRING -> t.end() - t.start() >= 4;
            default -> false;
        };
    }

    /** Whether nothing but blanks or a statement start precedes the cursor on its line. */
    private static boolean startOfWord(ScriptView view, int offset) {
        Token t = offset == 0 ? null : view.script().tokenAt(offset - 1).orElse(null);
        return t == null || t.kind() == TokenKind.WHITESPACE || t.kind() == TokenKind.NEWLINE
                || t.kind() == TokenKind.SEMICOLON || t.kind() == TokenKind.PIPE || t.kind() == TokenKind.OPEN_BRACE
                || t.kind() == TokenKind.OPEN_PAREN;
    }
}
