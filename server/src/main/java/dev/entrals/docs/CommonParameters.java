package dev.entrals.docs;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PowerShell's common parameters (with their built-in aliases), which every cmdlet that declares
 * {@code [<CommonParameters>]} accepts, and the ShouldProcess pair {@code -WhatIf}/{@code -Confirm}.
 */
public final class CommonParameters {

    /** The common parameters, as PowerShell 7 defines them. */
    public static final List<ParameterHelp> ALL = List.of(
            common("Debug", "System.Management.Automation.SwitchParameter", "db"),
            common("ErrorAction", "System.Management.Automation.ActionPreference", "ea"),
            common("ErrorVariable", "System.String", "ev"),
            common("InformationAction", "System.Management.Automation.ActionPreference", "infa"),
            common("InformationVariable", "System.String", "iv"),
            common("OutBuffer", "System.Int32", "ob"),
            common("OutVariable", "System.String", "ov"),
            common("PipelineVariable", "System.String", "pv"),
            common("ProgressAction", "System.Management.Automation.ActionPreference", "proga"),
            common("Verbose", "System.Management.Automation.SwitchParameter", "vb"),
            common("WarningAction", "System.Management.Automation.ActionPreference", "wa"),
            common("WarningVariable", "System.String", "wv"));

    /** {@code -WhatIf} and {@code -Confirm}: known to a cmdlet only where its docs list them. */
    public static final List<ParameterHelp> SHOULD_PROCESS = List.of(
            common("WhatIf", "System.Management.Automation.SwitchParameter", "wi"),
            common("Confirm", "System.Management.Automation.SwitchParameter", "cf"));

    private static final Set<String> NAMES = ALL.stream().map(p -> p.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NAMES_AND_ALIASES = ALL.stream()
            .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.aliases().stream()))
            .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    private CommonParameters() {
    }

    /** True for the name of a common parameter (not WhatIf/Confirm), any case, without the dash. */
    public static boolean isCommon(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True for the name or alias ({@code ea}, {@code vb}, ...) of a common parameter, any case, without the dash. */
    public static boolean isCommonOrAlias(String name) {
        return NAMES_AND_ALIASES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static ParameterHelp common(String name, String type, String alias) {
        return new ParameterHelp(name, type, List.of(alias), "A PowerShell common parameter; see about_CommonParameters.",
                "None", "False", false, List.of(), List.of(new SetMembership(ParameterSet.ALL, false, "Named")), 0);
    }
}
