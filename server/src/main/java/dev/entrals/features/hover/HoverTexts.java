package dev.entrals.features.hover;

import java.util.List;

import dev.entrals.analysis.CommandTarget;
import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterMatch;
import dev.entrals.docs.ParameterSet;
import dev.entrals.features.ScriptView;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.FunctionDefinition;

/** The hover texts, rendered once per help index and key (cmdlet and sets, parameter, retired name) and cached. */
final class HoverTexts {

    private final RenderCache cache = new RenderCache();

    /** The hover of a command name that stands for {@code target}. */
    String command(ParameterBinder binder, CommandTarget target, CommandInvocation c, ScriptView view, boolean markdown) {
        HelpIndex index = binder.index();
        if (target instanceof CommandTarget.Documented d) {
            return documented(index, d, CallSets.of(view, binder, d.help(), c), markdown);
        }
        if (target instanceof CommandTarget.Retired r) {
            return cache.get(index, List.of("retired", r.retired().name(), r.retired().module(), markdown),
                    () -> retired(r, markdown));
        }
        CommandTarget.LocalFunction local = (CommandTarget.LocalFunction) target;
        if (local.help() != null) {
            Markup m = HelpSnippets.cmdlet(local.help(), CallSets.of(view, binder, local.help(), c), markdown);
            m.line("Defined in this script, line " + (view.position(local.definition().nameStart()).getLine() + 1) + ".");
            return m.build();
        }
        return function(local.definition(), view, markdown);
    }

    private String documented(HelpIndex index, CommandTarget.Documented d, List<ParameterSet> sets, boolean markdown) {
        List<String> setNames = sets.stream().map(ParameterSet::name).toList();
        String alias = d.viaAlias() ? d.typedAlias().toLowerCase(java.util.Locale.ROOT) : "";
        return cache.get(index, List.of("cmdlet", d.help().name(), setNames, alias, markdown), () -> {
            Markup m = new Markup(markdown);
            if (d.viaAlias()) {
                m.line(m.code(d.typedAlias()) + " is an alias of " + m.bold(d.help().name()) + ".");
            }
            return join(m, HelpSnippets.cmdlet(d.help(), sets, markdown));
        });
    }

    private static String retired(CommandTarget.Retired r, boolean markdown) {
        Markup m = new Markup(markdown);
        String name = m.bold(r.retired().name()) + " (" + r.retired().module() + ")";
        if (r.retired().replacement() == null) {
            m.line(name + " is retired and has no Microsoft.Entra equivalent.");
            return m.build();
        }
        m.line(name + " is retired; its Microsoft.Entra replacement is " + m.bold(r.retired().replacement()) + ".");
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
    String parameter(HelpIndex index, CmdletHelp cmdlet, String typed, ParameterMatch match, boolean markdown) {
        if (dev.entrals.analysis.LocalFunctions.ORIGIN.equals(cmdlet.source().origin())) {
            // the script's own function changes with each edit: rendered afresh, never cached under its name
            return parameter(new RenderCache(), index, cmdlet, typed, match, markdown);
        }
        return parameter(cache, index, cmdlet, typed, match, markdown);
    }

    private static String parameter(RenderCache cache, HelpIndex index, CmdletHelp cmdlet, String typed,
                                    ParameterMatch match, boolean markdown) {
        ParameterHelp found = match instanceof ParameterMatch.Exact e ? e.parameter()
                : match instanceof ParameterMatch.Prefix p ? p.parameter() : null;
        if (found != null) {
            return cache.get(index, List.of("param", cmdlet.name(), found.name(), markdown),
                    () -> HelpSnippets.parameter(cmdlet, found, markdown).build());
        }
        if (match instanceof ParameterMatch.Alias a) {
            return cache.get(index, List.of("alias", cmdlet.name(), a.alias(), markdown), () -> {
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

    private static String join(Markup first, Markup second) {
        if (first.isEmpty()) {
            return second.build();
        }
        return first.build() + "\n\n" + second.build();
    }
}
