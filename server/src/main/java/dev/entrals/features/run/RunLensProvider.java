package dev.entrals.features.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;

import dev.entrals.commons.TextDocument;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.execution.RunnableCommands;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.DocsSnapshot;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.LspPositions;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;
import dev.entrals.features.ServerCommands;
import dev.entrals.graph.RequestPlanner;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;

/**
 * A "▶ Run" code lens over every command the run would execute ({@link RunnableCommands}: a name or alias of a cmdlet
 * the request table can send some call of, or that the server answers itself; not in a comment or string, not a
 * function of the script),
 * on the command's first line; its command is {@code entra.run} with {@code {uri, range}}, the command's range. The
 * session cmdlets ({@code Connect-Entra}, {@code Disconnect-Entra}, {@code Get-EntraContext}) get this lens too, the
 * only "Run" on their line: their run signs in and out as the session commands do. Reads the document's parse of
 * this version ({@link ScriptView#parsed}) and resolves each distinct name once per docs snapshot.
 */
public final class RunLensProvider implements FeatureProvider<CodeLensParams, List<CodeLens>> {

    /** The lens's title. */
    public static final String TITLE = "▶ Run";

    private final DocsAccess docs;
    private final Supplier<RequestPlanner> planner;

    /** Lenses resolving names with the docs in force and the planner {@code planner} gives. */
    public RunLensProvider(DocsAccess docs, Supplier<RequestPlanner> planner) {
        this.docs = docs;
        this.planner = planner;
    }

    /** The key of one name's resolution in a docs snapshot. */
    private record Resolved(String name) {
    }

    @Override
    public List<CodeLens> provide(TextDocument document, CodeLensParams params, RequestContext context) {
        ScriptDocument script = ScriptView.parsed(document);
        if (script.commands().isEmpty()) {
            return List.of();
        }
        DocsSnapshot snapshot = docs.afterFirstLoad();
        Predicate<String> runs = RunnableCommands.runsSomeCall(planner.get());
        List<CodeLens> lenses = new ArrayList<>();
        for (CommandInvocation c : script.commands()) {
            context.cancel().checkCanceled();
            if (!RunnableCommands.callsCommand(c, script)) {
                continue;
            }
            String key = c.name().trim().toLowerCase(Locale.ROOT);
            Optional<String> cmdlet = snapshot.rendered(new Resolved(key), () -> RunnableCommands
                    .resolve(key, snapshot.index(), runs).map(CmdletHelp::name));
            if (cmdlet.isPresent()) {
                Range range = LspPositions.range(document, c.start(), c.end());
                lenses.add(new CodeLens(range, new Command(TITLE, ServerCommands.RUN, List.of(argument(document,
                        range))), null));
            }
        }
        return lenses;
    }

    /** The {@code entra.run} argument of a lens: the document and the command's range. */
    private static Map<String, Object> argument(TextDocument document, Range range) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("uri", document.uri());
        a.put("range", range);
        return a;
    }
}
