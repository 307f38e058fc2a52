package dev.entrals.features.hover;

import java.util.List;

import dev.entrals.analysis.CommandTarget;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterMatch;
import dev.entrals.docs.ParameterSet;
import dev.entrals.features.CallSite;
import dev.entrals.features.helptext.HelpSnippets;
import dev.entrals.features.helptext.Markup;
import dev.entrals.features.DocsSnapshot;
import dev.entrals.features.ScriptView;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.FunctionDefinition;

/** The hover texts, rendered once per docs snapshot and key (cmdlet and sets, parameter, retired name). */
final class HoverTexts {

    /** The hover of the command name at {@code site}, which stands for {@code target}. */
    String command(CallSite site, CommandTarget target) {
        boolean markdown = site.markdown();
        if (target instanceof CommandTarget.Documented d) {
            return documented(site.docs(), d, CallSets.of(site, d.help(), site.command()), markdown,
                    site.fetchDocsCommand());
        }
        if (target instanceof CommandTarget.Retired r) {
            return site.docs().rendered(List.of("hover.retired", r.retired().name(), r.retired().module(), markdown),
                    () -> retired(r, markdown));
        }
        CommandTarget.LocalFunction local = (CommandTarget.LocalFunction) target;
        if (local.help() != null) {
            Markup m = HelpSnippets.cmdlet(local.help(), CallSets.of(site, local.help(), site.command()), markdown);
            m.line("Defined in this script, line " + (site.view().position(local.definition().nameStart()).getLine() + 1)
                    + ".");
            return m.build();
        }
        return function(local.definition(), site.view(), markdown);
    }

    private String documented(DocsSnapshot docs, CommandTarget.Documented d, List<ParameterSet> sets, boolean markdown,
            String fetchCommand) {
        List<String> setNames = sets.stream().map(ParameterSet::name).toList();
        String alias = d.viaAlias() ? d.typedAlias().toLowerCase(java.util.Locale.ROOT) : "";
        if (dev.entrals.analysis.WorkspaceFunctions.isWorkspaceHelp(d.help())) {
            // another open script's function changes with each edit there: rendered afresh, never kept
            Markup m = HelpSnippets.cmdlet(d.help(), sets, markdown, fetchCommand);
            String file = d.help().source().file();
            m.line("Defined in " + m.code(dev.entrals.commons.TextDocument.fileName(file)) + " (open in the workspace).");
            return m.build();
        }
        return docs.rendered(List.of("hover.cmdlet", d.help().name(), setNames, alias, markdown, fetchCommand), () -> {
            Markup m = new Markup(markdown);
            if (d.viaAlias()) {
                m.line(m.code(d.typedAlias()) + " is an alias of " + m.bold(d.help().name()) + ".");
            }
            String help = join(m, HelpSnippets.cmdlet(d.help(), sets, markdown, fetchCommand));
            return dev.entrals.features.helptext.ScopeText.of(d.help().name(), markdown)
                    .map(line -> help + "\n\n" + line).orElse(help);
        });
    }

    private static String retired(CommandTarget.Retired r, boolean markdown) {
        Markup m = new Markup(markdown);
        String name = m.bold(r.retired().name()) + " (" + r.retired().module() + ")";
        boolean graph = "graph".equals(r.retired().channel());
        if (r.retired().replacement() == null) {
            m.line(name + " is retired and has no Microsoft.Entra" + (r.retired().fromMsOnline()
                    ? " or Microsoft Graph PowerShell" : "") + " equivalent.");
            return m.build();
        }
        m.line(name + " is retired; its " + (graph ? "Microsoft Graph PowerShell" : "Microsoft.Entra")
                + " replacement is " + m.bold(r.retired().replacement()) + ".");
        CmdletHelp replacement = r.replacement();
        if (replacement != null) {
            m.prose(replacement.synopsis());
            m.link("Online help for " + replacement.name(), replacement.onlineUri());
        }
        return m.build();
    }

    private static String function(FunctionDefinition f, ScriptView view, boolean markdown) {
        Markup m = new Markup(markdown);
        String params = f.parameters().isEmpty() ? ""
                : " (" + String.join(", ", f.parameters().stream().map(p -> "$" + p.name()).toList()) + ")";
        m.code(List.of(f.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + f.name() + params));
        m.line("Defined in this script, line " + (view.position(f.nameStart()).getLine() + 1) + ".");
        return m.build();
    }

    /** The hover of a parameter written {@code -typed} on {@code cmdlet}, or null when it binds to nothing. */
    String parameter(DocsSnapshot docs, CmdletHelp cmdlet, String typed, ParameterMatch match, boolean markdown) {
        // the script's own function changes with each edit: rendered afresh, never kept in the snapshot under its name
        boolean keep = !dev.entrals.analysis.WorkspaceFunctions.isScriptHelp(cmdlet);
        ParameterHelp found = match instanceof ParameterMatch.Alias ? null : match.bound().orElse(null);
        if (found != null) {
            return rendered(docs, keep, List.of("hover.param", cmdlet.name(), found.name(), markdown),
                    () -> HelpSnippets.parameter(cmdlet, found, markdown).build());
        }
        if (match instanceof ParameterMatch.Alias a) {
            return rendered(docs, keep, List.of("hover.alias", cmdlet.name(), a.alias(), markdown), () -> {
                Markup m = new Markup(markdown);
                m.line(m.code("-" + a.alias()) + " is an alias of " + m.bold("-" + a.parameter().name()) + ".");
                return join(m, HelpSnippets.parameter(cmdlet, a.parameter(), markdown));
            });
        }
        if (match instanceof ParameterMatch.Ambiguous a) {
            Markup m = new Markup(markdown);
            m.line(m.code("-" + typed) + " is ambiguous for " + m.bold(cmdlet.name()) + ": it could be "
                    + String.join(", ", a.candidates().stream().map(n -> m.code("-" + n)).toList()) + ".");
            return m.build();
        }
        return null;
    }

    private static String rendered(DocsSnapshot docs, boolean keep, Object key, java.util.function.Supplier<String> render) {
        return keep ? docs.rendered(key, render) : render.get();
    }

    private static String join(Markup first, Markup second) {
        if (first.isEmpty()) {
            return second.build();
        }
        return first.build() + "\n\n" + second.build();
    }
}
