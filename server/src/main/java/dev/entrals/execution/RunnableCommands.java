package dev.entrals.execution;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureHelp;
import dev.entrals.docs.signatures.SignatureSource;
import dev.entrals.graph.RequestPlanner;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.FunctionDefinition;
import dev.entrals.script.ScriptDocument;
import dev.entrals.script.TokenKind;

/**
 * Which command of a parsed script a run executes, the one resolution the run ({@link CallEvaluator}) and the
 * editor's "Run" code lens share: a command whose name or alias the help index resolves to a documented cmdlet that
 * can be run ({@link #runs(RequestPlanner)}; the lens asks {@link #runsSomeCall}), not written inside a string, and not shadowed by a function the script
 * itself defines (as in PowerShell, where a function hides a cmdlet of its name; a module-qualified name still calls
 * the cmdlet).
 */
public final class RunnableCommands {

    private RunnableCommands() {
    }

    /**
     * Whether a run picks a canonical cmdlet name: the planner's table has it (also an entry that refuses the cmdlet,
     * so that the run says why), or it is answered here (also {@code Connect-Entra} and {@code Disconnect-Entra}).
     */
    public static Predicate<String> runs(RequestPlanner planner) {
        return name -> name != null && (LocalAnswers.answers(name) || SessionRuns.answers(name) || planner.knows(name));
    }

    /**
     * Whether the engine answers {@code name} itself, with no request of the table: a cmdlet {@link LocalAnswers}
     * answers, a session cmdlet {@link SessionRuns} runs, or one whose SDK cmdlet it implements
     * ({@link PermissionSearch}), or whose table entry's {@code via} it answers ({@link AppRoleUsers},
     * {@link ConsentPage}, {@link McpGrants}).
     */
    private static boolean answeredHere(String name, RequestPlanner planner) {
        return LocalAnswers.answers(name) || SessionRuns.answers(name)
                || planner.via(name).filter(PermissionSearch::answers).isPresent()
                || AppRoleUsers.answers(planner.via(name)) || ConsentPage.answers(planner.via(name))
                || McpGrants.answers(name, planner.via(name), planner.values(name));
    }

    /**
     * Whether some call of a canonical cmdlet name can run (what a "Run" lens offers): {@link #runs} less the cmdlets
     * the planner refuses whatever their arguments ({@link RequestPlanner#refusesEveryCall}) unless the engine
     * answers them itself.
     */
    public static Predicate<String> runsSomeCall(RequestPlanner planner) {
        Predicate<String> runs = runs(planner);
        return name -> runs.test(name) && (answeredHere(name, planner) || !planner.refusesEveryCall(name));
    }

    /**
     * The cmdlet {@code command} of {@code script} runs, or empty: computed names, commands in a string's
     * subexpression, names the script's own functions shadow, and cmdlets that {@code runs} refuses have none.
     */
    public static Optional<CmdletHelp> cmdlet(CommandInvocation command, ScriptDocument script, HelpIndex index,
                                              Predicate<String> runs) {
        return callsCommand(command, script) ? resolve(command.name(), index, runs) : Optional.empty();
    }

    /**
     * Whether {@code command} calls a command by a written name that the script does not define itself (its name is
     * not computed, it is not in a string, no function of the script has its name).
     */
    public static boolean callsCommand(CommandInvocation command, ScriptDocument script) {
        String name = command.name();
        return name != null && !name.isBlank() && !inString(command, script) && !shadowed(name, script);
    }

    /**
     * The documented cmdlet a name or alias (module-qualified or not) stands for, when {@code runs} accepts it; an
     * alias {@code Enable-EntraAzureADAlias} defines ({@code Get-AzureADGroup}) stands for its Microsoft.Entra
     * command, as if the alias command had run (the analysis binds such a name so after it,
     * {@link SignatureSource#enableAliasTargets}). A cmdlet answered here needs no help page
     * ({@code Get-EntraUnsupportedCommand}, the module exports it without one); a simple function (no
     * {@code [CmdletBinding()]}) the modules' code defines counts, though it has no help: it runs as any other (a call
     * without arguments, as the module's no-parameter functions are called).
     */
    public static Optional<CmdletHelp> resolve(String name, HelpIndex index, Predicate<String> runs) {
        Optional<CmdletHelp> found = index.find(name);
        if (found.isEmpty()) {
            // a command the index has (Get-AzureADObjectByObjectId's Microsoft.Entra target does not exist); one that
            // runs before Get-EntraUnsupportedCommand, which the other module's alias may name instead
            found = SignatureSource.enableAliasTargets(name.trim()).stream()
                    .sorted(java.util.Comparator.comparing(t -> t.equalsIgnoreCase(LocalAnswers.UNSUPPORTED)))
                    .map(index::find).flatMap(Optional::stream).findFirst();
        }
        return found.filter(h -> (h.hasHelp() || LocalAnswers.answers(h.name()) || SignatureHelp.isSimpleFunction(h))
                && runs.test(h.name()));
    }

    /** Why {@code name} does not {@link #resolve}: it is not a command of the modules, or has no request here. */
    public static String whyNot(String name, HelpIndex index, Predicate<String> runs) {
        Optional<CmdletHelp> h = name == null ? Optional.empty() : index.find(name);
        if (h.isEmpty()) {
            return name == null ? "its name is computed" : name + " is not a command of the Entra modules";
        }
        if (!h.get().hasHelp() && !SignatureHelp.isSimpleFunction(h.get())) {
            return h.get().name() + " has no help or signature to bind its arguments to";
        }
        return runs.test(h.get().name()) ? h.get().name() + " is not called here (it is in a string, or a function of"
                + " the script has its name)" : h.get().name() + " has no request in the request table";
    }

    /** Whether the command is written inside a string (a {@code $( )} of a double-quoted string). */
    private static boolean inString(CommandInvocation command, ScriptDocument script) {
        return script.tokenAt(command.nameStart()).map(t -> isText(t.kind())).orElse(false);
    }

    private static boolean shadowed(String name, ScriptDocument script) {
        String typed = name.trim().toLowerCase(Locale.ROOT);
        for (FunctionDefinition f : script.functions()) {
            if (f.name() != null && f.name().toLowerCase(Locale.ROOT).equals(typed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isText(TokenKind kind) {
        return kind == TokenKind.STRING || kind == TokenKind.EXPANDABLE_STRING || kind == TokenKind.HERE_STRING
                || kind == TokenKind.EXPANDABLE_HERE_STRING || kind == TokenKind.COMMENT;
    }
}
