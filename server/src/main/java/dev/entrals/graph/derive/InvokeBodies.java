package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON body a function sends with {@code Invoke-GraphRequest -Body $b} ({@link InvokeDerivation}): a file's or an
 * argument's bytes or text ({@link FileBodies}), or the hashtable {@code $b} the code builds ({@code @{…}},
 * {@code $b["k"] = …}), its entries read as parts ({@link BodyReading}); an optional argument turned into a property
 * by code not read is a note (the planner refuses a call that gives it) or why the body cannot be read.
 */
final class InvokeBodies {

    private static final Pattern BODY_ARG = Pattern.compile("(?i)-Body\\s+\\(?\\s*\\$(\\w+)");
    private static final Pattern HASH_LINE = Pattern.compile("^\\s*[\"']?([@\\w.]+)[\"']?\\s*=\\s*(.+?)\\s*;?\\s*$",
            Pattern.MULTILINE);

    private InvokeBodies() {
    }

    /**
     * Reads the body into {@code out}, and into {@code notes} the optional arguments turned into a property by code
     * not read (the planner refuses a call that gives one); returns why it cannot, or null.
     */
    static String body(FunctionCode fn, String p, List<BodyPart> out, List<String> notes) {
        return body(fn, p, out, notes, null);
    }

    /**
     * As above; {@code sends[0]} gets the condition under which the module sends the body at all, where it fails
     * first without an argument ({@link BodyVariants}); without {@code sends}, such a body is not read.
     */
    static String body(FunctionCode fn, String p, List<BodyPart> out, List<String> notes, String[] sends) {
        Matcher arg = BODY_ARG.matcher(p);
        Matcher type = Pattern.compile("(?i)-ContentType\\s+[\"']([^\"'\\s]+)[\"']").matcher(p);
        if (type.find() && !type.group(1).equalsIgnoreCase("application/json")) {
            BodyPart bytes = FileBodies.read(fn, p, type.group(1), notes);
            if (bytes != null) {
                out.add(bytes); // -Body $bytes where $bytes = [System.IO.File]::ReadAllBytes($FilePath)
                return null;
            }
            List<BodyPart> text = FileBodies.text(fn, p, type.group(1), notes);
            if (text != null) {
                out.addAll(text); // -Body $Body where $Body = $PSBoundParameters["Content"] (or a file's Get-Content)
                return null;
            }
            // the engine sends JSON text or a local file; name where the code takes the content from
            Matcher file = Pattern.compile("(?i)(?:ReadAllBytes|Get-Content|Invoke-WebRequest)\\b[^\\n]*?\\$(?:\\(\\$params\\.)?"
                    + "(?:PSBoundParameters\\[[\"'])?(\\w+)").matcher(p);
            String from = file.find() && fn.parameter(file.group(1)).isPresent()
                    ? " (the content of the file" + (p.contains("Invoke-WebRequest") ? " or URL" : "") + " -"
                    + fn.canonical(file.group(1)) + " names" + direct(fn, p) + ")" : "";
            String reply = Pattern.compile("(?i)Invoke-(?:Mg)?GraphRequest\\b[^\\n]*-OutputFilePath\\b").matcher(p).find()
                    ? " and writes the reply to a file" : "";
            return "sends a body of type " + type.group(1) + from + reply + "; runs here send JSON or the bytes of a"
                    + " local file the code reads with ReadAllBytes; not read";
        }
        String var = "body";
        if (arg.find()) {
            var = arg.group(1);
            Matcher json = Pattern.compile("(?i)\\$" + var + "\\s*=\\s*\\(?\\s*\\$(\\w+)\\s*\\)?\\s*\\|\\s*ConvertTo-Json")
                    .matcher(p);
            Matcher json2 = Pattern.compile("(?i)\\$" + var + "\\s*=\\s*ConvertTo-Json[^\\n]*?\\$(\\w+)").matcher(p);
            if (json.find()) {
                var = json.group(1); // $body = $bodyParams | ConvertTo-Json
            } else if (json2.find()) {
                var = json2.group(1);
            } else if (!var.equalsIgnoreCase("body") && !var.equalsIgnoreCase("params")
                    && !Pattern.compile("(?i)\\$" + var + "\\s*=\\s*(?:@\\{|\\$\\w+\\s*$)", Pattern.MULTILINE).matcher(p).find()) {
                BodyPart object = ArgumentObjects.pipedBody(fn, p, var);
                if (object != null) {
                    out.add(object); // $json = $P | ForEach-Object { …non-empty properties… | ConvertTo-Json }
                    return null;
                }
                return "sends a body ($" + var + ") built in a way not read";
            }
        } else if (!Pattern.compile("(?i)\\bBody\\s*=").matcher(p).find()) {
            return null; // a write with no body (an action)
        }
        List<BodyPart> flagged = FlagBodies.read(fn, p, var);
        if (flagged != null) {
            out.addAll(flagged); // $body = if ($flag) { @{…} | ConvertTo-Json } else { @{} | ConvertTo-Json }
            return null;
        }
        NestedParts.Read nested = NestedParts.read(fn, p, var);
        BodyVariants.Read variants = BodyVariants.read(fn, nested == null ? p : nested.rest(), var);
        String problem = nested != null && nested.problem() != null ? nested.problem()
                : variants != null && variants.problem() != null ? variants.problem() : null;
        String when = nested == null ? null : nested.when();
        String note = nested == null ? null : nested.note();
        if (variants != null && variants.when() != null) {
            when = when == null ? variants.when() : Conditions.and(when, variants.when());
            note = note == null ? variants.note() : null;
        }
        if (problem == null && (when != null || note != null) && (sends == null || when == null || note == null)) {
            problem = "sends a body only under conditions on its arguments (it fails or stops otherwise) in a form"
                    + " not read";
        }
        if (problem != null) {
            return problem;
        }
        if (variants != null) {
            out.addAll(variants.parts()); // if ($P -eq "v") { $body = @{…} } else { $body = @{…} }
        } else {
            problem = hashtable(fn, nested == null ? p : nested.rest(), var, out, notes);
        }
        if (problem == null && nested != null) {
            out.addAll(nested.parts()); // if (…) { $body.a.b.c = @{…} }
        }
        if (problem == null && when != null) {
            sends[0] = when;
            notes.add(note);
        }
        return problem;
    }

