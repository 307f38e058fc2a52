package dev.entrals.analysis;

import dev.entrals.settings.Severity;

/**
 * The diagnostic rules of script analysis: each has the stable {@code code} users see and configure
 * ({@code entra.diagnostics.severity.<code>}), a default severity and a one-line title (used as the SARIF rule text).
 */
public enum Rule {
    UNKNOWN_PARAMETER("unknown-parameter", Severity.ERROR, "The cmdlet has no parameter with this name",
            Help.PARAMETERS),
    AMBIGUOUS_PARAMETER("ambiguous-parameter", Severity.ERROR,
            "The abbreviated parameter name matches several parameters", Help.PARAMETERS),
    DUPLICATE_PARAMETER("duplicate-parameter", Severity.ERROR, "The parameter is bound more than once",
            Help.PARAMETERS),
    PARAMETER_SET_CONFLICT("parameter-set-conflict", Severity.ERROR,
            "Parameters from parameter sets that cannot be used together", Help.PARAMETER_SETS),
    MISSING_MANDATORY("missing-mandatory", Severity.WARNING,
            "A mandatory parameter of the parameter set that binds is missing (PowerShell would prompt)",
            Help.PARAMETER_SETS),
    MISSING_ARGUMENT("missing-argument", Severity.ERROR,
            "A parameter that takes a value is given none (end of command, or another parameter follows)",
            Help.PARAMETERS),
    POSITIONAL_ARGUMENT("positional-argument", Severity.WARNING,
            "An argument without a parameter name that no positional parameter in the docs accepts", Help.PARAMETERS),
    SWITCH_VALUE("switch-value", Severity.ERROR,
            "$true or $false after a switch with a space: a separate positional argument, not the switch's value",
            Help.SWITCHES),
    INVALID_VALUE("invalid-value", Severity.ERROR, "The value is not one of the parameter's accepted values",
            Help.PARAMETERS),
    FAILED_VALIDATION("failed-validation", Severity.ERROR,
            "The value fails one of the parameter's validation attributes (PowerShell refuses the call before it runs)",
            Help.PARAMETERS),
    RETIRED_CMDLET("retired-cmdlet", Severity.WARNING, "A retired AzureAD/AzureADPreview cmdlet with an Entra replacement",
            ScriptAnalyzer.MIGRATION_GUIDE),
    RETIRED_CMDLET_NO_REPLACEMENT("retired-cmdlet-no-replacement", Severity.ERROR,
            "A retired AzureAD/AzureADPreview cmdlet without an Entra replacement", ScriptAnalyzer.MIGRATION_GUIDE),
    UNKNOWN_COMMAND("unknown-command", Severity.WARNING,
            "A Verb-Noun name of a known module (Entra, AzureAD, MSOnline, Graph) that no loaded source defines",
            Help.COMMANDS),
    SYNTAX_ERROR("syntax-error", Severity.ERROR, "A syntax error, with PowerShell's own message where it has one",
            Help.SYNTAX),
    MISSING_SCOPE("missing-scope", Severity.WARNING,
            "No earlier Connect-Entra -Scopes grants a permission the cmdlet needs (it would fail with 403)",
            Help.PERMISSIONS),
    TOO_LARGE("too-large", Severity.WARNING,
            "The file or command is too large to analyse (past the limits that keep analysis fast and memory bounded)",
            Help.SCRIPT_AUTHORING);

    /** General help pages a rule links to (a diagnostic links to its cmdlet's own help instead). */
    private static final class Help {
        static final String PARAMETERS =
                "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parameters";
        static final String SWITCHES =
                "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_functions_advanced_parameters#switch-parameters";
        static final String SCRIPT_AUTHORING = "https://learn.microsoft.com/powershell/scripting/dev-cross-plat/"
                + "performance/script-authoring-considerations";
        static final String COMMANDS =
                "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_command_precedence";
        static final String SYNTAX =
                "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parsing";
        static final String PERMISSIONS =
                "https://learn.microsoft.com/graph/permissions-reference";
        static final String PARAMETER_SETS =
                "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_parameter_sets";
    }

    private final String code;
    private final Severity defaultSeverity;
    private final String title;
    private final String helpUri;

    Rule(String code, Severity defaultSeverity, String title, String helpUri) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.title = title;
        this.helpUri = helpUri;
    }

    /** A page explaining what the rule is about in general. */
    public String helpUri() {
        return helpUri;
    }

    /** The stable code, e.g. {@code unknown-parameter}. */
    public String code() {
        return code;
    }

    /** The severity used unless the settings say otherwise. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** A one-line description of what the rule finds. */
    public String title() {
        return title;
    }

    /** The rule with this code, or null. */
    public static Rule ofCode(String code) {
        for (Rule r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return null;
    }
}
