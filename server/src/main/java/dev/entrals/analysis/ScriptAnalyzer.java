package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;
import dev.entrals.script.SyntaxError;
import dev.entrals.settings.Severity;

/**
 * Runs every {@link Rule} over a script: retired AzureAD cmdlets by name, and parameter rules where the docs know
 * the cmdlet. It stays silent where it cannot be sure: computed command names, names the script defines as
 * functions, cmdlets the index does not know, and (for set conflicts and missing mandatory parameters) splatting.
 * Diagnostics carry the rules' default severities; callers apply user settings.
 */
public final class ScriptAnalyzer {

    /** Microsoft's guide to moving from AzureAD PowerShell to Microsoft Entra PowerShell. */
    public static final String MIGRATION_GUIDE = "https://learn.microsoft.com/powershell/entra-powershell/migration-guide";

    /**
     * Scripts longer than this (UTF-16 units) are neither parsed nor analysed: they get one {@link Rule#TOO_LARGE}
     * finding ({@link #tooLarge}). Parsing keeps about 40-100 bytes per char of script (tokens, commands), so this
     * bounds one document's analysis to a few hundred MB at worst.
     */
    public static final int MAX_CHARS = 4_000_000;
    /**
     * Commands with more parameters, arguments and splats than this get one {@link Rule#TOO_LARGE} finding instead
     * of the parameter rules (real commands have tens; a generated one with a million would take minutes and publish
     * a million findings).
     */
    public static final int MAX_ELEMENTS = 1_000;

    private final HelpIndex index;
    private final MigrationTable migration;
    private final ParameterBinder binder;
    private final CommandFindings findings = new CommandFindings();
    private final ScopeFacts scopes = ScopeFacts.bundled();
    private final UnknownCommand unknownCommand;
    private final java.util.function.Predicate<String> definedElsewhere;

    /** An analyzer over the cmdlets of {@code index} and the retired names of {@code migration}. */
    public ScriptAnalyzer(HelpIndex index, MigrationTable migration) {
        this(index, migration, name -> false);
    }

    /**
     * As {@link #ScriptAnalyzer(HelpIndex, MigrationTable)}, where {@code definedElsewhere} also says which command
     * names other scripts define (the functions of the other files of one {@code check} run, a module's private
     * functions): the unknown-command rule never reports those. It must answer the same for the analyzer's life
     * (findings are kept per command).
     */
    public ScriptAnalyzer(HelpIndex index, MigrationTable migration, java.util.function.Predicate<String> definedElsewhere) {
        this.index = index;
        this.migration = migration;
        this.binder = new ParameterBinder(index);
        this.unknownCommand = new UnknownCommand(index, migration, definedElsewhere);
        this.definedElsewhere = definedElsewhere;
    }

    /** The index this analyzer reads. */
    public HelpIndex index() {
        return index;
    }

    /** The permission facts this analyzer checks {@code Connect-Entra -Scopes} against. */
    public ScopeFacts scopes() {
        return scopes;
    }

    /** The binder this analyzer uses (one per index; share it). */
    public ParameterBinder binder() {
        return binder;
    }

    /**
     * The finding that says {@code text} is too large to analyse (longer than {@link #MAX_CHARS}), at its start; empty
     * for a text within the limit.
     */
    public static Optional<ScriptDiagnostic> tooLarge(String text) {
        if (text.length() <= MAX_CHARS) {
            return Optional.empty();
        }
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return Optional.of(new ScriptDiagnostic(0, 0, Rule.TOO_LARGE, Rule.TOO_LARGE.defaultSeverity(),
                String.format(java.util.Locale.ROOT, "This file is too large to analyse: %,d chars in %,d lines "
                        + "(limit %,d chars); no Entra diagnostics for it", text.length(), lines, MAX_CHARS),
                Rule.TOO_LARGE.helpUri(), List.of()));
    }

    /** The diagnostics of {@code doc}, by position. */
    public List<ScriptDiagnostic> analyze(ScriptDocument doc) {
        return analyze(doc, () -> { });
    }

    /**
     * The diagnostics of {@code doc}, by position; {@code checkpoint} runs before each command (it may throw to
     * cancel). Commands analysed before (same text, pipeline input and script facts) reuse their earlier findings.
     */
    public List<ScriptDiagnostic> analyze(ScriptDocument doc, Runnable checkpoint) {
        return analyze(doc, checkpoint, WorkspaceFunctions.NONE);
    }

