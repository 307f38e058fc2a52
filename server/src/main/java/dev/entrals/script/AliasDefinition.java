package dev.entrals.script;

/**
 * An alias a script defines with {@code Set-Alias} or {@code New-Alias} (literal {@code -Name} and {@code -Value},
 * named or positional), the range of that command, and the function it is written in ({@code ""} at top level).
 */
public record AliasDefinition(String name, String target, int start, int end, String inFunction) {
}
