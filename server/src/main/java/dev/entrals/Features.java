package dev.entrals;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.analysis.ScopeFacts;
import dev.entrals.features.scopes.ScopesForScriptCommand;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.CallSites;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.DocsStatusCommand;
import dev.entrals.features.FetchDocsCommand;
import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.actions.CodeActionProvider;
import dev.entrals.features.completion.CompletionDocs;
import dev.entrals.features.completion.CompletionProvider;
import dev.entrals.features.completion.KnownValues;
import dev.entrals.features.definition.DefinitionProvider;
import dev.entrals.features.diagnostics.ScriptAnalysis;
import dev.entrals.features.diagnostics.ScriptDiagnosticsProvider;
import dev.entrals.features.help.ShowHelpCommand;
import dev.entrals.features.hover.HoverProvider;
import dev.entrals.execution.GraphClient;
import dev.entrals.execution.Planners;
import dev.entrals.execution.SessionChanges;
import dev.entrals.execution.TokenSource;
import dev.entrals.features.run.RunCommandHandler;
import dev.entrals.features.run.RunLensProvider;
import dev.entrals.features.session.EditorSignIn;
import dev.entrals.features.session.SessionFeature;
import dev.entrals.features.signature.SignatureHelpProvider;
import dev.entrals.features.symbols.DocumentSymbolProvider;
import dev.entrals.session.EntraEnvironment;
import dev.entrals.session.SessionService;

/** Where the features are plugged into their slots: the one place that names the feature providers. */
final class Features {

    private Features() {
    }

    /** The providers the server runs with; each feature adds itself here (e.g. {@code .hover(new HoverProvider(docs))}). */
    static Providers standard(DocsReloader<HelpIndex> docs) {
        return standard(docs, new SessionService());
    }

    /** The same providers on a given session service (tests: a temporary home that trusts the stand-in). */
    static Providers standard(DocsReloader<HelpIndex> docs, SessionService session) {
        DocsAccess help = new DocsAccess(docs);
        MigrationTable migration = MigrationTable.bundled();
        ScriptAnalysis analysis = new ScriptAnalysis(docs);
        CodeActionProvider actions = new CodeActionProvider(analysis);
        KnownValues values = new KnownValues(() -> session.environments().stream()
                .filter(e -> !e.builtIn()).map(EntraEnvironment::name).toList());
        CallSites sites = new CallSites(help, migration);
        Providers.Builder builder = Providers.builder()
                // quick requests run on the message thread only once they would not wait for the first docs load
                .inlineWhen(help::settled)
                // editor features
                .hover(new HoverProvider(sites))
                .completion(new CompletionProvider(sites, values))
                .completionResolve(new CompletionDocs(help))
                .signatureHelp(new SignatureHelpProvider(sites))
                .definition(new DefinitionProvider(sites))
                .documentSymbol(new DocumentSymbolProvider())
                .command(ServerCommands.SHOW_HELP, new ShowHelpCommand(help, migration))
                // diagnostics and code actions
                .diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(actions)
                .onInitialized(actions) // whether the client applies snippet edits
                // docs download and status
                .command(ServerCommands.FETCH_DOCS, new FetchDocsCommand(docs))
                .command(ServerCommands.DOCS_STATUS, new DocsStatusCommand(docs))
                // permissions a script needs
                .command(ServerCommands.SCOPES_FOR_SCRIPT, new ScopesForScriptCommand(ScopeFacts::bundled));
        // session: entra.* commands, the "Run" code lens, entra/sessionChanged, restore at start-up
        EditorSignIn signIn = SessionFeature.registered(builder, session, docs::current);
        // cmdlet execution (issue 15): entra.run over the session's token and the bundled request table, and the
        // "▶ Run" lens over every command it can run; Connect-Entra and Disconnect-Entra sign in and out as the
        // session commands do (the same sign-in, its progress on the run's request)
        RunCommandHandler run = new RunCommandHandler(docs, help, Planners::bundled,
                GraphClient.standard(TokenSource.of(session)), session::context, ctx -> SessionChanges.of(
                        (request, cancel) -> signIn.connect(request, ctx, cancel), signIn::disconnect));
        session.addListener(run::sessionChanged); // signed out or another session: the modules' state forgotten
        builder.command(ServerCommands.RUN, run)
                .onInitialized(run) // whether the client opens a URL in its browser (window/showDocument)
                .codeLens(new RunLensProvider(help, Planners::bundled));
        return builder.build();
    }
}
