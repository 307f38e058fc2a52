package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.BodyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body list of certificate user ids the code computes from a local certificate file: {@code $all =
 * Get-EntraUserCertificateUserIdsFromCertificate -Path $P} (a command a run answers locally), then {@code $l = @()}
 * and {@code foreach ($k in $K) { if ($all.$k) { $l += $all.$k } else { Write-Warning "…$k…" } }}, and a hashtable
 * entry {@code key = $l} (or inside {@code @{ key = … }}): the part {@link BodyPart#certificateIds} of P with K,
 * its value the module's messages (its warning for a kind the certificate lacks, its {@code throw} when none is
 * found). Where another set computes the ids from an X509Certificate2 parameter ({@code -Certificate $Cert}), that
 * set's part is the same list from that parameter ({@link #inSet}): PowerShell converts a string argument to
 * X509Certificate2 with the type's constructor {@code X509Certificate2(string fileName)}, which reads the file, so
 * a literal file name is what a call gives there. From a parameter of any other type the set is refused
 * ({@link #elsewhere}).
 */
final class CertificateIdLists {

    /** The command that computes the ids, answered locally by a run. */
    private static final String COMMAND = "Get-EntraUserCertificateUserIdsFromCertificate";
    private static final Pattern NESTED = Pattern.compile("(?s)^@\\{\\s*[\"']?(\\w+)[\"']?\\s*=\\s*(.+?)\\s*;?\\s*}$");
    private static final Pattern LOCAL = Pattern.compile("^\\$(\\w+)$");
    private static final Pattern COMPUTED = Pattern.compile("(?im)^\\s*\\$(\\w+)\\s*=\\s*" + COMMAND
            + "\\s+-(\\w+)\\s+\\$(\\w+)\\s*$");

    private CertificateIdLists() {
    }

    /** {@code property = rhs} as such a part, or null when the value is not such a list. */
    static BodyPart read(String property, String rhs, FunctionCode fn) {
        Matcher nested = NESTED.matcher(rhs.strip());
        if (nested.matches()) {
            return read(property + "/" + nested.group(1), nested.group(2), fn);
        }
        Matcher local = LOCAL.matcher(rhs.strip());
        if (!local.matches() || fn.parameter(local.group(1)).isPresent()) {
            return null;
        }
        String p = fn.process();
        String l = Pattern.quote(local.group(1));
        Matcher start = Pattern.compile("(?im)^\\s*\\$" + l + "\\s*=\\s*@\\(\\s*\\)\\s*$").matcher(p);
        Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\s*\\)\\s*\\{").matcher(p);
        if (!start.find() || !loop.find(start.end()) || fn.parameter(loop.group(2)).isEmpty()
                || Pattern.compile("(?i)\\$" + l + "\\s*\\+?=(?!=)").matcher(p).results().count() != 2) {
            return null;
        }
        String body = p.substring(loop.end(), PsText.close(p, loop.end() - 1) - 1);
        String k = Pattern.quote(loop.group(1));
        Matcher chosen = Pattern.compile("(?is)^\\s*if\\s*\\(\\s*\\$(\\w+)\\.\\$" + k + "\\s*\\)\\s*\\{\\s*\\$" + l
                + "\\s*\\+=\\s*\\$(\\w+)\\.\\$" + k + "\\b[^{}]*}\\s*else\\s*\\{\\s*Write-Warning\\s+\"([^\"`]*)\"\\s*}\\s*$")
                .matcher(body);
        if (!chosen.matches() || !chosen.group(1).equalsIgnoreCase(chosen.group(2))) {
            return null;
        }
        String file = file(fn, chosen.group(1));
        if (file == null) {
            return null;
        }
        ObjectNode messages = JsonNodeFactory.instance.objectNode();
        messages.put(BodyPart.MISSING, chosen.group(3).replaceAll("(?i)\\$(?:" + k + "\\b|\\{" + k + "})", "{0}"));
        Matcher none = Pattern.compile("(?is)\\bif\\s*\\(\\s*\\$" + l + "\\.Count\\s+-eq\\s+0\\s*\\)\\s*\\{\\s*throw\\s+"
                + "\"([^\"$`]*)\"").matcher(p);
        if (none.find()) {
            messages.put(BodyPart.NONE, none.group(1));
        }
        return new BodyPart(property, file, BodyPart.certificateIds(fn.canonical(loop.group(2))), messages);
    }

    /** The parameter the ids are computed from with {@code -Path}, when the code computes them so; else null. */
    private static String file(FunctionCode fn, String all) {
        Matcher c = COMPUTED.matcher(fn.process());
        while (c.find()) {
            if (c.group(1).equalsIgnoreCase(all) && c.group(2).equalsIgnoreCase("Path")
                    && fn.parameter(c.group(3)).isPresent()) {
                return fn.canonical(c.group(3));
            }
        }
        return null;
    }

    /**
     * Why the set cannot send such a part: the code computes the ids there from an argument that is an object, not a
     * file ({@code -Certificate $Cert}), which a call cannot give as a literal; null when the set takes the file or
     * an X509Certificate2 ({@link #inSet}).
     */
    static String elsewhere(FunctionCode fn, String set, List<BodyPart> parts) {
        for (BodyPart part : parts) {
            if (!computedElsewhere(fn, set, part)) {
                continue;
            }
            Matcher c = objectCall(fn, set);
            if (c == null) {
                return "computes the body's " + part.property() + " from -" + part.param() + ", not in set " + set
                        + "; not read";
            }
            String arg = c.group(3);
            return certificate(fn, arg) ? null : "computes the body's " + part.property() + " in set " + set + " from -"
                    + fn.canonical(arg) + ", a " + fn.parameter(arg).get().type() + " object, which a call cannot give"
                    + " as a literal here (" + fn.source(fn.processOffset() + c.start(1) - 1) + "); not read";
        }
        return null;
    }

    /**
     * The set's parts, a part of certificate ids the set computes from an X509Certificate2 parameter instead of the
     * file ({@code $all = Get-EntraUserCertificateUserIdsFromCertificate -Certificate $Cert}) given as that
     * parameter's: the argument, a file name, converted as PowerShell converts it ({@link BodyPart#CONVERTED}).
     */
    static List<BodyPart> inSet(FunctionCode fn, String set, List<BodyPart> parts) {
        List<BodyPart> out = new ArrayList<>(parts);
        for (int i = 0; i < out.size(); i++) {
            BodyPart part = out.get(i);
            Matcher c = computedElsewhere(fn, set, part) ? objectCall(fn, set) : null;
            if (c != null && certificate(fn, c.group(3))) {
                ObjectNode value = part.value() == null ? JsonNodeFactory.instance.objectNode()
                        : part.value().deepCopy();
                value.put(BodyPart.CONVERTED, c.group(2));
                out.set(i, new BodyPart(part.property(), fn.canonical(c.group(3)), part.template(), value,
                        part.when()));
            }
        }
        return out;
    }

    /** Whether the part is certificate ids computed from a file parameter the set does not take. */
    private static boolean computedElsewhere(FunctionCode fn, String set, BodyPart part) {
        return part.template() != null && part.template().startsWith(BodyPart.CERTIFICATE_IDS)
                && !fn.inSet(part.param(), set);
    }

    /** The code's computation of the ids from a parameter of the set other than by {@code -Path}, or null. */
    private static Matcher objectCall(FunctionCode fn, String set) {
        Matcher c = COMPUTED.matcher(fn.process());
        while (c.find()) {
            if (fn.parameter(c.group(3)).isPresent() && fn.inSet(c.group(3), set)
                    && !c.group(2).equalsIgnoreCase("Path")) {
                return c;
            }
        }
        return null;
    }

    /** Whether the parameter is an X509Certificate2, which a string argument gives as a file name. */
    private static boolean certificate(FunctionCode fn, String param) {
        return fn.parameter(param).map(p -> p.type().replaceFirst("^\\[|]$", "")
                .matches("(?i)(System\\.Security\\.Cryptography\\.X509Certificates\\.)?X509Certificate2")).orElse(false);
    }

    /** The note of such a part: where the ids come from, and that a run computes them before it sends anything. */
    static String note(FunctionCode fn, BodyPart part) {
        String by = part.value() != null && part.value().has(BodyPart.CONVERTED)
                ? part.value().get(BodyPart.CONVERTED).asText() : "Path";
        Matcher c = COMPUTED.matcher(fn.process());
        String at = "";
        while (c.find()) {
            if (c.group(2).equalsIgnoreCase(by)) {
                at = " (" + fn.source(fn.processOffset() + c.start(1) - 1) + ")";
                break;
            }
        }
        String none = part.value() == null || !part.value().has(BodyPart.NONE) ? ""
                : "; with none of them in the certificate it stops with the module's message \""
                + part.value().get(BodyPart.NONE).asText() + "\"";
        String converted = by.equalsIgnoreCase("Path") ? ""
                : "; a string argument is a file name: PowerShell converts it to the X509Certificate2 with the type's"
                + " constructor X509Certificate2(string fileName), which reads the file (DER or PEM here, whatever"
                + " its name ends with; a PKCS#12 file is not read here)";
        return "the module computes " + part.property() + " with " + COMMAND + " -" + by + " $" + part.param() + at
                + ", the ids of each kind -" + part.template().substring(BodyPart.CERTIFICATE_IDS.length() + 1)
                + " names, in its order" + converted + "; a run computes them here from the file before it sends"
                + " anything, and shows them" + none;
    }
}
