package dev.entrals.graph.derive;

import dev.entrals.graph.ObjectRoutes;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Graph SDK read, then one SDK request per object of its reply, the cmdlet picked by a {@code switch} on the
 * object's {@code @odata.type} in a function the code defines, called in a {@code foreach} over the reply
 * ({@code Reset-EntraStrongAuthenticationMethodByUpn.ps1:40-81}):
 *
 * <pre>
 * function DeleteAuthMethod($uid, $method) {
 *     switch ($method.AdditionalProperties['@odata.type']) {
 *         '#microsoft.graph.emailAuthenticationMethod' { Remove-MgUserAuthenticationEmailMethod -UserId $uid -EmailAuthenticationMethodId $method.Id }
 *         …
 *         Default { }
 *     }
 *     return $?
 * }
 * $methods = Get-MgUserAuthenticationMethod -UserId $userId
 * foreach ($authMethod in $methods) { $deleted = DeleteAuthMethod -uid $userId -method $authMethod; if (!$deleted) { $defaultMethod = $authMethod } }
 * if ($null -ne $defaultMethod) { $result = DeleteAuthMethod -uid $userId -method $defaultMethod }
 * </pre>
 *
 * is the read as the set's lookup and a request per object on the route of its type's cmdlet ({@link ObjectRoutes},
 * each route from {@link MgCatalog}; {@code $method.Id} is {@code {@1.value.id}}). A Graph SDK cmdlet's error does
 * not end the function (it is not terminating unless {@code -ErrorAction Stop} or {@code $ErrorActionPreference =
 * 'Stop'}), so the loop carries on; the call after the loop on the variable the loop sets when the call returned
 * false is the last failed object sent once more. Anything else in the function, the loop or the cases leaves the
 * cmdlet refused, naming the line.
 */
final class TypeSwitchReading {

    private static final Pattern SWITCH = Pattern.compile("(?i)\\bswitch\\s*\\(\\s*\\$(\\w+)(?:\\.AdditionalProperties\\["
            + "\\s*['\"]([@\\w.]+)['\"]\\s*]|\\.['\"]([@\\w.]+)['\"]|\\[\\s*['\"]([@\\w.]+)['\"]\\s*])\\s*\\)\\s*\\{");
    private static final Pattern CASE = Pattern.compile("(?i)\\s*(?:'([^']*)'|\"([^\"]*)\"|(default))\\s*\\{");
    private static final Pattern ONE_CALL = Pattern.compile("\\s*([A-Z][a-z]+-Mg\\w+)((?:\\s+-\\w+\\s+\\$\\w+(?:\\.Id)?)*)\\s*");
    private static final Pattern ARG = Pattern.compile("-(\\w+)\\s+\\$(\\w+)(\\.Id)?");
    private static final Pattern FUNCTION = Pattern.compile("(?i)\\bfunction\\s+([\\w-]+)\\s*(?:\\(([^)]*)\\))?\\s*\\{");
    private static final Pattern STOP = Pattern.compile("(?i)-ErrorAction\\s+['\"]?Stop|\\$ErrorActionPreference\\s*=\\s*['\"]Stop");

    private TypeSwitchReading() {
    }

