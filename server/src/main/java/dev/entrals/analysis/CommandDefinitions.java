package dev.entrals.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureSource;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.ScriptDocument;
import dev.entrals.script.Token;
import dev.entrals.script.TokenKind;

/**
 * Whether a command name is defined where a script runs: the one question the {@link Rule#UNKNOWN_COMMAND} rule asks
 * ({@link #isDefined}). Sources: the script's own functions and aliases, every loaded help source (the bundled
 * signature index, docs folders, fetched docs and installed modules, all in the {@link HelpIndex}, aliases included)
 * the retired AzureAD/AzureADPreview/MSOnline names of the migration tables (they have their own rules) and the
 * aliases {@code Enable-EntraAzureADAlias} defines (from the bundled signature index), and what other scripts define
 * (the analyzer's {@code definedElsewhere}: the other files of a {@code check} run). A source
 * added later (functions of installed script modules, of other open documents) belongs in {@link #isDefined}.
 * Also reads, per command, what makes a script define commands the server cannot see ({@link #defines}).
 */
final class CommandDefinitions {

    /** Module names whose commands the server knows (imports of these hide nothing). */
    private static final Pattern KNOWN_MODULE = Pattern.compile(
            "(?i)microsoft\\.entra(\\.[a-z0-9.]+)?|microsoft\\.graph(\\.[a-z0-9.]+)?|azuread(preview)?|msonline");

    private final HelpIndex index;
    private final MigrationTable migration;
    private final java.util.function.Predicate<String> definedElsewhere;

    CommandDefinitions(HelpIndex index, MigrationTable migration, java.util.function.Predicate<String> definedElsewhere) {
        this.index = index;
        this.migration = migration;
        this.definedElsewhere = definedElsewhere;
    }

    /**
     * Whether {@code name} is defined for a script with {@code facts}: a function or alias of the script, a command
     * (or alias) of any loaded source, or a retired name of the migration tables. The one place to plug in more
     * sources of defined names.
     */
    boolean isDefined(String name, ScriptFacts facts) {
        String lower = name.toLowerCase(Locale.ROOT);
        return facts.defines(name) || facts.aliases().contains(lower) || index.find(name).isPresent()
                || migration.find(name).isPresent()
                // older names the Entra modules keep as aliases (Get-EntraAuditSignInLogs): defined once aliases are on
                || SignatureSource.enableAliasNames().contains(lower)
                // other scripts: the other files of a check run (later: other open documents, installed script modules)
                || definedElsewhere.test(name);
    }

    /**
     * Reads one command for definitions: adds the literal name of a {@code Set-Alias}/{@code New-Alias} to
     * {@code aliases}; returns true when the command may define commands the server cannot see (an alias with a
     * computed name, {@code Import-Module} of a module the server does not know or of a computed one,
     * {@code New-Module}, {@code Invoke-Expression}).
     */
    static boolean defines(CommandInvocation c, Set<String> aliases) {
        String name = c.name();
        int len = name.length();
        if (len != 3 && len != 4 && len != 9 && len != 10 && len != 13 && len != 17) {
            return false; // none of the names below: no lower-casing per command of a large script
        }
        switch (name.toLowerCase(Locale.ROOT)) {
            case "set-alias", "new-alias", "sal", "nal" -> {
                String alias = aliasName(c);
                if (alias == null) {
                    return true;
                }
                aliases.add(alias.toLowerCase(Locale.ROOT));
                return false;
            }
            case "import-module", "ipmo" -> {
                return importsUnknown(c);
            }
            case "new-module", "nmo", "invoke-expression", "iex" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Whether the script has a {@code using module} statement (a keyword, so not among the commands). */
    static boolean usesModule(ScriptDocument doc) {
        String text = doc.text();
        for (Token t : doc.tokens()) {
            if (t.kind() == TokenKind.KEYWORD && t.end() - t.start() == 5
                    && text.regionMatches(true, t.start(), "using", 0, 5)) {
                int i = t.end();
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (text.regionMatches(true, i, "module", 0, 6)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The literal {@code -Name} (or first positional argument) of an alias command, else null. */
    private static String aliasName(CommandInvocation c) {
        for (CommandParameter p : c.parameters()) {
            if (p.name().length() >= 1 && "name".startsWith(p.name().toLowerCase(Locale.ROOT))) {
                return p.argument() == null ? null : p.argument().value();
            }
        }
        return c.positional().isEmpty() ? null : c.positional().get(0).value();
    }

    /** Whether an {@code Import-Module} brings in a module the server does not know, or one it cannot read. */
    private static boolean importsUnknown(CommandInvocation c) {
        int named = 0;
        for (CommandParameter p : c.parameters()) {
            String n = p.name().toLowerCase(Locale.ROOT);
            if (n.length() >= 2 && ("assembly".startsWith(n) || "moduleinfo".startsWith(n)
                    || "fullyqualifiedname".startsWith(n) || "pssession".startsWith(n) || "cimsession".startsWith(n))) {
                return true;
            }
            if (!n.isEmpty() && "name".startsWith(n)) {
                if (p.argument() == null || !known(p.argument())) {
                    return true;
                }
                named++;
            }
        }
        for (CommandArgument a : c.positional()) {
            if (!known(a)) {
                return true;
            }
            named++;
        }
        return named == 0 && !c.splats().isEmpty();
    }

    private static boolean known(CommandArgument a) {
        List<CommandArgument> parts = a.isArray() ? a.elements() : List.of(a);
        for (CommandArgument p : parts) {
            if (p.value() == null) {
                return false;
            }
            String v = p.value().replace('\\', '/');
            v = v.substring(v.lastIndexOf('/') + 1).replaceAll("(?i)\\.(psd1|psm1|dll)$", "");
            if (!KNOWN_MODULE.matcher(v).matches()) {
                return false;
            }
        }
        return true;
    }
}
