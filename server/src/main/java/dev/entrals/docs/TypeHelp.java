package dev.entrals.docs;

/** An INPUTS or OUTPUTS entry: a .NET type name as written and what the page says about it. */
public record TypeHelp(String type, String description) {
}
