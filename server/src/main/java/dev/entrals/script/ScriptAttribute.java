package dev.entrals.script;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An attribute as written in a script, read without running anything: {@code [Parameter(Mandatory = $true)]},
 * {@code [Alias('a', 'b')]}, {@code [ValidateNotNullOrEmpty()]}. {@code positional} holds the positional arguments
 * and {@code named} the {@code Key = value} ones (a bare {@code Key} is {@code $true}); a literal string argument is
 * its value without quotes, anything else its text as written. {@code start}/{@code end} span the brackets.
 */
public record ScriptAttribute(String name, List<String> positional, Map<String, String> named, int start, int end) {

    public ScriptAttribute {
        positional = List.copyOf(positional);
        named = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(named));
    }

    /** Whether this is the attribute {@code simpleName} ({@code Alias} matches {@code Alias}, {@code AliasAttribute} and {@code System.Management.Automation.Alias}), any case. */
    public boolean is(String simpleName) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        n = dot >= 0 ? n.substring(dot + 1) : n;
        if (n.endsWith("attribute") && n.length() > "attribute".length()) {
            n = n.substring(0, n.length() - "attribute".length());
        }
        return n.equals(simpleName.toLowerCase(Locale.ROOT));
    }

    /** The value of the named argument {@code key} (any case), as read. */
    public Optional<String> argument(String key) {
        return named.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** Whether the named argument {@code key} is given and true ({@code Key}, {@code Key = $true}, a non-zero number). */
    public boolean flag(String key) {
        return argument(key).map(ScriptAttribute::isTrue).orElse(false);
    }

    /** Whether the named argument {@code key} is given and true; {@code otherwise} when it is absent. */
    public boolean flag(String key, boolean otherwise) {
        return argument(key).map(ScriptAttribute::isTrue).orElse(otherwise);
    }

    /** PowerShell's truth of an attribute argument as read: {@code $true}, {@code true}, a non-zero number. */
    static boolean isTrue(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("$true") || v.equals("true")) {
            return true;
        }
        try {
            return Double.parseDouble(v) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
