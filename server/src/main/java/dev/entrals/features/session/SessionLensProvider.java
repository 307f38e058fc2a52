package dev.entrals.features.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;

import dev.entrals.commons.TextDocument;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.LspPositions;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ServerCommands;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;

/**
 * A "Run" code lens over each {@code Connect-Entra}, {@code Disconnect-Entra} and {@code Get-EntraContext}
 * invocation (or an alias the docs give them), running it through {@code entra.connect}, {@code entra.disconnect}
 * or {@code entra.getContext} with the line's literal parameters and the code lens marker.
 */
final class SessionLensProvider implements FeatureProvider<CodeLensParams, List<CodeLens>> {

    static final String RUN = "Run";
    private static final List<String> CMDLETS = List.of("Connect-Entra", "Disconnect-Entra", "Get-EntraContext");

    private final Supplier<HelpIndex> docs;

    SessionLensProvider(Supplier<HelpIndex> docs) {
        this.docs = docs;
    }

    @Override
    public List<CodeLens> provide(TextDocument document, CodeLensParams params, RequestContext context) {
        ScriptDocument script = dev.entrals.features.ScriptView.parsed(document);
        List<CodeLens> lenses = new ArrayList<>();
        for (CommandInvocation invocation : script.commands()) {
            context.cancel().checkCanceled();
            cmdlet(invocation.name()).ifPresent(cmdlet -> lenses.add(new CodeLens(
                    range(document, invocation), command(cmdlet, invocation, script.text()), null)));
        }
        return lenses;
    }

    private static Command command(String cmdlet, CommandInvocation invocation, String source) {
        return switch (cmdlet) {
            case "Connect-Entra" -> ConnectLens.command(invocation, source);
            case "Disconnect-Entra" -> new Command(RUN, ServerCommands.DISCONNECT,
                    List.of(CommandArguments.lensMarker()));
            default -> new Command(RUN, ServerCommands.GET_CONTEXT, List.of(CommandArguments.lensMarker()));
        };
    }

    /** Which of the three cmdlets {@code name} invokes: by name (module-qualified or not), else by a docs alias. */
    private Optional<String> cmdlet(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String bare = name.substring(name.lastIndexOf('\\') + 1);
        for (String c : CMDLETS) {
            if (c.equalsIgnoreCase(bare)) {
                return Optional.of(c);
            }
        }
        HelpIndex index = docs.get();
        Optional<CmdletHelp> help = index == null ? Optional.empty() : index.find(bare);
        return help.map(CmdletHelp::name).flatMap(n -> CMDLETS.stream().filter(n::equalsIgnoreCase).findFirst());
    }

    private static Range range(TextDocument document, CommandInvocation invocation) {
        return LspPositions.range(document, invocation.nameStart(), invocation.nameEnd());
    }
}
