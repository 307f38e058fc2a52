package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.script.FunctionSignature;
import dev.entrals.script.ParamBlockReader;
import dev.entrals.script.ParameterSignature;
import dev.entrals.script.SetBinding;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every cmdlet and set the table covers, a typical invocation (the set's mandatory parameters with sample
 * values) is planned, and the request is checked against a second, simple reading done here, independently of the
 * generator: for a function calling {@code Invoke-GraphRequest}, the method literals and the {@code /v1.0/…} or
 * {@code /beta/…} string literals of its file, the query options and {@code $select} lists written in it, and its
 * body keys; for one calling a Graph SDK cmdlet, that cmdlet's aad-to-graph page (path and verb) and the
 * {@code $params["Key"]} names of its file. An SDK cmdlet no page names is checked by the SDK's naming, read here
 * on its own: the path's named segments, each word made singular, spell the cmdlet's noun
 * ({@code /beta/auditLogs/signIns} is {@code Get-MgBetaAuditLogSignIn}); the few the SDK names otherwise are written
 * below by hand from their Graph REST reference page.
 */
class RequestTableConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern METHOD = Pattern.compile("(?i)(?:-Method\\s+[\"']?|Method[\"']?]?\\s*=\\s*[\"'])"
            + "(GET|POST|PATCH|PUT|DELETE)\\b");
    /** SDK cmdlets named otherwise than by their path, written by hand: cmdlet → path (Graph REST reference). */
    private static final Map<String, String> NAMED_OTHERWISE = Map.of(
            // https://learn.microsoft.com/graph/api/group-list-settings?view=graph-rest-beta: GET /settings
            "DirectorySetting", "/settings(/\\{[^}]+})?",
            // https://learn.microsoft.com/graph/api/group-list-grouplifecyclepolicies: GET /groups/{id}/groupLifecyclePolicies
            "GroupLifecyclePolicyByGroup", "/groups/\\{[^}]+}/groupLifecyclePolicies",
            // https://learn.microsoft.com/graph/api/grouplifecyclepolicy-addgroup: POST /groupLifecyclePolicies/{id}/addGroup
            "GroupToLifecyclePolicy", "/groupLifecyclePolicies/\\{[^}]+}/addGroup",
            // https://learn.microsoft.com/graph/api/windowshelloforbusinessauthenticationmethod-delete: DELETE
            // /users/{id}/authentication/windowsHelloForBusinessMethods/{id} ("Windows" is a name, not a plural)
            "UserAuthenticationWindowsHelloForBusinessMethod",
            "/users/\\{[^}]+}/authentication/windowsHelloForBusinessMethods/[^/]+");
    /** An action's first word and the SDK verb it becomes ({@code revokeSignInSessions}: Revoke-…SignInSession). */
    private static final Map<String, String> ACTION_VERBS = Map.of("get", "Get", "create", "New", "update", "Update",
            "delete", "Remove", "remove", "Remove", "revoke", "Revoke", "add", "Add");
    /** A refusal: the module sends nothing under conditions one of which is an argument not given. */
    private static final Pattern NOTHING_WITHOUT = Pattern.compile("sends nothing when [^(]*?-(\\w+) is not given");
    /** A refusal: the module takes a value an earlier command left in the session ({@code $script:X}), to supply. */
    private static final Pattern SESSION = Pattern.compile(" needs (\\w+) for a run here: the module takes the value an"
            + " earlier command left in the PowerShell session");
    /**
     * A refusal: the module calls its SDK cmdlet without a mandatory identifier, which PowerShell asks for: the name,
     * the set, the SDK cmdlet, the SDK parameter.
     */
    private static final Pattern PROMPTED = Pattern.compile(" needs (\\w+) for a run here: in set (\\w+) the module"
            + " calls ([\\w-]+) without its mandatory -(\\w+), which PowerShell asks for");
    private static final Pattern VERSIONED = Pattern.compile("(?<![\\w.])/?(?:v1\\.0|beta)/[^\"'$?`\\s]*");

    @TestFactory
    Stream<DynamicTest> everyCoveredCmdletSendsTheRequestItsCodeSends() throws IOException {
        Path module = Corpus.require("entra-module").resolve("module");
        Path pages = Corpus.require("aad-to-graph").resolve("docs");
        Map<String, List<String>> documented = documented(pages);
        BundledRequestPlanner planner = new BundledRequestPlanner();
        List<DynamicTest> tests = new ArrayList<>();
        for (RequestEntry e : RequestTable.bundled().entries()) {
            for (RequestEntry.SetRequest s : e.sets()) {
                if (s.method() == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(e.command() + " [" + s.set() + "]",
                        () -> check(e, s, module, documented, planner)));
            }
        }
        assertTrue(tests.size() > 300, "sets covered: " + tests.size());
        return tests.stream();
    }

    private static void check(RequestEntry e, RequestEntry.SetRequest s, Path module,
            Map<String, List<String>> documented, BundledRequestPlanner planner) throws IOException {
        Path file = module.resolve(e.source().replaceFirst(":\\d+$", ""));
        String code = Files.readString(file);
        // the last function of the name: the inner one where the file wraps the function in one of its own name
        FunctionSignature fn = ParamBlockReader.read(code).functions().stream()
                .filter(f -> f.name().equalsIgnoreCase(e.command())).reduce((a, b) -> b).orElseThrow();
        Map<String, Object> args = typicalArguments(fn, s.set());
        for (ParameterSignature p : fn.parameters()) {
            // an argument whose value chooses the request (a condition P=v) takes one its ValidateSet allows
            boolean compared = Stream.concat(Stream.of(s.when()), s.body().stream().map(BodyPart::when))
                    .anyMatch(w -> w != null && Pattern.compile("(?i)(^|[|&!])" + p.name() + "=").matcher(w).find());
            if (compared && args.containsKey(p.name()) && !p.validateSet().isEmpty()) {
                args.put(p.name(), p.validateSet().get(0));
            }
        }
        RequestPlanner.Result result = planner.plan(e.command(), s.set(), withSession(args));
        for (int i = 0; i < 3 && result instanceof RequestPlanner.Unsupported u && (u.reason().contains(" needs -")
                || NOTHING_WITHOUT.matcher(u.reason()).find() || SESSION.matcher(u.reason()).find()
                || PROMPTED.matcher(u.reason()).find()); i++) {
            Matcher prompted = PROMPTED.matcher(u.reason());
            if (prompted.find()) { // the SDK call lacks the identifier in this set: a value supplied, sent in the path
                String x = prompted.group(4);
                assertTrue(Pattern.compile("(?<![\\w-])" + Pattern.quote(prompted.group(3)) + "(?![\\w-])").matcher(code)
                        .find(), e.source() + ": the code does not call " + prompted.group(3));
                Matcher passed = Pattern.compile("(?i)\\$params\\[[\"']" + x + "[\"']]\\s*=\\s*\\$PSBoundParameters\\["
                        + "[\"'](\\w+)[\"']]").matcher(code);
                while (passed.find()) {
                    String from = passed.group(1);
                    assertTrue(fn.parameters().stream().filter(p -> p.name().equalsIgnoreCase(from)).noneMatch(p ->
                            p.bindings().stream().anyMatch(b -> b.inAllSets() || b.setName().equalsIgnoreCase(
                                    prompted.group(2)))),
                            e.source() + ": -" + x + " is passed from -" + from + " in set " + prompted.group(2));
                }
                args.put(x, "prompted-9");
                result = planner.plan(e.command(), s.set(), withSession(args));
                continue;
            }
            Matcher session = SESSION.matcher(u.reason());
            if (session.find()) { // the code reads $script:X and never sets it: a value supplied, sent where it is read
                String x = session.group(1);
                assertTrue(Pattern.compile("(?i)\\$script:" + x + "\\b").matcher(code).find()
                        && !Pattern.compile("(?i)\\$script:" + x + "\\s*=[^=]").matcher(code).find(), e.source()
                        + ": the code does not only read $script:" + x);
                args.put(x, "session-9");
                result = planner.plan(e.command(), s.set(), withSession(args));
                continue;
            }
            // an argument the plan needs, or without which the module sends nothing (it fails or stops first)
            Matcher without = NOTHING_WITHOUT.matcher(u.reason());
            String name = without.find() ? without.group(1) : u.reason().replaceFirst("(?s).* needs -(\\w+).*", "$1");
            args.put(name, sample(fn.parameters().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(), 9));
            result = planner.plan(e.command(), s.set(), withSession(args));
        }
        if (!(result instanceof RequestPlanner.Planned planned)) {
            fail(e.source() + ": " + result);
            return;
        }
        GraphRequest r = planned.plan().requests().get(0);
        String path = r.relativeUrl().split("\\?", 2)[0];
        String sent = URLDecoder.decode(r.relativeUrl(), StandardCharsets.UTF_8) + " " + r.body()
                + (r.file() == null ? "" : " " + r.file().path()); // a file's bytes: the argument names the file
        for (Map.Entry<String, Object> a : args.entrySet()) {
            String type = fn.parameters().stream().filter(p -> p.name().equalsIgnoreCase(a.getKey())).findFirst()
                    .map(ParameterSignature::type).orElse("").toLowerCase(Locale.ROOT);
            boolean plain = type.isEmpty() || type.matches("(system\\.)?(string|guid)(\\[])?");
            if (plain && (a.getValue() instanceof String || a.getValue() instanceof List)) {
                String v = a.getValue() instanceof List<?> l ? String.valueOf(l.get(0)) : (String) a.getValue();
                List<GraphRequest> all = new ArrayList<>(planned.plan().requests());
                planned.plan().lookups().forEach(l -> all.addAll(l.tries())); // a lookup sends it too
                String mapped = switched(code, a.getKey(), v); // switch ($P) { "v" { $x = 'w' } }: w is sent
                // $P.ToLower() in the code: the value is sent in lower case
                String lower = Pattern.compile("(?i)\\$" + a.getKey() + "\\.ToLower\\(\\)").matcher(code).find()
                        ? v.toLowerCase(Locale.ROOT) : v;
                boolean sentSomewhere = all.stream().map(x -> URLDecoder.decode(x.relativeUrl(), StandardCharsets.UTF_8)
                        + " " + x.body() + (x.file() == null ? "" : " " + x.file().path()))
                        .anyMatch(x -> x.contains(v) || x.contains(lower)
                                || mapped != null && x.contains("\"" + mapped + "\""));
                // a mandatory argument the code never writes into a URL or $params (Get-EntraPolicy's -Id filters
                // the replies) is not sent, and the plan says so
                boolean replyOnly = !usedInRequest(code, a.getKey()) && planned.plan().notes().stream()
                        .anyMatch(n -> n.startsWith("-" + a.getKey() + " is not part of the request"));
                assertTrue(sentSomewhere || replyOnly, e.source() + ": the mandatory -" + a.getKey()
                        + " is not sent: " + r.method() + " " + sent);
            }
        }
        for (RequestPlan.Lookup l : planned.plan().lookups()) {
            checkLookup(e, l, code);
        }
        if (planned.plan().then() != null) {
            checkFollowUp(e, planned.plan().then(), code);
        }
        if (planned.plan().perObject() != null) {
            checkPerObject(e, planned.plan(), code);
            return;
        }
        List<String> sdkCalls = Pattern.compile("(?<![\\w-])([A-Z][a-z]+-Mg(?:Beta)?[A-Za-z]+)(?![\\w-])").matcher(code)
                .results().map(m -> m.group(1)).filter(c -> !c.matches("Invoke-MgGraphRequest|Get-MgContext"))
                .distinct().toList();
        if (e.via().matches("Invoke-(Mg)?GraphRequest") && sdkCalls.size() == 1
                && s.notes().stream().anyMatch(n -> n.startsWith("the code calls " + sdkCalls.get(0) + " for this set"))) {
            // a set the code sends through its one SDK cmdlet (Get-EntraBetaTrustFrameworkPolicy without -Id)
            checkAgainstSdkPage(new RequestEntry(e.command(), e.module(), e.source(), sdkCalls.get(0), e.sets(), null,
                    e.columns()), r, path, code, documented);
        } else if (e.via().matches("Invoke-(Mg)?GraphRequest")) {
            checkAgainstCode(e, r, path, code);
        } else {
            checkAgainstSdkPage(e, r, path, code, documented);
        }
    }

    /**
     * A step the plan sends first: GETs, and each path is one the code names: its first two segments are in a
     * URL literal of the file (the version and the resource), or the file calls a {@code Get-Mg} SDK cmdlet whose
     * noun starts with the resource, singular ({@code /domains/…} and {@code Get-MgDomainFederationConfiguration}).
     * A write step (the code sends several writes) is read as a request against the code: its method one the code
     * writes, its path a URL literal of the code, its body's keys the code's.
     */
    private static void checkLookup(RequestEntry e, RequestPlan.Lookup l, String code) {
        for (GraphRequest t : l.tries()) {
            if (t.write()) {
                checkAgainstCode(e, t, t.relativeUrl().split("\\?", 2)[0], code);
                continue;
            }
            assertEquals("GET", t.method(), e.source() + ": a lookup reads");
            String[] seg = t.relativeUrl().split("\\?", 2)[0].split("/");
            assertTrue(seg.length > 2, e.source() + ": " + t.relativeUrl());
            String head = "/" + seg[1] + "/" + seg[2];
            String resource = seg[2].replaceFirst("ies$", "y").replaceFirst("s$", "");
            boolean literal = code.contains(head + "/") || code.contains(head + "?") || code.contains(head + "\"")
                    || code.contains("'" + head + "'") // a base URL the code writes alone ($baseUri = '/beta/x')
                    || code.contains("'" + head.substring(1)) || code.contains("\"" + head.substring(1));
            boolean sdk = Pattern.compile("(?i)\\bGet-Mg(?:Beta)?" + Pattern.quote(resource)).matcher(code).find();
            assertTrue(literal || sdk, e.source() + ": the lookup " + t.relativeUrl() + " names no URL or SDK read"
                    + " of the code");
        }
    }

    /**
     * A GET sent after the request by its reply ({@link FollowUp}): a GET against the code's literals, the value the
     * code compares with {@code -notcontains} on the property named, and each stamp an {@code Add-Member} of the code.
     */
    private static void checkFollowUp(RequestEntry e, FollowUp.Planned then, String code) {
        GraphRequest r = then.request();
        assertEquals("GET", r.method(), e.source() + ": a follow-up reads");
        String path = r.relativeUrl().split("\\?", 2)[0];
        checkAgainstCode(e, r, path, code);
        String tail = path.substring(path.lastIndexOf('/', path.lastIndexOf('/') - 1) + 1); // its last two segments
        assertTrue(code.contains("/" + tail), e.source() + ": the code writes no URL ending " + tail);
        assertTrue(Pattern.compile("(?i)\\.['\"]" + Pattern.quote(then.sent().key()) + "['\"]\\s+-notcontains\\s+['\"]"
                + Pattern.quote(then.sent().value()) + "['\"]").matcher(code).find(), e.source()
                + ": the code compares no " + then.sent().key() + " with " + then.sent().value());
        if (then.left() != null) { // asked for by what an argument leaves: the code's branch, cap and option
            FollowUp.Left left = then.left();
            assertTrue(Pattern.compile("(?i)ContainsKey\\(\\s*['\"]" + left.param() + "['\"]\\s*\\)\\s*-and\\s+\\$\\w+\\s+-gt"
                    + "\\s+0").matcher(code).find(), e.source() + ": no branch on -" + left.param() + " and what is left");
            assertTrue(Pattern.compile("(?i)\\[Math\\]::Min\\(\\s*\\$\\w+\\s*,\\s*" + left.cap() + "\\s*\\)").matcher(code)
                    .find(), e.source() + ": the code caps nothing at " + left.cap());
            assertTrue(Pattern.compile("(?i)/" + Pattern.quote(tail) + "\\?`?" + Pattern.quote(left.option()) + "=\\$")
                    .matcher(code).find(), e.source() + ": the code asks for no " + left.option() + " at " + tail);
        }
        then.stamp().forEach((k, v) -> assertTrue(Pattern.compile("(?i)Add-Member\\b[^\\n]*-Name\\s+['\"]"
                + Pattern.quote(k) + "['\"]\\s+-Value\\s+['\"]" + Pattern.quote(v) + "['\"]").matcher(code).find(),
                e.source() + ": the code sets no " + k + " '" + v + "'"));
    }

    /**
     * A request per object by its type: each route is the request of the SDK cmdlet the code's case for that type
     * calls ({@code 'T' { Remove-MgX … }}): its verb's method, the path the SDK names X (read here on its own), on
     * the version its name says, the object's value last; and every string case of the code has a route.
     */
    private static void checkPerObject(RequestEntry e, RequestPlan plan, String code) {
        RequestPlan.PerObject p = plan.perObject();
        assertEquals(p.types().size(), plan.requests().size(), e.source() + ": one request per type");
        long cases = Pattern.compile("(?m)^\\s*['\"][^'\"\\n]+['\"]\\s*\\{\\s*\\n?\\s*[A-Z][a-z]+-Mg").matcher(code)
                .results().count();
        assertEquals(cases, p.types().size(), e.source() + ": every case of the code is a route");
        for (int i = 0; i < p.types().size(); i++) {
            Matcher m = Pattern.compile("['\"]" + Pattern.quote(p.types().get(i))
                    + "['\"]\\s*\\{\\s*([A-Z][a-z]+)-Mg(Beta)?(\\w+)").matcher(code);
            assertTrue(m.find(), e.source() + ": the code has no case " + p.types().get(i));
            GraphRequest r = plan.requests().get(i);
            String path = r.relativeUrl().split("\\?", 2)[0];
            String version = m.group(2) != null ? "/beta" : "/v1.0";
            assertTrue(path.startsWith(version + "/"), e.source() + ": " + path + " is not on " + version);
            assertEquals(m.group(1).equals("Remove") ? "DELETE" : m.group(1).equals("Get") ? "GET" : "POST",
                    r.method(), e.source() + ": the method of " + m.group(0));
            String bare = path.substring(version.length());
            boolean named = sdkName(bare).equalsIgnoreCase(m.group(3)) || NAMED_OTHERWISE.containsKey(m.group(3))
                    && table(bare).matches(NAMED_OTHERWISE.get(m.group(3)));
            assertTrue(named, e.source() + ": the SDK names " + path + " " + sdkName(bare) + ", not " + m.group(3));
            assertTrue(StepValues.named(path.substring(path.lastIndexOf('/'))).contains(p.lookup()),
                    e.source() + ": " + path + " does not end with the object's value");
        }
    }

    /** The arguments with the signed-in tenant's id, as the engine passes it. */
    private static Map<String, Object> withSession(Map<String, Object> args) {
        Map<String, Object> out = new LinkedHashMap<>(args);
        out.put(BundledRequestPlanner.SESSION_TENANT, "5e55e55e-0000-4000-8000-00000000000a");
        return out;
    }

    /** Whether the code writes the parameter into a URL-like string or passes it on through {@code $params}. */
    private static boolean usedInRequest(String code, String param) {
        Pattern quoted = Pattern.compile("\"[^\"\\n]*/[^\"\\n]*\\$\\{?" + param + "\\b[^\"\\n]*\"|\"[^\"\\n]*\\$\\{?"
                + param + "\\b[^\"\\n]*/[^\"\\n]*\"", Pattern.CASE_INSENSITIVE);
        Pattern passed = Pattern.compile("PSBoundParameters\\[[\"']" + param + "[\"']]", Pattern.CASE_INSENSITIVE);
        return quoted.matcher(code).find() || passed.matcher(code).find();
    }

    /** A second reading of an Invoke-GraphRequest function: its literals. */
    private static void checkAgainstCode(RequestEntry e, GraphRequest r, String path, String code) {
        Set<String> methods = new LinkedHashSet<>();
        METHOD.matcher(code).results().forEach(m -> methods.add(m.group(1).toUpperCase(Locale.ROOT)));
        if (methods.isEmpty()) {
            methods.add("GET");
        }
        assertTrue(methods.contains(r.method()), e.source() + ": " + r.method() + " not among " + methods);
        List<String> prefixes = VERSIONED.matcher(code).results().map(java.util.regex.MatchResult::group)
                .map(p -> p.startsWith("/") ? p : "/" + p).toList();
        // a literal's {0}, {1} are -f format places: any segment
        assertTrue(prefixes.stream().anyMatch(p -> path.matches(pattern(p.replaceAll("/+$", "")) + ".*")),
                e.source() + ": " + path + " starts with none of the URL literals " + prefixes);
        String query = r.relativeUrl().contains("?") ? r.relativeUrl().split("\\?", 2)[1] : "";
        for (String option : query.isEmpty() ? new String[0] : query.split("&")) {
            String name = option.substring(0, option.indexOf('='));
            String value = URLDecoder.decode(option.substring(option.indexOf('=') + 1), StandardCharsets.UTF_8);
            String bare = name.substring(1);
            assertTrue(code.contains(name) || code.contains("'" + bare + "'")
                    || code.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)),
                    e.source() + ": the code writes no " + name);
            if (name.equals("$select") && !value.equals("*") && !value.equals("Id,DisplayName")) {
                assertTrue(code.contains(value), e.source() + ": the $select list is not in the code");
            }
        }
        checkBodyKeys(e, r, code, false);
    }

    /** A second reading of an SDK-cmdlet function: the SDK cmdlet's aad-to-graph page and the verb. */
    private static void checkAgainstSdkPage(RequestEntry e, GraphRequest r, String path, String code,
            Map<String, List<String>> documented) {
        List<String> vias = List.of(e.via().split(", "));
        String lower = code.toLowerCase(Locale.ROOT); // PowerShell reads command names in any case
        vias.forEach(v -> assertTrue(lower.contains(v.toLowerCase(Locale.ROOT)), e.source() + " calls " + v));
        if (vias.size() > 1) {
            // the code picks one by an argument's value (-eq "includes"): the path, with a segment replaced by one of
            // the values the code compares, is a path on the page of one of them
            List<String> values = Pattern.compile("-eq\\s+[\"'](\\w+)[\"']").matcher(code).results()
                    .map(m -> m.group(1)).toList();
            String version = vias.get(0).contains("-MgBeta") ? "/beta" : "/v1.0";
            List<String> pages = vias.stream().flatMap(v -> documented.getOrDefault(v.replace("-MgBeta", "-Mg")
                    .toLowerCase(Locale.ROOT), List.of()).stream()).toList();
            String[] segs = path.split("/");
            boolean found = false;
            for (int i = 1; i < segs.length && !found; i++) {
                for (String v : values) {
                    String[] copy = segs.clone();
                    copy[i] = v;
                    String candidate = String.join("/", copy);
                    found |= pages.stream().anyMatch(p -> candidate.matches(pattern(version + p)));
                }
            }
            assertTrue(found, e.source() + ": " + path + " is none of " + pages + " with a segment among " + values);
            checkBodyKeys(e, r, code, true);
            return;
        }
        String via = e.via();
        String verb = via.substring(0, via.indexOf('-'));
        String expected;
        expected = switch (verb) {
            case "Get" -> "GET";
            case "Update" -> "PATCH";
            case "Remove" -> "DELETE";
            case "Set" -> "PUT";
            default -> "POST";
        };
        boolean action = !path.endsWith("/$ref") && !path.endsWith("/$value")
                && path.substring(path.lastIndexOf('/') + 1).matches("[a-z][A-Za-z]+")
                && !path.substring(path.lastIndexOf('/') + 1).matches("(microsoft\\.graph\\..*|.*s)");
        if ((verb.equals("Remove") || verb.equals("Set")) && action) {
            expected = "POST"; // Graph actions (…/removeKey, …/assignLicense) are POSTs
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.matches("[a-z]+[A-Z]\\w*") && ACTION_VERBS.containsKey(last.split("(?=[A-Z])")[0])) {
            expected = "POST"; // …/getPasswordSingleSignOnCredentials, …/deletePasswordSingleSignOnCredentials
        }
        assertEquals(expected, r.method(), e.source() + ": the method of " + via + " on " + path);
        String version = via.contains("-MgBeta") ? "/beta" : "/v1.0";
        String v1Name = via.replace("-MgBeta", "-Mg");
        List<String> own = documented.get(v1Name.toLowerCase(Locale.ROOT));
        if (own != null) {
            assertTrue(own.stream().anyMatch(p -> path.matches(pattern(version + p))),
                    e.source() + ": " + path + " is none of " + v1Name + "'s documented paths " + own);
        } else {
            // named by the SDK's convention from a related page: the path extends one documented for the noun
            String noun = v1Name.substring(v1Name.indexOf("-Mg") + 3).replaceFirst("ByRef$", "")
                    .replaceFirst("As[A-Z][A-Za-z]+$", "");
            List<String> related = new ArrayList<>();
            for (String v : List.of("get", "new", "update", "remove")) {
                related.addAll(documented.getOrDefault((v + "-mg" + noun).toLowerCase(Locale.ROOT), List.of()));
            }
            String full = v1Name.substring(v1Name.indexOf("-Mg") + 3);
            String bare = path.substring(version.length());
            boolean named = sdkName(bare).equalsIgnoreCase(full) || actionName(bare, verb).equalsIgnoreCase(full)
                    || NAMED_OTHERWISE.containsKey(full) && table(bare).matches(NAMED_OTHERWISE.get(full))
                    || meantUnderParent(e, full, sdkName(bare));
            assertTrue(named || related.stream().anyMatch(p -> path.matches(pattern(version + p) + "(/.*)?")),
                    e.source() + ": " + path + " extends none of the paths documented for " + noun + " " + related
                            + " and the SDK names it " + sdkName(bare) + ", not " + full);
        }
        checkBodyKeys(e, r, code, true);
    }

    /**
     * Whether the entry says it sends what the module evidently meant where its SDK cmdlet lacks an identifier the code
     * passes (the same collection under a parent): its note names the SDK cmdlet meant, and the path's SDK name is that
     * cmdlet's noun, which is the called noun ({@code full}) with words put in between a leading and a trailing part.
     */
    private static boolean meantUnderParent(RequestEntry e, String full, String pathName) {
        Pattern meant = Pattern.compile("sent as the request it evidently meant, (Get-Mg(?:Beta)?(\\w+))'s:");
        return e.sets().stream().flatMap(set -> set.notes().stream()).map(meant::matcher).filter(Matcher::find)
                .map(m -> m.group(2)).anyMatch(noun -> noun.equalsIgnoreCase(pathName)
                        && java.util.stream.IntStream.range(1, full.length()).anyMatch(i -> noun.length() > full.length()
                        && noun.startsWith(full.substring(0, i)) && noun.endsWith(full.substring(i))));
    }

    /** The SDK's name of a path: named segments, each camel-case word singular; {@code $ref} as {@code ByRef}. */
    private static String sdkName(String path) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.startsWith("{") || seg.matches("[^/]*value\\d+") || seg.startsWith("0000")
                    || seg.indexOf('\uE000') >= 0) {
                continue; // an identifier (the samples are value1…, GUIDs, a looked-up value)
            }
            if (seg.equals("$ref")) {
                out.append("ByRef");
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (String word : (Character.toUpperCase(seg.charAt(0)) + seg.substring(1)).split("(?=[A-Z])")) {
                name.append(word.length() > 3 && word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                        : word.length() > 2 && word.matches(".*[^su]s") ? word.substring(0, word.length() - 1) : word);
            }
            // a segment repeating its parent's name drops it: /domains/{id}/domainNameReferences is DomainNameReference
            out.append(!previous.isEmpty() && name.toString().startsWith(previous)
                    ? name.substring(previous.length()) : name);
            previous = name.toString();
        }
        return out.toString();
    }

    /**
     * The SDK's name of an action's path: the action's first word is the verb, the rest joins the noun
     * ({@code /users/{id}/revokeSignInSessions} is Revoke-MgUserSignInSession); empty when the verb differs.
     */
    private static String actionName(String path, String verb) {
        int slash = path.lastIndexOf('/');
        String[] words = path.substring(slash + 1).split("(?=[A-Z])", 2);
        if (words.length < 2 || !verb.equals(ACTION_VERBS.get(words[0]))) {
            return "";
        }
        return sdkName(path.substring(0, slash) + "/" + Character.toLowerCase(words[1].charAt(0))
                + words[1].substring(1));
    }

    /** The path with its sample identifiers back as {@code {id}}. */
    private static String table(String path) {
        return path.replaceAll("/(value\\d+|0000[0-9-]+)(?=/|$)", "/{id}");
    }

    private static void checkBodyKeys(RequestEntry e, GraphRequest r, String code, boolean sdk) {
        if (r.replyFile() != null) {
            assertTrue(Pattern.compile("(?i)Invoke-(?:Mg)?GraphRequest\\b[^\\n]*-OutputFilePath\\b").matcher(code).find(),
                    e.source() + ": the reply is written to a file, but the code's call has no -OutputFilePath");
        }
        String type = r.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse(r.file() == null ? null : r.file().contentType());
        if (type != null && !type.contains("json")) {
            // a text or a file of another type: the code passes that -ContentType and its -Body variable takes an
            // argument as it is or a file's content
            assertTrue(code.contains("-ContentType '" + type + "'") || code.contains("-ContentType \"" + type + "\""),
                    e.source() + ": the code sends no -ContentType " + type);
            Matcher body = Pattern.compile("(?i)-Body\\s+\\$(\\w+)").matcher(code);
            assertTrue(body.find() && Pattern.compile("(?i)\\$" + body.group(1) + "\\s*=\\s*(?:\\$PSBoundParameters\\[|"
                    + "Get-Content\\b|\\[(?:System\\.)?IO\\.File]::ReadAllBytes)").matcher(code).find(),
                    e.source() + ": the code's body is not an argument or a file");
            return;
        }
        if (r.body() == null) {
            return;
        }
        try {
            JsonNode body = JSON.readTree(r.body());
            String lower = code.toLowerCase(Locale.ROOT);
            // a key the code takes from a variable ($body[$name] = …, @{ $Name = … }) may be an argument's value
            boolean keysFromValues = java.util.regex.Pattern.compile("\\$\\w+\\[\\s*\\$|@\\{\\s*\\$\\w+\\s*=")
                    .matcher(code).find();
            body.fieldNames().forEachRemaining(k -> assertTrue(lower.contains(k.toLowerCase(Locale.ROOT))
                    || sdk && k.equals("@odata.id") && lower.contains("\"odataid\"")
                    || keysFromValues && r.body().contains("\"" + k + "\"") && k.matches("value\\d+"),
                    e.source() + ": body key " + k + " is not in the code"));
            if (r.relativeUrl().endsWith("/$batch")) {
                // a JSON batch: each inner request's keys are written in the code, its method as a literal
                assertTrue(body.path("requests").isArray() && !body.path("requests").isEmpty(),
                        e.source() + ": a batch without inner requests");
                for (JsonNode inner : body.path("requests")) {
                    inner.fieldNames().forEachRemaining(k -> assertTrue(lower.contains(k.toLowerCase(Locale.ROOT)),
                            e.source() + ": inner key " + k + " is not in the code"));
                    assertTrue(java.util.regex.Pattern.compile("(?i)method\\s*=\\s*[\"']" + inner.path("method")
                            .asText() + "[\"']").matcher(code).find(), e.source() + ": inner method not in the code");
                }
            }
        } catch (IOException ex) {
            fail(e.source() + ": body is not JSON: " + r.body());
        }
    }

    private static String pattern(String documentedPath) {
        StringBuilder out = new StringBuilder();
        for (String part : documentedPath.split("(?=\\{)|(?<=})")) {
            out.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return out.toString();
    }

    /** What a {@code switch ($param)} case for the value (any case) sets a variable to, or null. */
    private static String switched(String code, String param, String value) {
        Matcher sw = Pattern.compile("(?i)switch\\s*\\(\\s*\\$" + param + "\\s*\\)\\s*\\{([^{}]*(?:\\{[^{}]*}[^{}]*)*)}")
                .matcher(code);
        while (sw.find()) {
            Matcher c = Pattern.compile("(?i)[\"']" + Pattern.quote(value) + "[\"']\\s*\\{\\s*\\$\\w+\\s*=\\s*[\"']([^\"']*)[\"']")
                    .matcher(sw.group(1));
            if (c.find()) {
                return c.group(1);
            }
        }
        return null;
    }

    /** The set's mandatory parameters with sample values by type. */
    static Map<String, Object> typicalArguments(FunctionSignature fn, String set) {
        Map<String, Object> args = new LinkedHashMap<>();
        int i = 1;
        for (ParameterSignature p : fn.parameters()) {
            for (SetBinding b : p.bindings()) {
                if (b.mandatory() && (b.inAllSets() || b.setName().equalsIgnoreCase(set))) {
                    args.put(p.name(), sample(p, i++));
                    break;
                }
            }
        }
        return args;
    }

    static Object sample(ParameterSignature p, int i) {
        String t = p.type().toLowerCase(Locale.ROOT);
        if (p.isSwitch() || t.contains("bool")) {
            return Boolean.TRUE;
        }
        if (t.contains("int")) {
            return 5L;
        }
        if (t.matches("(system\\.)?byte\\[]")) {
            return List.of(137L, 80L, (long) i); // bytes as a call writes them: numbers
        }
        if (t.endsWith("[]")) {
            return List.of("value" + i);
        }
        if (t.contains("guid")) {
            return "00000000-0000-0000-0000-00000000000" + (i % 10);
        }
        return "value" + i;
    }

    /** Graph SDK cmdlet (lower case) → the paths its aad-to-graph page gives (one-command pages only). */
    private static Map<String, List<String>> documented(Path docs) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(docs)) {
            files = s.filter(f -> f.toString().endsWith(".md") && !f.getParent().equals(docs)).sorted().toList();
        }
        Pattern command = Pattern.compile("Graph Command: (.*)");
        Pattern name = Pattern.compile("\\[([\\w-]+)]");
        Pattern paths = Pattern.compile("(?m)^> (/.*)$");
        for (Path f : files) {
            String page = Files.readString(f);
            Matcher c = command.matcher(page);
            Matcher p = paths.matcher(page);
            if (c.find() && p.find()) {
                // every command the page names gets the page's paths
                for (Matcher n = name.matcher(c.group(1)); n.find(); ) {
                    for (String one : p.group(1).split("\\|")) {
                        List<String> own = out.computeIfAbsent(n.group(1).toLowerCase(Locale.ROOT),
                                k -> new ArrayList<>());
                        if (!own.contains(one.trim())) {
                            own.add(one.trim());
                        }
                    }
                }
            }
        }
        return out;
    }
}