    /**
     * As {@link #analyze(ScriptDocument, Runnable)}, where the functions of the workspace's other open scripts are
     * known commands where nothing else knows the name: calls of them are checked against their code.
     */
    public List<ScriptDiagnostic> analyze(ScriptDocument doc, Runnable checkpoint, WorkspaceFunctions workspace) {
        ScriptFacts facts = ScriptFacts.of(doc, workspace);
        var kept = findings.under(facts);
        String text = doc.text();
        List<ScriptDiagnostic> out = new ArrayList<>();
        syntaxErrors(doc, out);
        for (CommandInvocation c : doc.commands()) {
            checkpoint.run();
            if (c.name() == null || c.name().isBlank()) {
                continue;
            }
            boolean piped = ParameterBinder.receivesPipelineInput(text, c);
            findings.add(kept, text, c, piped, () -> analyze(c, piped, facts), out);
        }
        out.addAll(ScopeFindings.of(doc, scopes));
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /** Adds the syntax errors of {@code doc} as {@link Rule#SYNTAX_ERROR} findings. */
    static void syntaxErrors(ScriptDocument doc, List<ScriptDiagnostic> out) {
        for (SyntaxError e : doc.syntaxErrors()) {
            out.add(new ScriptDiagnostic(e.start(), e.end(), Rule.SYNTAX_ERROR, Rule.SYNTAX_ERROR.defaultSeverity(),
                    e.message(), Rule.SYNTAX_ERROR.helpUri(), List.of()));
        }
    }

    /**
     * The diagnostics of the commands of {@code doc} that lie within one of {@code ranges} ({@code [start, end]}
     * pairs sorted by start), by position, without the findings kept for documents: for a text made once (a
     * migration's result), whose other script facts must not displace the open documents' kept findings.
     */
    public List<ScriptDiagnostic> analyzeWithin(ScriptDocument doc, List<int[]> ranges) {
        ScriptFacts facts = ScriptFacts.of(doc);
        List<ScriptDiagnostic> out = new ArrayList<>();
        int next = 0;
        int reach = -1; // the furthest end of the ranges that start at or before the command
        for (CommandInvocation c : doc.commands()) { // by start offset, as the ranges
            while (next < ranges.size() && ranges.get(next)[0] <= c.start()) {
                reach = Math.max(reach, ranges.get(next++)[1]);
            }
            if (c.name() != null && !c.name().isBlank() && c.end() <= reach) {
                out.addAll(analyze(c, ParameterBinder.receivesPipelineInput(doc.text(), c), facts));
            }
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /** The findings of one command with a name, in a script with {@code facts}. */
    private List<ScriptDiagnostic> analyze(CommandInvocation c, boolean piped, ScriptFacts facts) {
        if (facts.defines(c.name())) {
            // the script's own function: its code says how it binds (a simple one takes anything into $args)
            Optional<CmdletHelp> local = Optional.ofNullable(facts.local().get(c.name().toLowerCase(java.util.Locale.ROOT)))
                    .filter(LocalFunctions::checked);
            List<ScriptDiagnostic> out = new ArrayList<>(2);
            local.ifPresent(h -> ParameterRules.check(binder.bind(c, h, piped), out));
            return out;
        }
        if (facts.opaque() && (definedElsewhere.test(c.name())
                || facts.workspace().containsKey(c.name().toLowerCase(java.util.Locale.ROOT)))
                && (index.find(c.name()).isPresent() || migration.find(c.name(), facts.preference()).isPresent())) {
            // another script's function with a cmdlet's name, which this one may bring in (it dot-sources a script,
            // imports a module the server does not know, …): in PowerShell a function hides the cmdlet of the same
            // name, so judging the call by the cmdlet (or the other script's function) could be a false alarm. A
            // name no cmdlet has is that function's alone and is checked against its code below
            return List.of();
        }
        Optional<RetiredCmdlet> retired = migration.find(c.name(), facts.preference());
        if (retired.isPresent()) {
            ScriptDiagnostic finding = retired(c, retired.get(), facts);
            // after Enable-EntraAzureADAlias the AzureAD name runs as its Entra target: check that one's parameters
            Optional<CmdletHelp> target = facts.aliasCommand() == null || retired.get().fromMsOnline()
                    ? Optional.empty() : retired.get().replacementName().flatMap(index::find)
                    .filter(CmdletHelp::hasHelp);
            if (target.isEmpty()) {
                return List.of(finding);
            }
            List<ScriptDiagnostic> out = new ArrayList<>(2);
            out.add(finding);
            ParameterRules.check(binder.bind(c, target.get(), piped), out);
            return out;
        }
        // a command a module exports without help has no documented parameters: no parameter rules for it
        // nor for a module's simple function (read from its code): it binds anything into $args
        Optional<CmdletHelp> found = index.find(c.name());
        if (found.isEmpty() && facts.aliasCommand() != null) {
            // an alias Enable-EntraAzureADAlias defines that no migration row names (Get-EntraRoleAssignment): it
            // runs as the module's command, so it binds as that one
            found = enableAliasTarget(c.name(), facts);
        }
        if (found.isEmpty() && !facts.workspace().isEmpty()) {
            // a name nothing else knows, defined by another open script: checked against its code
            found = Optional.ofNullable(facts.workspace().get(c.name().toLowerCase(java.util.Locale.ROOT)));
        }
        Optional<CmdletHelp> help = found.filter(LocalFunctions::checked);
        if (help.isEmpty()) {
            return found.isPresent() ? List.of() : unknownCommand.check(c, facts).map(List::of).orElse(List.of());
        }
        int elements = c.parameters().size() + c.positional().size() + c.splats().size();
        if (elements > MAX_ELEMENTS) {
            return List.of(new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.TOO_LARGE,
                    Rule.TOO_LARGE.defaultSeverity(), String.format(java.util.Locale.ROOT, "This command is too large"
                    + " to analyse: %,d parameters and arguments (limit %,d); its parameters are not checked",
                    elements, MAX_ELEMENTS), Rule.TOO_LARGE.helpUri(), List.of()));
        }
        List<ScriptDiagnostic> out = new ArrayList<>(2);
        ParameterRules.check(binder.bind(c, help.get(), piped), out);
        return out;
    }

    /**
     * The command the alias {@code name} stands for after the script's alias command: the Beta module's where the
     * script works with the preview module or calls the Beta alias command, else Microsoft.Entra's.
     */
    private Optional<CmdletHelp> enableAliasTarget(String name, ScriptFacts facts) {
        List<String> targets = dev.entrals.docs.signatures.SignatureSource.enableAliasTargets(name);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        boolean beta = facts.preference() == MigrationTable.Preference.AZURE_AD_PREVIEW
                || facts.aliasCommand().contains("Beta");
        String target = targets.stream().filter(t -> t.contains("-EntraBeta") == beta).findFirst()
                .orElse(targets.get(0));
        return index.find(target);
    }

    /** The per-command findings this analyzer keeps (for tests). */
    CommandFindings findings() {
        return findings;
    }

    private ScriptDiagnostic retired(CommandInvocation c, RetiredCmdlet r, ScriptFacts facts) {
        if (r.fromMsOnline()) {
            return MsOnlineFinding.of(c, r, index);
        }
        String name = c.name();
        Optional<String> replacement = r.replacementName();
        String uri = replacement.flatMap(index::find).map(CmdletHelp::onlineUri).filter(u -> !u.isBlank())
                .orElse(MIGRATION_GUIDE);
        if (replacement.isEmpty()) {
            return new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.RETIRED_CMDLET_NO_REPLACEMENT,
                    facts.aliasCommand() != null ? Severity.INFORMATION : Severity.ERROR,
                    name + " is a retired " + r.module() + " cmdlet with no Microsoft.Entra replacement"
                            + (facts.aliasCommand() != null ? " (" + facts.aliasCommand()
                            + " in this script does not provide it either)" : ""),
                    uri, List.of());
        }
        String entra = replacement.get();
        if (facts.aliasCommand() != null) {
            return new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.RETIRED_CMDLET, Severity.INFORMATION,
                    name + " runs as an alias of " + entra + " because this script calls " + facts.aliasCommand()
                            + "; consider using " + entra + " directly", uri, List.of(entra));
        }
        return new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.RETIRED_CMDLET, Severity.WARNING,
                name + " is a retired " + r.module() + " cmdlet; use " + entra + " instead", uri, List.of(entra));
    }
}
