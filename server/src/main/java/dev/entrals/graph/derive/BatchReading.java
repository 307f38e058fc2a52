package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import dev.entrals.graph.RequestEntry.ValueMap;
import dev.entrals.script.ParameterSignature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON batch of one inner request per item of a list argument, read as a body structure: {@code $requests = @()};
 * {@code foreach ($s in $SponsorIds) { $request = @{ id = $s; method = "POST"; url = "/$target"; body = @{ … } };
 * $requests += $request }}; {@code $batchBody = @{ requests = $requests }}; {@code Invoke-MgGraphRequest -Method POST
 * -Uri "/v1.0/`$batch" -Body ($batchBody | ConvertTo-Json …)} ({@code Set-EntraUserSponsor.ps1:47-84}). The inner
 * hashtable is read by {@link BodyShapes} with the loop variable as {@code {0}}; a local the strings name is read in
 * place when it is a string the code writes once ({@code $targetEndpoint = "users/$UserId/sponsors/`$ref"}), the
 * session's endpoint ({@code $rootUri}), or a choice between two strings on a {@code ValidateSet} argument's value
 * ({@code $targetResource = if ($Type -eq "User") { "users" } else { "groups" }}, a value map the planner applies to
 * the body). Anything else is not read (null).
 */
final class BatchReading {

    private static final Pattern BODY = Pattern.compile("(?i)-Body\\s+\\(\\s*\\$(\\w+)\\s*\\|\\s*ConvertTo-Json\\b");
    private static final Pattern CHOICE = Pattern.compile("(?i)^if\\s*\\(\\s*\\$(\\w+)\\s+-eq\\s+[\"']([^\"'$`]+)[\"']\\s*\\)"
            + "\\s*\\{\\s*[\"']([^\"'$`]+)[\"']\\s*}\\s*else\\s*\\{\\s*[\"']([^\"'$`]+)[\"']\\s*}$");
    private static final Pattern STRING = Pattern.compile("^\"([^\"]*)\"$");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    /** The stand-in name for the loop item in the text read ({@code {0}} in the structure). */
    private static final String ITEM = "TmpValue";

    private BatchReading() {
    }

