package dev.entrals.docs.signatures;

import java.util.Locale;
import java.util.Map;

/**
 * A type constraint as written in a {@code param()} block, spelt as the docs spell types: PowerShell's type
 * accelerators to their .NET names ({@code [string]} is {@code System.String}, {@code [switch]} is
 * {@code System.Management.Automation.SwitchParameter}), {@code System.Nullable`1[T]} to {@code T}, arrays kept.
 */
final class TypeNames {

    private static final Map<String, String> ACCELERATORS = Map.ofEntries(
            Map.entry("string", "System.String"), Map.entry("int", "System.Int32"),
            Map.entry("int32", "System.Int32"), Map.entry("long", "System.Int64"),
            Map.entry("bool", "System.Boolean"), Map.entry("boolean", "System.Boolean"),
            Map.entry("guid", "System.Guid"), Map.entry("datetime", "System.DateTime"),
            Map.entry("double", "System.Double"), Map.entry("object", "System.Object"),
            Map.entry("hashtable", "System.Collections.Hashtable"), Map.entry("byte", "System.Byte"),
            Map.entry("char", "System.Char"), Map.entry("uri", "System.Uri"),
            Map.entry("securestring", "System.Security.SecureString"),
            Map.entry("pscredential", "System.Management.Automation.PSCredential"),
            Map.entry("psobject", "System.Management.Automation.PSObject"),
            Map.entry("pscustomobject", "System.Management.Automation.PSObject"),
            Map.entry("scriptblock", "System.Management.Automation.ScriptBlock"),
            Map.entry("switch", "System.Management.Automation.SwitchParameter"),
            Map.entry("switchparameter", "System.Management.Automation.SwitchParameter"),
            Map.entry("array", "System.Array"), Map.entry("regex", "System.Text.RegularExpressions.Regex"),
            Map.entry("x509certificate2", "System.Security.Cryptography.X509Certificates.X509Certificate2"));

    private TypeNames() {
    }

    /** The docs' spelling of {@code written} ({@code System.Object} when nothing is written). */
    static String canonical(String written) {
        String t = written == null ? "" : written.strip().replaceAll(",\\s+", ",");
        if (t.isEmpty()) {
            return "System.Object";
        }
        String array = "";
        while (t.endsWith("[]")) {
            array += "[]";
            t = t.substring(0, t.length() - 2).strip();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("system.nullable`1[") && t.endsWith("]")) {
            t = canonical(t.substring("system.nullable`1[".length(), t.length() - 1));
        } else if (lower.startsWith("nullable[") && t.endsWith("]")) {
            t = canonical(t.substring("nullable[".length(), t.length() - 1));
        } else if (lower.startsWith("system.nullable[") && t.endsWith("]")) {
            t = canonical(t.substring("system.nullable[".length(), t.length() - 1));
        } else {
            String known = ACCELERATORS.get(lower);
            if (known != null) {
                t = known;
            } else if (lower.startsWith("system.") && ACCELERATORS.containsKey(lower.substring(7))) {
                String k = ACCELERATORS.get(lower.substring(7));
                t = k.equalsIgnoreCase(t) ? k : t;
            }
        }
        return t + array;
    }
}