    /** An assignment {@link Assignments} does not read, read as a structure ({@link BodyReading}), or null. */
    private static BodyPart assigned(FunctionCode fn, String p, String var, Assignments.Assigned a) {
        BodyShapes.Scope scope = BodyReading.scope(fn, p, a.offset());
        Matcher rhs = Pattern.compile("(?i)\\$" + var + "(?:\\[\\s*[\"']([@\\w.]+)[\"']\\s*]|\\.(\\w+))\\s*=\\s*(.+)")
                .matcher(p);
        if (scope == null || !rhs.find(a.offset())) {
            return null;
        }
        String value = rhs.group(3);
        if (value.startsWith("@{") || value.startsWith("@(")) {
            value = p.substring(rhs.start(3), PsText.close(p, rhs.start(3) + 1)); // a literal over several lines
        } else if (value.chars().filter(c -> c == '}').count() > value.chars().filter(c -> c == '{').count()) {
            value = value.substring(0, value.lastIndexOf('}')); // if (…) { $t["k"] = $v }
        }
        return BodyReading.part(a.target(), value, scope);
    }

    /** {@code " (file:line)"} of the code's first place with this text, or empty when it is not found as written. */
    private static String where(FunctionCode fn, String text) {
        int at = fn.text().indexOf(text.strip());
        return at < 0 ? "" : " (" + fn.source(at) + ")";
    }

