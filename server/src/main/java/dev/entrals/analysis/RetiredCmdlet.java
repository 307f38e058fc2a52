package dev.entrals.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A retired AzureAD, AzureADPreview or MSOnline cmdlet and its replacement, if any: a Microsoft.Entra cmdlet or, for
 * MSOnline when no Entra cmdlet makes the same Graph request, the Microsoft Graph PowerShell cmdlet.
 *
 * @param name        the retired cmdlet's name, as Microsoft spells it
 * @param module      {@code AzureAD}, {@code AzureADPreview} or {@code MSOnline}
 * @param replacement the cmdlet that takes its place, or {@code null} when there is none
 * @param channel     the docs channel of the replacement ({@code v1.0} or {@code beta}; {@code graph} for a
 *                    Microsoft Graph PowerShell cmdlet), or {@code null}
 * @param kept        the parameters that keep their name in the replacement, or {@code null} when all do (the
 *                    AzureAD mappings); an MSOnline call is renamed only when it uses these alone
 */
public record RetiredCmdlet(String name, String module, String replacement, String channel, List<String> kept) {

    /** A retired cmdlet whose parameters all keep their names in the replacement. */
    public RetiredCmdlet(String name, String module, String replacement, String channel) {
        this(name, module, replacement, channel, null);
    }

    /** Copies {@code kept}. */
    public RetiredCmdlet {
        kept = kept == null ? null : List.copyOf(kept);
    }

    /** True when {@code parameter} (as written, without its dash) keeps its name in the replacement. */
    public boolean keeps(String parameter) {
        return kept == null || kept.stream().anyMatch(k -> k.toLowerCase(Locale.ROOT)
                .equals(parameter.toLowerCase(Locale.ROOT)));
    }

    /** True when the module is MSOnline. */
    public boolean fromMsOnline() {
        return "MSOnline".equalsIgnoreCase(module);
    }

    /** The replacement, when the cmdlet has one. */
    public Optional<String> replacementName() {
        return Optional.ofNullable(replacement);
    }

    /** True when the module is AzureADPreview. */
    public boolean fromPreview() {
        return "AzureADPreview".equalsIgnoreCase(module);
    }
}
