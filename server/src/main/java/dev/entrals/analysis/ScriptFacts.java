package dev.entrals.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.FunctionDefinition;
import dev.entrals.script.ScriptDocument;

/**
 * What the whole script says that changes the rules: the functions it defines (they shadow cmdlets of the same
 * name), the alias command it calls ({@code Enable-EntraAzureADAlias} or {@code Enable-EntraBetaAzureADAlias}, null
 * when none) and whether it works with AzureADPreview (imports it, requires it, or uses {@code -EntraBeta} cmdlets).
 * For the unknown-command rule ({@link CommandDefinitions}): the aliases it defines ({@code Set-Alias}/{@code New-Alias}
 * with a literal name, lower case) and whether it may define commands the server cannot see ({@code opaque}: it
 * dot-sources a script, imports a module the server does not know or a computed one, {@code using module},
 * {@code New-Module}, {@code Invoke-Expression}, an alias with a computed name). And the functions of the
 * workspace's other open scripts that its commands call and nothing else defines ({@code workspace}, lower-case names).
 */
record ScriptFacts(Set<String> functions, java.util.Map<String, dev.entrals.docs.CmdletHelp> local, String aliasCommand,
                   MigrationTable.Preference preference, Set<String> aliases, boolean opaque,
                   java.util.Map<String, dev.entrals.docs.CmdletHelp> workspace) {

    private static final Pattern ENTRA_BETA = Pattern.compile("(?i)^[a-z]+-EntraBeta[a-z0-9]*$");
    private static final Pattern REQUIRES_PREVIEW = Pattern.compile("(?i)^\\s*#requires\\b.*\\bAzureADPreview\\b");

    static ScriptFacts of(ScriptDocument doc) {
        return of(doc, WorkspaceFunctions.NONE);
    }

    /**
     * The facts of {@code doc} with the functions of the workspace's other open scripts that it calls (by lower-case
     * name; the script's own functions win): their models are facts too, so a changed definition elsewhere does not
     * reuse earlier findings.
     */
    static ScriptFacts of(ScriptDocument doc, WorkspaceFunctions workspace) {
        Set<String> functions = new HashSet<>();
        for (FunctionDefinition f : doc.functions()) {
            if (f.name() != null) {
                functions.add(f.name().toLowerCase(Locale.ROOT));
            }
        }
        String alias = null;
        boolean preview = requiresPreview(doc.text());
        Set<String> aliases = new HashSet<>();
        boolean opaque = CommandDefinitions.usesModule(doc);
        for (CommandInvocation c : doc.commands()) {
            String name = c.name();
            if (c.operator() == dev.entrals.script.InvocationOperator.DOT_SOURCE) {
                opaque = true; // a dot-sourced script or block brings its functions into this scope
            }
            if (name == null || !functions.isEmpty() && functions.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            opaque |= CommandDefinitions.defines(c, aliases);
            if (name.equalsIgnoreCase("Enable-EntraAzureADAlias") || name.equalsIgnoreCase("Enable-EntraBetaAzureADAlias")
                    // the alias command of Microsoft.Graph.Compatibility.AzureAD, the module Entra PowerShell grew from
                    || name.equalsIgnoreCase("Set-CompatADAlias")) {
                alias = alias == null ? name : alias;
            } else if (alias == null && importsCompatibilityModule(c)) {
                alias = "Import-Module " + COMPATIBILITY_MODULE;
            }
            preview |= isEntraBeta(name) || importsPreview(c);
        }
        // the functions' models are part of the facts: a changed param() block must not reuse earlier findings
        java.util.Map<String, dev.entrals.docs.CmdletHelp> local = new java.util.HashMap<>();
        for (String f : functions) {
            LocalFunctions.help(doc, f).ifPresent(h -> local.put(f, h));
        }
        java.util.Map<String, dev.entrals.docs.CmdletHelp> others = new java.util.HashMap<>();
        if (workspace != WorkspaceFunctions.NONE) {
            for (CommandInvocation c : doc.commands()) {
                String key = c.name() == null ? null : c.name().toLowerCase(Locale.ROOT);
                if (key != null && !functions.contains(key) && !others.containsKey(key)) {
                    workspace.help(key).ifPresent(h -> others.put(key, h));
                }
            }
        }
        return new ScriptFacts(Set.copyOf(functions), java.util.Map.copyOf(local), alias,
                preview ? MigrationTable.Preference.AZURE_AD_PREVIEW : MigrationTable.Preference.AZURE_AD,
                Set.copyOf(aliases), opaque, java.util.Map.copyOf(others));
    }

    /**
     * Whether a {@code #Requires} line names AzureADPreview. Only lines holding {@code #requires} go through the
     * pattern, so the cost is one {@code indexOf} pass over the text rather than a case-insensitive probe per character.
     */
    static boolean requiresPreview(String text) {
        for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
            if (!text.regionMatches(true, i + 1, "requires", 0, "requires".length())) {
                continue;
            }
            int lineStart = i;
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
                lineStart--;
            }
            int lineEnd = i;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (REQUIRES_PREVIEW.matcher(text).region(lineStart, lineEnd).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is a Verb-EntraBeta... cmdlet name (the pattern runs only when the noun starts so). */
    static boolean isEntraBeta(String name) {
        int dash = name.indexOf('-');
        return dash > 0 && name.regionMatches(true, dash + 1, "EntraBeta", 0, "EntraBeta".length())
                && ENTRA_BETA.matcher(name).matches();
    }

    /** Whether the script defines a function of this name. */
    boolean defines(String name) {
        return !functions.isEmpty() && functions.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean importsPreview(CommandInvocation c) {
        return imports(c, "azureadpreview");
    }

    /** The AzureAD compatibility module: importing it gives the AzureAD names as aliases (issue 13's reading). */
    static final String COMPATIBILITY_MODULE = "Microsoft.Graph.Compatibility.AzureAD";

    private static boolean importsCompatibilityModule(CommandInvocation c) {
        return imports(c, COMPATIBILITY_MODULE.toLowerCase(Locale.ROOT).replace(".", "\\."));
    }

    /** Whether {@code c} is an {@code Import-Module} naming {@code module} (a lower-case regex), by name or path. */
    private static boolean imports(CommandInvocation c, String module) {
        if (!c.name().equalsIgnoreCase("Import-Module") && !c.name().equalsIgnoreCase("ipmo")) {
            return false;
        }
        for (CommandArgument a : c.positional()) {
            if (names(a, module)) {
                return true;
            }
        }
        for (CommandParameter p : c.parameters()) {
            if (p.argument() != null && names(p.argument(), module)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(CommandArgument a, String module) {
        List<CommandArgument> parts = a.isArray() ? a.elements() : List.of(a);
        return parts.stream().anyMatch(p -> p.value() != null
                && p.value().replaceAll("\\.psd1$", "").replace('\\', '/').toLowerCase(Locale.ROOT)
                        .matches("(.*/)?" + module));
    }
}