    /** The batch request as an entry, or null when the code is not this form. */
    static RequestEntry read(FunctionCode fn, String p, String path, String source, String via) {
        Matcher body = BODY.matcher(p);
        if (!body.find()) {
            return null;
        }
        BodyShapes.Scope whole = new BodyShapes.Scope(fn, p, null, null);
        String batch = BodyShapes.localText(body.group(1), whole);
        Matcher requests = batch == null ? null
                : Pattern.compile("(?is)^@\\{\\s*requests\\s*=\\s*\\$(\\w+)\\s*;?\\s*}$").matcher(batch.strip());
        if (requests == null || !requests.matches()
                || !"@()".equals(BodyShapes.localText(requests.group(1), whole))) {
            return null;
        }
        String list = requests.group(1);
        Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+(\\$\\w+|\\$PSBoundParameters\\[[\"']\\w+"
                + "[\"']])\\s*\\)\\s*\\{").matcher(p);
        while (loop.find()) {
            String inside = p.substring(loop.end(), PsText.close(p, loop.end() - 1) - 1);
            Matcher add = Pattern.compile("(?im)^\\s*\\$" + list + "\\s*\\+=\\s*\\$(\\w+)\\s*;?\\s*$").matcher(inside);
            String param = Assignments.directParam(loop.group(2), fn);
            if (!add.find() || param == null) {
                continue;
            }
            List<ValueMap> maps = new ArrayList<>();
            String text = inline(fn, p, inside.replaceAll("(?i)\\$" + loop.group(1) + "\\b", Matcher.quoteReplacement(
                    "$" + ITEM)), maps);
            String item = text == null ? null : BodyShapes.localText(add.group(1), new BodyShapes.Scope(fn, text, null, ITEM));
            JsonNode shape = item == null ? null : BodyShapes.read(item, new BodyShapes.Scope(fn, text, null, ITEM));
            if (shape == null || !shape.isObject() || !shape.has("method") || !shape.has("url")) {
                return null;
            }
            List<String> notes = new ArrayList<>();
            if (shape.toString().contains(Assignments.ENDPOINT)) {
                notes.add("the inner requests' bodies name the Global endpoint https://graph.microsoft.com; the module"
                        + " names the session's cloud's");
            }
            for (ValueMap map : maps) {
                StringBuilder pairs = new StringBuilder();
                map.values().forEach((k, v) -> pairs.append(pairs.length() == 0 ? "" : ", ").append(k).append(" → ")
                        .append(v));
                notes.add("-" + map.param() + " picks a word of the inner requests as the module maps it (" + pairs
                        + ")");
            }
            notes.add("the module sends one JSON batch of one inner request per value of -" + param + " and shows the"
                    + " id and error of each inner request whose status is not 204; the plan shows Graph's batch reply"
                    + " as it is");
            List<SetRequest> sets = new ArrayList<>();
            for (String set : fn.sets()) {
                if (!fn.inSet(param, set)) {
                    sets.add(MgDerivation.unsupported(set, "sends a batch of one request per item of -" + param
                            + ", which set " + set + " does not bind"));
                    continue;
                }
                sets.add(new SetRequest(set, "POST", path, List.of(), List.of(),
                        List.of(new BodyPart("requests", param, BodyPart.ARRAY, shape)), false, notes, List.of(), false,
                        maps, List.of()));
            }
            return new RequestEntry(fn.name(), fn.module(), source, via, sets, null, List.of());
        }
        return null;
    }

    /**
     * The loop's text with each local its double-quoted strings name read in place, or null when one is not read:
     * a string the code assigns once (its text), the session's endpoint (kept, {@link Assignments#template} reads it),
     * or a choice on a {@code ValidateSet} argument (the argument, its map added to {@code maps}).
     */
    private static String inline(FunctionCode fn, String p, String text, List<ValueMap> maps) {
        StringBuilder out = new StringBuilder();
        Matcher s = Pattern.compile("\"[^\"]*\"").matcher(text);
        int last = 0;
        while (s.find()) {
            out.append(text, last, s.start());
            last = s.end();
            StringBuilder str = new StringBuilder();
            Matcher v = VARIABLE.matcher(s.group());
            int at = 0;
            while (v.find()) {
                str.append(s.group(), at, v.start());
                at = v.end();
                String name = v.group(1);
                if (v.start() > 0 && s.group().charAt(v.start() - 1) == '`' || name.equalsIgnoreCase(ITEM)
                        || fn.parameter(name).isPresent() || name.equalsIgnoreCase("rootUri")
                        || name.equalsIgnoreCase("graphEndpoint")) {
                    str.append(v.group());
                    continue;
                }
                String local = BodyShapes.localText(name, new BodyShapes.Scope(fn, p, null, null));
                Matcher quoted = local == null ? null : STRING.matcher(local);
                Matcher choice = local == null ? null : CHOICE.matcher(local);
                if (quoted != null && quoted.matches() && !quoted.group(1).contains("$(")) {
                    str.append(quoted.group(1));
                } else if (choice != null && choice.matches() && fn.parameter(choice.group(1)).isPresent()) {
                    ValueMap map = choiceMap(fn.parameter(choice.group(1)).get(), choice);
                    if (map == null) {
                        return null;
                    }
                    maps.add(map);
                    str.append("$").append(map.param());
                } else {
                    return null;
                }
            }
            out.append(str.append(s.group().substring(at)));
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * {@code if ($P -eq "a") { "x" } else { "y" }} over the values {@code ValidateSet} lets {@code $P} take: each
     * value mapped as {@code -eq} compares (any case); null when the parameter has no such set.
     */
    private static ValueMap choiceMap(ParameterSignature param, Matcher choice) {
        if (param.validateSet().isEmpty()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String value : param.validateSet()) {
            values.put(value, value.equalsIgnoreCase(choice.group(2)) ? choice.group(3) : choice.group(4));
        }
        return new ValueMap(param.name(), values, null);
    }
}
