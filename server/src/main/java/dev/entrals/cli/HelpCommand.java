package dev.entrals.cli;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureHelp;
import dev.entrals.docs.HelpMarkdown;
import dev.entrals.docs.HelpText;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterMatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entra-ls help NAME}: a cmdlet's help in the terminal, laid out like PowerShell's Get-Help. */
@Command(name = "help", mixinStandardHelpOptions = true,
        description = "Show the help of a cmdlet the way Get-Help does (bundled pages plus any --docs folders).")
public final class HelpCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "NAME",
            description = "Cmdlet name or alias; without one, the commands of entra-ls are listed.")
    String name;

    @CommandLine.Option(names = "--parameter", paramLabel = "P",
            description = "Show only this parameter (a name, alias, unambiguous prefix, or a * pattern).")
    String parameter;

    @CommandLine.Option(names = "--examples", description = "Show only the synopsis and the examples.")
    boolean examples;

    @CommandLine.Option(names = "--full", description = "Show everything, including inputs, outputs and notes.")
    boolean full;

    @CommandLine.Option(names = "--markdown", description = "Print the full help as Markdown instead.")
    boolean markdown;

    @CommandLine.Option(names = "--docs", paramLabel = "DIR",
            description = "A folder of platyPS pages (repeatable; later folders win).")
    List<Path> docs = new ArrayList<>();

    @CommandLine.Mixin
    ModuleOptions modules = new ModuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (name == null) { // `entra-ls help` alone: what a user of git or go expects
            spec.commandLine().getParent().usage(out);
            return Main.OK;
        }
        if (!DocsOptions.foldersExist(docs, err)) {
            return Main.USAGE;
        }
        HelpIndex index = DocsOptions.load(docs, true, modules.installedModules());
        Optional<CmdletHelp> found = index.find(name);
        if (found.isEmpty()) {
            err.println("No help found for '" + name + "'.");
            List<String> close = index.closeNames(name, 3);
            if (!close.isEmpty()) {
                err.println("Did you mean: " + String.join(", ", close) + "?");
            }
            err.flush();
            return Main.USAGE;
        }
        CmdletHelp help = found.get();
        boolean signatureOnly = SignatureHelp.isSignatureOnly(help);
        if (!help.hasHelp()) {
            out.println("\nNAME\n    " + help.name() + "\n\n    Module " + help.module()
                    + " exports this command but installs no help for it.");
            if (signatureOnly) {
                out.print(HelpText.remarks(remark(), DocsOptions.terminalWidth()));
            }
            out.flush();
            return Main.OK;
        }
        int width = DocsOptions.terminalWidth();
        if (parameter != null) {
            return parameterHelp(index, help, width, out, err);
        }
        if (markdown) {
            out.print(HelpMarkdown.render(help));
        } else {
            HelpText.View view = full ? HelpText.View.FULL : examples ? HelpText.View.EXAMPLES : HelpText.View.NORMAL;
            out.print(HelpText.render(help, view, width));
        }
        if (signatureOnly) {
            out.print(markdown ? "\n## REMARKS\n\n" + SignatureHelp.FETCH_HINT + "\n" : HelpText.remarks(remark(), width));
        }
        out.flush();
        return Main.OK;
    }

    /** The signature-only remark, as Get-Help's "displaying only partial help" remark. */
    private static String remark() {
        String hint = SignatureHelp.FETCH_HINT.replace("**", "");
        int command = hint.indexOf("`entra-ls docs fetch`");
        // the command on a line of its own, so that wrapping to the terminal never splits it
        return command < 0 ? hint.replace("`", "") : hint.substring(0, command) + "run:\n\n    entra-ls docs fetch";
    }

    private int parameterHelp(HelpIndex index, CmdletHelp help, int width, PrintWriter out, PrintWriter err) {
        List<ParameterHelp> shown = new ArrayList<>();
        if (parameter.contains("*") || parameter.contains("?")) {
            Pattern glob = Pattern.compile(("\\Q" + parameter.replaceFirst("^-", "") + "\\E")
                    .replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"), Pattern.CASE_INSENSITIVE);
            index.acceptedParameters(help).stream().filter(p -> glob.matcher(p.name()).matches()).forEach(shown::add);
        } else {
            ParameterMatch m = index.resolveParameter(help, parameter);
            m.bound().ifPresent(shown::add);
            if (m instanceof ParameterMatch.Ambiguous a) {
                err.println("Parameter '" + parameter + "' is ambiguous for " + help.name() + ": -"
                        + String.join(", -", a.candidates()) + ".");
                err.flush();
                return Main.USAGE;
            }
        }
        if (shown.isEmpty()) {
            err.println("No parameter '" + parameter + "' found for " + help.name() + ".");
            err.flush();
            return Main.USAGE;
        }
        out.print("\n" + HelpText.parameters(help, shown, width).replaceAll("(?m)^    ", ""));
        out.flush();
        return Main.OK;
    }
}