    /** The entry, or null when the function has no such switch in a function of its own (another reading's form). */
    static RequestEntry read(FunctionCode fn, MgCatalog catalog, List<String> called, String source, String via) {
        String p = fn.process();
        Matcher sw = SWITCH.matcher(p);
        if (!sw.find()) {
            return null;
        }
        String object = sw.group(1);
        String property = sw.group(2) != null ? sw.group(2) : sw.group(3) != null ? sw.group(3) : sw.group(4);
        Matcher f = FUNCTION.matcher(p);
        int fStart = -1;
        int fBody = -1;
        int fEnd = -1;
        String fName = null;
        List<String> fParams = new ArrayList<>();
        while (f.find()) {
            int end = PsText.close(p, f.end() - 1);
            if (f.start() < sw.start() && sw.start() < end && f.group(2) != null) {
                fStart = f.start();
                fBody = f.end();
                fEnd = end;
                fName = f.group(1);
                for (String a : f.group(2).split(",")) {
                    fParams.add(a.trim().replaceFirst("^\\$", ""));
                }
            }
        }
        if (fName == null || !fParams.contains(object)) {
            return null; // a switch not in a function of the code's own, over its parameter
        }
        int swEnd = PsText.close(p, sw.end() - 1);
        String rest = p.substring(fBody, fEnd - 1).replace(p.substring(sw.start(),
                swEnd), "").replaceFirst("(?i)\\breturn\\s+\\$\\?", "");
        if (!rest.isBlank()) {
            return refused(fn, source, via, "its function " + fName + " (" + at(fn, fStart) + ") does more than a"
                    + " switch on an object's " + property);
        }
        Map<String, Call> cases = new LinkedHashMap<>();
        String why = cases(fn, p, sw.end(), swEnd - 1, cases);
        if (why != null) {
            return refused(fn, source, via, why);
        }
        return new Reading(fn, catalog, called, source, via, object, property, fName, fStart, fEnd, sw.start(),
                cases).entry();
    }

    /** One case's SDK call: the cmdlet, its named arguments (parameter → variable, with {@code .Id}), its offset. */
    record Call(String cmdlet, Map<String, String> args, int offset) {
    }

    /** Reads the cases between {@code from} and {@code to} into {@code out}; the reason when one is not a single call. */
    private static String cases(FunctionCode fn, String p, int from, int to, Map<String, Call> out) {
        int pos = from;
        while (!p.substring(pos, to).isBlank()) {
            Matcher c = CASE.matcher(p).region(pos, to);
            if (!c.lookingAt()) {
                return "a case of its switch (" + at(fn, pos) + ") is not a string written in the code";
            }
            int close = PsText.close(p, c.end() - 1);
            String body = p.substring(c.end(), close - 1);
            if (c.group(3) != null) {
                if (!body.isBlank()) {
                    return "the Default case of its switch (" + at(fn, c.start()) + ") does something";
                }
            } else {
                Matcher call = ONE_CALL.matcher(body);
                if (!call.matches()) {
                    return "the case " + (c.group(1) != null ? c.group(1) : c.group(2)) + " of its switch ("
                            + at(fn, c.start()) + ") is not one Graph SDK call with variables as arguments";
                }
                Map<String, String> args = new LinkedHashMap<>();
                Matcher a = ARG.matcher(call.group(2));
                while (a.find()) {
                    args.put(a.group(1), "$" + a.group(2) + (a.group(3) == null ? "" : ".Id"));
                }
                out.put(c.group(1) != null ? c.group(1) : c.group(2), new Call(MgDerivation.sdkSpelling(call.group(1)),
                        args, c.end()));
            }
            pos = close;
        }
        return null;
    }

