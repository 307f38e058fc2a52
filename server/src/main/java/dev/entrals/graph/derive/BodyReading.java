package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.entrals.graph.BodyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body properties {@link InvokeDerivation#hashtable} does not read one parameter at a time, read with
 * {@link BodyShapes}: a hashtable literal's entry whose value is a structure; an assignment of a local holding one
 * ({@code $params["passwordProfile"] = $Value}), or a list of one hashtable per item of a list argument; and keys
 * the code takes from the arguments ({@code foreach ($param in $PSBoundParameters.Keys)}, a hashtable argument's
 * keys copied, an argument's value as a key).
 */
final class BodyReading {

    private static final Pattern ENTRY = Pattern.compile("(?s)^[\"']?([@\\w.]+)[\"']?\\s*=\\s*(.+?)\\s*;?\\s*$");
    private static final Pattern DYNAMIC_ENTRY = Pattern.compile("(?s)^\\$(\\w+)\\s*=\\s*(.+?)\\s*;?\\s*$");

    private BodyReading() {
    }

    /** The scope of an offset in the process text: its {@code if} block's parameter and text. */
    static BodyShapes.Scope scope(FunctionCode fn, String p, int offset) {
        PsText.IfBlock block = Assignments.innermost(PsText.ifBlocks(p), offset);
        if (block != null && !Assignments.isBoundTest(block.condition())) {
            return null; // a branch on a value
        }
        return new BodyShapes.Scope(fn, block == null ? p : block.body(),
                block == null ? null : Assignments.boundParam(block.condition(), fn), null);
    }

    /**
     * One entry of a hashtable literal ({@code key = value}) as a part, or null when not read. A key that is a
     * parameter ({@code @{ $ExtensionName = $ExtensionValue }}) is the property named by that argument.
     */
    static BodyPart entry(String entry, BodyShapes.Scope s) {
        Matcher m = ENTRY.matcher(entry);
        if (m.matches()) {
            return part(m.group(1), m.group(2), s);
        }
        Matcher d = DYNAMIC_ENTRY.matcher(entry);
        if (d.matches() && s.fn().parameter(d.group(1)).isPresent()) {
            BodyPart value = part("x", d.group(2), s);
            return value == null || value.param() == null ? null
                    : new BodyPart("{" + s.fn().canonical(d.group(1)) + "}", value.param(), value.template(),
                    value.value());
        }
        return null;
    }

    /** {@code property = expression} as a part, or null when the expression is not read. */
    static BodyPart part(String property, String expr, BodyShapes.Scope s) {
        String rhs = expr.strip().replaceFirst(";$", "").strip();
        BodyPart keyed = KeyedItems.read(property, rhs, s);
        if (keyed != null) {
            return keyed;
        }
        BodyPart listed = ListProjections.read(property, rhs, s);
        if (listed != null) {
            return listed;
        }
        BodyPart ids = CertificateIdLists.read(property, rhs, s.fn());
        if (ids != null) {
            return ids; // certificate user ids computed from a local file, per kind
        }
        BodyPart each = perItem(property, rhs, s);
        if (each != null) {
            return each;
        }
        JsonNode shape = BodyShapes.read(rhs, s);
        if (shape == null) {
            return null;
        }
        Matcher one = Pattern.compile("^\\{(\\w+)}$").matcher(shape.isTextual() ? shape.asText() : "");
        if (one.matches() && s.fn().parameter(one.group(1)).isPresent()) {
            return new BodyPart(property, one.group(1), null); // another parameter as it is
        }
        if (one.matches() && one.group(1).equals("0")) {
            return new BodyPart(property, s.blockParam(), null);
        }
        if (BodyShapes.usesValue(shape) && s.blockParam() == null) {
            return null;
        }
        return new BodyPart(property, s.blockParam(), null, shape);
    }

    /**
     * {@code $a} where the code writes {@code $a = @()} and, in {@code foreach ($v in <list argument>) { … }},
     * {@code $a += @{…}} (or {@code $a += $h} after {@code $h = @{…}}): one structure per item, {@code {0}} the item.
     */
    private static BodyPart perItem(String property, String rhs, BodyShapes.Scope s) {
        Matcher local = Pattern.compile("^\\$(\\w+)$").matcher(rhs);
        if (!local.matches() || !"@()".equals(BodyShapes.localText(local.group(1), s))) {
            return null;
        }
        String list = local.group(1);
        Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+([^)]+?)\\s*\\)\\s*\\{")
                .matcher(s.text());
        while (loop.find()) {
            String body = s.text().substring(loop.end(), PsText.close(s.text(), loop.end() - 1) - 1);
            Matcher add = Pattern.compile("(?im)^\\s*\\$" + list + "\\s*\\+=\\s*(.+)$").matcher(body);
            if (!add.find()) {
                continue;
            }
            String source = loop.group(2).strip();
            if (source.matches("\\$\\w+") && Assignments.directParam(source, s.fn()) == null) {
                String t = BodyShapes.localText(source.substring(1), s);
                source = t == null ? source : t;
            }
            String param = Assignments.directParam(source, s.fn());
            if (param == null) {
                return null;
            }
            BodyShapes.Scope inner = new BodyShapes.Scope(s.fn(), body, null, loop.group(1));
            String item = add.group(1).strip();
            if (item.startsWith("@{")) {
                int at = body.indexOf(item.substring(0, Math.min(item.length(), 3)), add.start(1));
                item = body.substring(at, PsText.close(body, at + 1));
            }
            JsonNode shape = BodyShapes.read(item, inner);
            return shape == null ? null : new BodyPart(property, param, BodyPart.ARRAY, shape);
        }
        return null;
    }

    /**
     * Keys the code takes from the arguments into {@code $var}: every bound parameter the condition does not exclude
     * ({@code foreach ($param in $PSBoundParameters.Keys) { if ($param -ne "UserId" …) { $var[$param] =
     * $PSBoundParameters[$param] } }}, by the parameter's declared name), the keys of a hashtable argument
     * ({@code foreach ($key in $H.Keys) { $var[$key] = $H[$key] }}), an argument's value, or each item of a list
     * argument, as a key set to {@code $null}; the body that is a hashtable argument itself
     * ({@code $appBody = $AdditionalProperties}).
     */
    static List<BodyPart> argumentKeys(FunctionCode fn, String p, String var) {
        List<BodyPart> out = new ArrayList<>();
        Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+([^)]+?)\\s*\\)\\s*\\{").matcher(p);
        while (loop.find()) {
            String x = loop.group(1);
            String source = loop.group(2).strip();
            String body = p.substring(loop.end(), PsText.close(p, loop.end() - 1) - 1);
            Matcher set = Pattern.compile("(?i)\\$" + var + "\\[\\s*\\$" + x + "\\s*]\\s*=\\s*(\\S+)").matcher(body);
            if (!set.find()) {
                continue;
            }
            String value = set.group(1).replaceFirst("[;}]+$", "");
            Matcher keys = Pattern.compile("(?i)^\\$(\\w+)\\.Keys$").matcher(source);
            if (source.equalsIgnoreCase("$PSBoundParameters.Keys")
                    && value.matches("(?i)\\$PSBoundParameters\\[\\s*\\$" + x + "\\s*]")) {
                for (var param : fn.signature().parameters()) {
                    if (!excluded(body, x, param.name(), p)) {
                        out.add(new BodyPart(param.name(), param.name(), null));
                    }
                }
            } else if (keys.matches() && fn.parameter(keys.group(1)).isPresent()
                    && value.matches("(?i)\\$" + keys.group(1) + "\\[\\s*\\$" + x + "\\s*]")) {
                out.add(new BodyPart(BodyPart.MERGE, fn.canonical(keys.group(1)), null));
            } else if (value.equalsIgnoreCase("$null") && Assignments.directParam(source, fn) != null) {
                out.add(new BodyPart(BodyPart.MERGE, Assignments.directParam(source, fn), null,
                        JsonNodeFactory.instance.nullNode()));
            }
        }
        Matcher whole = Pattern.compile("(?im)^\\s*\\$" + var + "\\s*=\\s*(\\$\\w+|\\$PSBoundParameters\\[[\"']\\w+[\"']])\\s*$")
                .matcher(p);
        while (whole.find()) {
            String param = Assignments.directParam(whole.group(1), fn);
            if (param != null && fn.parameter(param).map(x -> x.type().toLowerCase(Locale.ROOT))
                    .filter(t -> t.contains("hashtable") || t.contains("dictionary")).isPresent()) {
                out.add(new BodyPart(BodyPart.MERGE, param, null)); // $appBody = $AdditionalProperties
            }
        }
        Matcher keyed = Pattern.compile("(?i)\\$" + var + "\\[\\s*(\\$PSBoundParameters\\[[\"']\\w+[\"']]|\\$\\w+)\\s*]"
                + "\\s*=\\s*\\$null\\b").matcher(p);
        while (keyed.find()) {
            String param = Assignments.directParam(keyed.group(1), fn);
            if (param != null) {
                out.add(new BodyPart("{" + param + "}", param, null, JsonNodeFactory.instance.nullNode()));
            }
        }
        return out;
    }

    /** Whether a parameter is left out by the loop's condition ({@code $param -ne "UserId"}, {@code -notcontains}). */
    private static boolean excluded(String body, String x, String param, String p) {
        Matcher ne = Pattern.compile("(?i)\\$" + x + "\\s+-ne\\s+[\"'](\\w+)[\"']").matcher(body);
        while (ne.find()) {
            if (ne.group(1).equalsIgnoreCase(param)) {
                return true;
            }
        }
        Matcher list = Pattern.compile("(?i)\\$(\\w+)\\s+-notcontains\\s+\\$" + x + "\\b").matcher(body);
        while (list.find()) {
            if (InvokeDerivation.constantList(p, list.group(1)).stream().anyMatch(c -> c.equalsIgnoreCase(param))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a body the code changes after building it is not read ({@code $body.a.b = …} deeper than one property,
     * {@code $body.list += $cert} in a loop), or null.
     */
    static String changedInPlace(String p, String var) {
        Matcher m = Pattern.compile("(?i)\\$" + var + "((?:\\.\\w+|\\[[^\\]\\n]+])+)\\s*(\\+?)=(?!=)").matcher(p);
        while (m.find()) {
            String path = m.group(1);
            long depth = Pattern.compile("\\.\\w+|\\[[^\\]]+]").matcher(path).results().count();
            if (depth > 1 || !m.group(2).isEmpty()) {
                String property = path.replaceAll("^[.\\[]\\s*[\"']?|[\"']?\\s*]$", "").replaceAll("[\"'\\]]", "")
                        .replace("[", ".");
                Matcher other = Pattern.compile("(?i)\\b(Get-Entra(?!(?:Beta)?Context\\b)\\w+)").matcher(p);
                return "sends a body property (" + property + ") it changes in place ("
                        + (m.group(2).isEmpty() ? "a nested property set under a condition"
                        : "appended to in a loop" + (other.find() ? " over what " + other.group(1) + " returns" : ""))
                        + "); not read";
            }
        }
        return null;
    }

    /** The local an assignment ({@code $params["K"] = $local}) takes, or null. */
    static String assignedLocal(String p, Assignments.Assigned a) {
        Matcher m = Pattern.compile("(?i)\\$\\w+(?:\\[\\s*[\"'][@\\w.]+[\"']\\s*]|\\.\\w+)\\s*=\\s*\\$(\\w+)\\s*;?\\s*$",
                Pattern.MULTILINE).matcher(p);
        return a.offset() >= 0 && m.find(a.offset()) && m.start() == a.offset() ? m.group(1) : null;
    }

    /**
     * A hashtable the code builds ({@code $body = @{}; $body["startDateTime"] = …}) and passes as one Graph SDK
     * argument ({@code -PasswordCredential}): its parts inside the property the SDK names after the argument
     * ({@code passwordCredential/startDateTime}; the SDK's model writes each key with a small first letter), or, for
     * {@code -BodyParameter}, the body itself (its keys as written); null when it is not such a local or a part is
     * not read.
     */
    static List<BodyPart> sdkArgument(FunctionCode fn, String p, String target, String local) {
        if (local == null || fn.parameter(local).isPresent()
                || !Pattern.compile("(?im)^\\s*\\$" + local + "\\s*=\\s*@\\{").matcher(p).find()) {
            return null;
        }
        List<BodyPart> parts = new ArrayList<>();
        if (InvokeBodies.hashtable(fn, p, local, parts) != null) {
            return null;
        }
        List<BodyPart> out = new ArrayList<>();
        for (BodyPart b : parts) {
            if (b.property().equals(BodyPart.MERGE) || b.property().startsWith("{")) {
                return null;
            }
            // -BodyParameter $body: the hashtable is the body; another SDK argument is a property of it
            String name = target.equalsIgnoreCase("BodyParameter") ? b.property()
                    : MgPaths.jsonName(target) + "/" + MgPaths.jsonName(b.property());
            out.add(new BodyPart(name, b.param(), b.template(), b.value()));
        }
        return out;
    }

    /**
     * {@code property = $local} where the code builds the local key by key ({@code $local = @{}}, then
     * {@code $local["k"] = $PSBoundParameters["K"]} in each argument's block): its parts inside the property
     * ({@code property/k}); null when it is not such a local or a key is not read.
     */
    static List<BodyPart> builtLocal(String property, String expr, FunctionCode fn) {
        Matcher local = Pattern.compile("^\\$(\\w+)$").matcher(expr.strip());
        if (!local.matches() || fn.parameter(local.group(1)).isPresent()
                || !"@{}".equals(BodyShapes.localText(local.group(1), new BodyShapes.Scope(fn, fn.process(), null, null)))) {
            return null;
        }
        List<BodyPart> parts = new ArrayList<>();
        for (Assignments.Assigned a : Assignments.read(fn.process(), local.group(1), fn)) {
            if (!a.readable() || a.param() == null && a.template() == null || !a.hashtable().isEmpty()) {
                return null;
            }
            parts.add(new BodyPart(property + "/" + a.target(), a.param(), a.template()));
        }
        return parts.isEmpty() ? null : parts;
    }

    /** The lower-case name of a part's top-level property. */
    static String top(BodyPart b) {
        return b.property().split("/", 2)[0].toLowerCase(Locale.ROOT);
    }
}
