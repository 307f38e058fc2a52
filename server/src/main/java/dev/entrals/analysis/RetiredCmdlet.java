package dev.entrals.analysis;

import java.util.Optional;

/**
 * A retired AzureAD or AzureADPreview cmdlet and its documented Microsoft.Entra replacement, if any.
 *
 * @param name        the retired cmdlet's name, as Microsoft spells it
 * @param module      {@code AzureAD} or {@code AzureADPreview}
 * @param replacement the Entra cmdlet that takes its place, or {@code null} when there is none
 * @param channel     the docs channel of the replacement ({@code v1.0} or {@code beta}), or {@code null}
 */
public record RetiredCmdlet(String name, String module, String replacement, String channel) {

    /** The replacement, when the cmdlet has one. */
    public Optional<String> replacementName() {
        return Optional.ofNullable(replacement);
    }

    /** True when the module is AzureADPreview. */
    public boolean fromPreview() {
        return "AzureADPreview".equalsIgnoreCase(module);
    }
}
