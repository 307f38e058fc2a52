package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.ListEdits;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write whose body holds a list the code first GETs from the same URL, with a new object appended unless one with
 * the same key is there ({@link ListEdits#ADD}):
 * <pre>
 * $r = Invoke-MgGraphRequest -Method GET -Uri "$u"
 * $list = @(); if ($r.a -and $r.a.b) { $list = @($r.a.b) }
 * $dup = $list | Where-Object { $_.K -eq $P }
 * if ($dup) { Write-Warning "…"; …; return … }
 * $g = [System.Guid]::NewGuid().ToString()
 * $new = [PSCustomObject]@{ k = $P; id = $g; isEnabled = $true; type = "User" }
 * $merged = @($list) + @($new)
 * $Body = [PSCustomObject]@{ x = @("api://$Id"); a = [PSCustomObject]@{ b = $merged } }
 * Invoke-MgGraphRequest -Method PATCH -Uri "$u" -Body ($Body | ConvertTo-Json …)
 * </pre>
 * The GET is the lookup, the list {@code {@1.a.b}}; the body's other entries are constants over the arguments. A
 * retry loop around the write is noted (sent once).
 */
final class ListAppendReading {

    private static final Pattern CALL = CallForms.CALL;
    private static final Pattern METHOD = Pattern.compile("(?i)-Method\\s+[\"']?(GET|POST|PATCH|PUT)\\b");
    private static final Pattern URI = Pattern.compile("(?i)-Uri\\s+(\"[^\"]*\"|'[^']*')");
    private static final String HASH = "(?:\\[PSCustomObject\\]\\s*)?@\\{";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ListAppendReading() {
    }

    /** The entry, or null when the function is not this form. */
    static RequestEntry read(FunctionCode fn, String p) {
        List<MatchResult> calls = CALL.matcher(p).results().toList();
        if (calls.size() != 2) {
            return null;
        }
        MatchResult get = calls.get(0);
        MatchResult write = calls.get(1);
        Matcher reply = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$").matcher(p.substring(p.lastIndexOf('\n',
                get.start()) + 1, get.start()));
        Matcher getMethod = METHOD.matcher(get.group(1));
        Matcher writeMethod = METHOD.matcher(write.group(1));
        Matcher getUri = URI.matcher(get.group(1));
        Matcher writeUri = URI.matcher(write.group(1));
        if (!reply.find() || getMethod.find() && !getMethod.group(1).equalsIgnoreCase("GET") || !writeMethod.find()
                || writeMethod.group(1).equalsIgnoreCase("GET") || !getUri.find() || !writeUri.find()
                || !getUri.group(1).equals(writeUri.group(1))) {
            return null;
        }
        String r = reply.group(1);
        Matcher list = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*@\\(\\s*\\$" + r + "\\.([\\w.]+)\\s*\\)").matcher(p);
        if (!list.find()) {
            return null;
        }
        String l = list.group(1);
        Matcher dup = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$" + l + "\\s*\\|\\s*Where-Object\\s*\\{\\s*\\$_\\.(\\w+)"
                + "\\s+-eq\\s+\\$(\\w+)\\s*}").matcher(p);
        Matcher merged = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*@\\(\\s*\\$" + l + "\\s*\\)\\s*\\+\\s*@\\(\\s*\\$(\\w+)"
                + "\\s*\\)").matcher(p);
        if (!dup.find() || !merged.find()) {
            return null;
        }
        String source = fn.source(fn.processOffset() + write.start());
        String via = write.group().toLowerCase(Locale.ROOT).startsWith("invoke-mg") ? "Invoke-MgGraphRequest"
                : "Invoke-GraphRequest";
        if (fn.parameter(dup.group(3)).isEmpty()) {
            return refused(fn, source, via, "compares the items of the list it reads with $" + dup.group(3)
                    + ", not an argument (" + fn.source(fn.processOffset() + dup.start()) + ")");
        }
        Matcher skip = Pattern.compile("(?i)\\bif\\s*\\(\\s*\\$" + dup.group(1) + "\\s*\\)\\s*\\{").matcher(p);
        if (!skip.find() || skip.start() > merged.start()
                || !Pattern.compile("(?i)\\breturn\\b").matcher(block(p, skip.end() - 1)).find()) {
            return refused(fn, source, via, "uses the item of the list whose " + dup.group(2) + " matches in a way"
                    + " not read (" + fn.source(fn.processOffset() + dup.start()) + ")");
        }
        ObjectNode item = object(fn, p, block(p, hash(p, merged.group(2))), null, null);
        String bodyVar = bodyVariable(write.group(1), p);
        Matcher body = bodyVar == null ? null : Pattern.compile("(?i)\\$" + bodyVar + "\\s*=\\s*" + HASH).matcher(p);
        List<BodyPart> parts = new ArrayList<>();
        ObjectNode operation = F.objectNode();
        operation.put("list", "{@1." + list.group(2) + "}");
        operation.put("op", ListEdits.ADD);
        operation.withArray("key").add(dup.group(2));
        operation.set("new", item);
        if (item == null || body == null || !body.find()
                || object(fn, p, block(p, body.end() - 1), merged.group(1), parts(parts, operation)) == null
                || parts.stream().noneMatch(b -> BodyPart.LIST_EDIT.equals(b.template()))) {
            return refused(fn, source, via, "builds the new item or the body around the list in a way not read ("
                    + fn.source(fn.processOffset() + merged.start()) + ")");
        }
        UriTemplates uris = new UriTemplates(fn, p);
        List<String> notes = new ArrayList<>();
        notes.add("the module reads the list " + list.group(2) + " first with GET on the same URL and writes it back"
                + " whole with a new item appended" + (item.toString().contains(ListEdits.NEW_GUID) ? ", its id a"
                + " new GUID" : "") + "; when an item's " + dup.group(2) + " is -" + fn.canonical(dup.group(3))
                + " already, it writes nothing (" + fn.source(fn.processOffset() + skip.start()) + ")");
        if (InvokeDerivation.retried(p, write.start())) {
            notes.add(retries(fn, p, write.start()));
        }
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            String path = uris.pathFor(set);
            if (path == null) {
                sets.add(MgDerivation.unsupported(set, "builds its URL in a way not read"));
                continue;
            }
            sets.add(new SetRequest(set, writeMethod.group(1).toUpperCase(Locale.ROOT), path, List.of(), List.of(),
                    parts, false, notes, List.of(), false, List.of(), List.of(new LookupPart(path, List.of(),
                    List.of(), null))));
        }
        return new RequestEntry(fn.name(), fn.module(), source, via, sets, null, List.of());
    }

    /**
     * The note of the retry loop around the write: how many tries, how far apart, where, when the code writes them as
     * {@code while ($n -lt $max …)} with {@code $max = N} and {@code Start-Sleep -Seconds S}; else the general note.
     */
    static String retries(FunctionCode fn, String p, int at) {
        Matcher loop = Pattern.compile("(?i)\\bwhile\\s*\\(\\s*\\$\\w+\\s+-lt\\s+\\$(\\w+)").matcher(p);
        while (loop.find()) {
            int open = p.indexOf('{', PsText.close(p, p.indexOf('(', loop.start())));
            if (open < 0 || open > at || PsText.close(p, open) < at) {
                continue;
            }
            Matcher max = Pattern.compile("(?i)\\$" + loop.group(1) + "\\s*=\\s*(\\d+)").matcher(p);
            Matcher sleep = Pattern.compile("(?i)\\bStart-Sleep\\s+-Seconds\\s+(\\d+)")
                    .matcher(p.substring(open, PsText.close(p, open)));
            if (max.find() && sleep.find()) {
                return "the module tries the write up to " + max.group(1) + " times, " + sleep.group(1) + " s apart,"
                        + " when it fails (" + fn.source(fn.processOffset() + loop.start()) + ": waiting for the"
                        + " change to propagate); the plan sends it once (the engine retries only Graph's 429, 503"
                        + " and 504 replies, at most 3 tries)";
            }
        }
        return InvokeDerivation.RETRIED;
    }

    /** Adds a part at a place of the body: the list edit where the merged list is, else the value. */
    private static java.util.function.BiConsumer<String, JsonNode> parts(List<BodyPart> parts, ObjectNode operation) {
        return (place, value) -> parts.add(value == null ? new BodyPart(place, null, BodyPart.LIST_EDIT, operation)
                : new BodyPart(place, null, null, value));
    }

    /** The variable the write sends: {@code -Body $X}, or {@code -Body $J} where {@code $J = $X | ConvertTo-Json}. */
    static String bodyVariable(String args, String p) {
        Matcher b = Pattern.compile("(?i)-Body\\s+\\(?\\s*\\$(\\w+)").matcher(args);
        if (!b.find()) {
            return null;
        }
        Matcher json = Pattern.compile("(?i)\\$" + b.group(1) + "\\s*=\\s*\\$(\\w+)\\s*\\|\\s*ConvertTo-Json\\b")
                .matcher(p);
        return json.find() ? json.group(1) : b.group(1);
    }

    /**
     * The literal the write's body variable is set to before the write ({@code $B = [PSCustomObject]@{}, the match
     * ending after its {@code @{}), or null.
     */
    static Matcher bodyLiteral(MatchResult write, String p) {
        String var = bodyVariable(write.group(1), p);
        Matcher literal = var == null ? null : Pattern.compile("(?i)\\$" + var + "\\s*=\\s*(?:\\[PSCustomObject\\]\\s*)?"
                + "@\\{").matcher(p);
        return literal == null || !literal.find() || literal.start() > write.start() ? null : literal;
    }

    /** The offset of the {@code @{} opening {@code $name}'s hashtable literal, or -1. */
    private static int hash(String p, String name) {
        Matcher m = Pattern.compile("(?i)\\$" + name + "\\s*=\\s*" + HASH).matcher(p);
        return m.find() ? m.end() - 1 : -1;
    }

    /** The inside of the brace at {@code open} ("" when none). */
    private static String block(String p, int open) {
        return open < 0 ? "" : p.substring(open + 1, PsText.close(p, open) - 1);
    }

    /**
     * A hashtable literal's inside as JSON: {@code $P} an argument ({@code {P}}), a local holding a new GUID
     * ({@link ListEdits#NEW_GUID}), {@code $true}/{@code $false}, a string (its {@code $P} as {@code {P}}), an array of
     * strings, a nested literal; with {@code merged}, each entry is handed to {@code places} instead ({@code a/b}
     * inside a nested literal), the one naming that local with the value null. Null when an entry is not read.
     */
    private static ObjectNode object(FunctionCode fn, String p, String inside, String merged,
            java.util.function.BiConsumer<String, JsonNode> places) {
        ObjectNode out = F.objectNode();
        for (String entry : BodyShapes.split(inside, false)) {
            Matcher line = Pattern.compile("(?s)^\\s*[\"']?(\\w+)[\"']?\\s*=\\s*(.+?)\\s*;?\\s*$").matcher(entry);
            if (!line.matches()) {
                return null;
            }
            String k = line.group(1);
            String v = line.group(2);
            Matcher nested = Pattern.compile("(?is)^" + HASH + "(.*)}$").matcher(v);
            if (merged != null && v.equalsIgnoreCase("$" + merged)) {
                places.accept(k, null);
                continue;
            }
            JsonNode value;
            if (nested.matches()) {
                value = object(fn, p, nested.group(1), merged, merged == null ? null
                        : (place, x) -> places.accept(k + "/" + place, x));
            } else {
                value = leaf(fn, p, v);
            }
            if (value == null) {
                return null;
            }
            if (merged == null) {
                out.set(k, value);
            } else if (!nested.matches()) {
                places.accept(k, value);
            }
        }
        return out;
    }

    /** One value of a literal, or null when not read. */
    private static JsonNode leaf(FunctionCode fn, String p, String v) {
        Matcher arg = Pattern.compile("^\\$(\\w+)$").matcher(v);
        if (v.equalsIgnoreCase("$true") || v.equalsIgnoreCase("$false")) {
            return F.booleanNode(v.equalsIgnoreCase("$true"));
        }
        if (arg.matches() && fn.parameter(arg.group(1)).isPresent()) {
            return F.textNode("{" + fn.canonical(arg.group(1)) + "}");
        }
        if (arg.matches() && Pattern.compile("(?i)\\$" + arg.group(1) + "\\s*=\\s*\\[(?:System\\.)?Guid]::NewGuid\\(\\)"
                + "(?:\\.ToString\\(\\))?\\s*$", Pattern.MULTILINE).matcher(p).find()) {
            return F.textNode(ListEdits.NEW_GUID);
        }
        Matcher array = Pattern.compile("(?s)^@\\((.*)\\)$").matcher(v);
        if (array.matches()) {
            var out = F.arrayNode();
            for (String item : BodyShapes.split(array.group(1), true)) {
                JsonNode x = leaf(fn, p, item.strip());
                if (x == null || !x.isTextual()) {
                    return null;
                }
                out.add(x);
            }
            return out;
        }
        Matcher text = Pattern.compile("^\"([^\"`]*)\"$|^'([^']*)'$").matcher(v);
        if (!text.matches()) {
            return null;
        }
        if (text.group(2) != null) {
            return F.textNode(text.group(2));
        }
        StringBuilder out = new StringBuilder();
        Matcher var = Pattern.compile("\\$(\\w+)").matcher(text.group(1));
        while (var.find()) {
            if (fn.parameter(var.group(1)).isEmpty()) {
                return null;
            }
            var.appendReplacement(out, Matcher.quoteReplacement("{" + fn.canonical(var.group(1)) + "}"));
        }
        return F.textNode(var.appendTail(out).toString());
    }

    private static RequestEntry refused(FunctionCode fn, String source, String via, String why) {
        return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), "sends a list it reads first with a"
                + " new item appended, but " + why, List.of());
    }
}