    static RequestEntry refused(FunctionCode fn, String source, String via, String why) {
        return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), "sends one Graph SDK request per object"
                + " of a reply, picked by a switch on the object's type, but " + why + "; not read", List.of());
    }

    static String at(FunctionCode fn, int processOffset) {
        return fn.source(fn.processOffset() + processOffset);
    }

    /** The read, the loop and the routes of a switch found in a function of the code's own. */
    private record Reading(FunctionCode fn, MgCatalog catalog, List<String> called, String source, String via,
                           String object, String property, String fName, int fStart, int fEnd, int swStart,
                           Map<String, Call> cases) {

        RequestEntry entry() {
            String p = fn.process();
            Matcher call = Pattern.compile("(?i)(?:\\$(\\w+)\\s*=\\s*)?(?<![\\w-])" + Pattern.quote(fName)
                    + "((?:\\s+-\\w+\\s+\\$\\w+)+)").matcher(p);
            List<MatchResult> calls = new ArrayList<>();
            while (call.find()) {
                if (call.start() < fStart || call.start() >= fEnd) {
                    calls.add(call.toMatchResult());
                }
            }
            if (calls.isEmpty() || calls.size() > 2) {
                return refused(fn, source, via, "its function " + fName + " is called " + calls.size() + " times");
            }
            MatchResult first = calls.get(0);
            Map<String, String> firstArgs = named(first.group(2));
            Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\s*\\)\\s*\\{").matcher(p);
            MatchResult around = null;
            int loopEnd = -1;
            while (loop.find()) {
                int end = PsText.close(p, loop.end() - 1);
                if (loop.start() < first.start() && first.start() < end) {
                    around = loop.toMatchResult();
                    loopEnd = end;
                }
            }
            if (around == null || !("$" + around.group(1)).equalsIgnoreCase(firstArgs.get(object))) {
                return refused(fn, source, via, "its function " + fName + " is not called (" + at(fn, first.start())
                        + ") once per object of a loop over a reply");
            }
            String loopBody = p.substring(around.end(), loopEnd - 1).replace(first.group(), "");
            String failedVar = null;
            if (first.group(1) != null) {
                Matcher failed = Pattern.compile("(?i)\\s*if\\s*\\(\\s*(?:!|-not\\s+)\\$" + first.group(1)
                        + "\\s*\\)\\s*\\{\\s*\\$(\\w+)\\s*=\\s*\\$" + around.group(1) + "\\s*}\\s*").matcher(loopBody);
                if (failed.matches()) {
                    failedVar = failed.group(1);
                    loopBody = "";
                }
            }
            if (!loopBody.isBlank()) {
                return refused(fn, source, via, "its loop (" + at(fn, around.start()) + ") does more than call "
                        + fName);
            }
            boolean retry = false;
            if (calls.size() == 2) {
                MatchResult second = calls.get(1);
                retry = failedVar != null && second.start() > loopEnd
                        && ("$" + failedVar).equalsIgnoreCase(named(second.group(2)).get(object));
                if (!retry) {
                    return refused(fn, source, via, "its function " + fName + " is called again at "
                            + at(fn, second.start()) + " on something other than the last object that failed");
                }
            }
            return entry(around.group(2), firstArgs, retry);
        }

        private RequestEntry entry(String list, Map<String, String> callArgs, boolean retry) {
            String p = fn.process();
            Matcher read = Pattern.compile("(?im)^\\s*\\$" + list + "\\s*=\\s*(Get-Mg\\w+)([^\\n]*)$").matcher(p);
            if (!read.find()) {
                return refused(fn, source, via, "the list it loops over ($" + list + ") is not a Graph SDK read");
            }
            String reader = MgDerivation.sdkSpelling(read.group(1));
            MgCatalog.MgRoute readRoute = catalog.route(reader);
            if (readRoute == null || !readRoute.method().equals("GET") || readRoute.collection() == null) {
                return refused(fn, source, via, "the request of " + reader + " (" + at(fn, read.start(1))
                        + ") is not known");
            }
            Map<String, String> readArgs = named(read.group(2));
            readArgs.keySet().removeIf(k -> k.equalsIgnoreCase("Headers"));
            String lookup = fill(readRoute.collection(), readArgs);
            if (lookup == null) {
                return refused(fn, source, via, reader + " (" + at(fn, read.start(1)) + ") is passed an argument the"
                        + " code computes");
            }
            List<String> sdk = new ArrayList<>(List.of(reader));
            Map<String, String> routes = new LinkedHashMap<>();
            String method = null;
            for (Map.Entry<String, Call> c : cases.entrySet()) {
                MgCatalog.MgRoute r = catalog.route(c.getValue().cmdlet());
                if (r == null || r.item() == null || method != null && !method.equals(r.method())) {
                    return refused(fn, source, via, "the request of " + c.getValue().cmdlet() + " ("
                            + at(fn, c.getValue().offset()) + ") is not known");
                }
                method = r.method();
                Map<String, String> inner = new LinkedHashMap<>();
                c.getValue().args().forEach((k, v) -> inner.put(k, v.equalsIgnoreCase("$" + object + ".Id")
                        ? "{@1.value.id}" : callArgs.get(v.substring(1))));
                String path = fill(r.item(), inner);
                if (path == null) {
                    return refused(fn, source, via, c.getValue().cmdlet() + " (" + at(fn, c.getValue().offset())
                            + ") is passed an argument the code computes");
                }
                routes.put(c.getKey(), "/" + r.version() + path);
                sdk.add(c.getValue().cmdlet());
            }
            if (!sdk.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList().containsAll(
                    called.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList())) {
                return null; // other SDK calls: not this form alone
            }
            boolean stops = STOP.matcher(p).find();
            String onFailure = stops ? null : retry ? ObjectRoutes.RETRY_LAST : ObjectRoutes.CARRY_ON;
            String lookupPath = "/" + readRoute.version() + lookup;
            List<String> notes = new ArrayList<>();
            notes.add("the module reads the objects with " + reader + " (" + lookupPath + ", its first page) and sends,"
                    + " per object, the request of the Graph SDK cmdlet its " + property + " picks (the switch at "
                     + at(fn, swStart) + ", " + routes.size() + (routes.size() == 1 ? " type" : " types") + "); an object"
                    + " of another type is not sent");
            if (!stops) {
                notes.add("a failed request does not stop the module's loop (a Graph SDK cmdlet's error does not end"
                        + " the function): the run goes on with the next object and ends with the failures"
                        + (retry ? "; the last object whose request failed is sent once more after the loop, as the"
                        + " module does" : ""));
            }
            ObjectRoutes per = new ObjectRoutes("@1.value", property, routes, onFailure);
            List<SetRequest> sets = new ArrayList<>();
            for (String set : fn.sets()) {
                sets.add(new SetRequest(set, method, routes.values().iterator().next(), List.of(), List.of(),
                        List.of(), false, notes, List.of(), false, List.of(),
                        List.of(new LookupPart(lookupPath, List.of(), List.of(), null)), null, per, null));
            }
            return new RequestEntry(fn.name(), fn.module(), source, via, sets, null, List.of());
        }

        /** The route with each {@code {x-id}} the SDK parameter's value: a path template, or a variable's parameter. */
        private String fill(String route, Map<String, String> args) {
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(route);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = null;
                for (Map.Entry<String, String> a : args.entrySet()) {
                    if (a.getKey().equalsIgnoreCase(MgPaths.sdkName(m.group(1)))) {
                        v = a.getValue();
                    }
                }
                String param = v == null ? null : v.startsWith("{") ? v : parameterOf(v.replaceFirst("^\\$", ""));
                if (param == null) {
                    return null;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(param.startsWith("{") ? param : "{" + param + "}"));
            }
            return m.appendTail(out).toString();
        }

        /** The parameter a variable holds: the parameter itself, or a local set once from its bound value. */
        private String parameterOf(String variable) {
            if (fn.parameter(variable).isPresent()) {
                return fn.canonical(variable);
            }
            Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(variable) + "\\s*=\\s*(.+?)\\s*$")
                    .matcher(fn.process());
            String param = null;
            int count = 0;
            while (m.find()) {
                count++;
                Matcher b = Pattern.compile("(?i)\\$PSBoundParameters(?:\\.(\\w+)|\\[\\s*[\"'](\\w+)[\"']\\s*])")
                        .matcher(m.group(1));
                String direct = Assignments.directParam(m.group(1), fn);
                param = direct != null ? direct : b.matches() ? fn.canonical(b.group(1) != null ? b.group(1)
                        : b.group(2)) : null;
            }
            return count == 1 ? param : null;
        }

        private static Map<String, String> named(String args) {
            Map<String, String> out = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Matcher a = ARG.matcher(args);
            while (a.find()) {
                out.put(a.group(1), "$" + a.group(2) + (a.group(3) == null ? "" : ".Id"));
            }
            return out;
        }
    }

}