    /** {@code ", or -P"} where the code sends a parameter as the body itself ({@code $Body = $PSBoundParameters["P"]}). */
    private static String direct(FunctionCode fn, String p) {
        Matcher arg = BODY_ARG.matcher(p);
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + (arg.find() ? arg.group(1) : "body") + "\\s*=\\s*(\\S+)\\s*$").matcher(p);
        String param = m.find() ? Assignments.directParam(m.group(1), fn) : null;
        return param == null ? "" : ", or -" + param;
    }

    /** The keys of a hashtable {@code $var} the code builds ({@code @{…}} and {@code $var["k"] = …}). */
    static String hashtable(FunctionCode fn, String p, String var, List<BodyPart> out) {
        return hashtable(fn, p, var, out, null);
    }

    /** As above; with {@code notes}, an optional argument's property not read is a note instead of a refusal. */
    static String hashtable(FunctionCode fn, String p, String var, List<BodyPart> out, List<String> notes) {
        String changed = BodyReading.changedInPlace(p, var);
        if (changed != null) {
            return changed;
        }
        // [PSCustomObject]@{…} keeps its keys in order: ConvertTo-Json writes the same object
        Matcher literal = Pattern.compile("(?i)(?:\\$" + var + "\\s*=|\\bBody\\s*=)\\s*(?:\\[PSCustomObject]\\s*)?@\\{")
                .matcher(p);
        while (literal.find()) {
            int open = literal.end() - 1;
            String inside = p.substring(open + 1, Math.max(open + 1, PsText.close(p, open) - 1));
            // a literal in a parameter's own block ($Value = @{ "@odata.id" = "…/$TmpValue" }) takes that parameter
            PsText.IfBlock own = Assignments.innermost(PsText.ifBlocks(p), literal.start());
            String blockParam = own == null || !Assignments.isBoundTest(own.condition()) ? null
                    : Assignments.boundParam(own.condition(), fn);
            String tested = own == null ? null : Assignments.boundParam(own.condition(), fn);
            if (own != null && blockParam == null && tested != null) {
                return "sends a body built in a branch on the value of -" + tested + "; not read";
            }
            BodyShapes.Scope scope = new BodyShapes.Scope(fn, own == null ? p : own.body(), blockParam, null);
            for (String entry : BodyShapes.split(inside, false)) {
                Matcher line = HASH_LINE.matcher(entry);
                boolean flat = line.matches() && !line.group(2).contains("@{") && !line.group(2).contains("@(");
                String param = flat ? Assignments.directParam(line.group(2), fn) : null;
                String t = !flat || param != null ? null : Assignments.expression(line.group(2), blockParam, fn);
                if (param == null && t != null && t.contains("{0}")) {
                    param = blockParam;
                }
                BodyPart variant = param == null && t == null && line.matches()
                        ? BodyVariants.entry(line.group(1), line.group(2), fn) : null;
                if (variant != null) {
                    out.add(variant); // $P.ToLower(), a local set per value of $P, a list added to per item
                    continue;
                }
                List<BodyPart> built = param == null && t == null && line.matches()
                        ? BodyReading.builtLocal(line.group(1), line.group(2), fn) : null;
                if (built != null) {
                    out.addAll(built); // k = $local, a hashtable the code builds key by key
                    continue;
                }
                if (param == null && t == null) {
                    BodyPart read = BodyReading.entry(entry, scope); // a structure, or a value not one parameter
                    if (read == null) {
                        return line.lookingAt() ? "sends a body property (" + line.group(1)
                                + ") computed by code not read" + where(fn, entry) : "sends a body built in a way not read";
                    }
                    out.add(read);
                    continue;
                }
                out.add(new BodyPart(line.group(1), param, t));
            }
        }
        for (Assignments.Assigned a : Assignments.read(p, var, fn)) {
            if (!a.readable() || a.param() == null && a.template() == null) {
                BodyPart read = assigned(fn, p, var, a);
                if (read == null) {
                    read = ModelCopies.read(fn, p, var, a); // a copy of a Graph SDK model argument's set properties
                }
                read = read != null ? read : ItemLoops.read(fn, p, var, a); // one hashtable per item of a list
                if (read == null && notes != null && a.param() != null
                        && fn.sets().stream().noneMatch(set -> fn.mandatoryIn(a.param(), set))) {
                    int eol = p.indexOf('\n', a.offset());
                    notes.add("-" + a.param() + " is turned into the body's " + a.target() + " by code not read"
                            + where(fn, p.substring(a.offset(), eol < 0 ? p.length() : eol)));
                    continue;
                }
                if (read == null) {
                    return "sends a body property (" + a.target() + ") computed by code not read";
                }
                out.add(read);
                continue;
            }
            out.add(new BodyPart(a.target(), a.param(), a.template()));
        }
        out.addAll(BodyReading.argumentKeys(fn, p, var));
        return out.isEmpty() ? "sends a body built in a way not read" : null;
    }
}
