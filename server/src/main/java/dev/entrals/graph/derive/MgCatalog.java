package dev.entrals.graph.derive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Graph request paths of Microsoft Graph SDK cmdlets, read from the aad-to-graph pages ({@code docs/<Module>/
 * <Command>.md}: the Graph command named on the page and the {@code > /path | /path} line), and derived by the SDK's
 * naming convention only from a documented path: {@code -MgBeta} is the same path on {@code /beta}, {@code …ByRef} is
 * the documented relation plus {@code /$ref}, {@code …AsType} the documented collection plus the type cast segment, and
 * another verb of a documented noun its collection ({@code New}) or item ({@code Update}, {@code Remove}) path.
 * Where no page names a cmdlet, the project's facts ({@value #FACTS}: cmdlet, method, paths and the Graph REST
 * reference page each came from) name it, and last the SDK's naming rule ({@link SdkNaming}) picks the one documented
 * path family whose name is the cmdlet's noun.
 */
final class MgCatalog {

    /**
     * Where an SDK cmdlet sends its request.
     *
     * @param method     the HTTP method by the SDK verb
     * @param version    {@code v1.0} or {@code beta}
     * @param collection the collection path (no version), or null
     * @param item       the single-object path, or null
     * @param how        how the paths were found, for the notes
     */
    record MgRoute(String method, String version, String collection, String item, String how) {
    }

    private static final Pattern COMMAND = Pattern.compile("Graph Command: (.*)$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("\\[([A-Za-z]+-Mg[A-Za-z0-9]+)]");
    private static final Pattern PATHS = Pattern.compile("^> (/.*)$", Pattern.MULTILINE);
    private static final Pattern ITEM = Pattern.compile(".*/\\{[^}/]+}$");

    /** The project's facts about SDK cmdlets no page names, next to this class on the class path. */
    static final String FACTS = "sdk-requests.tsv";

    /**
     * One line of the facts.
     *
     * @param method     the HTTP method
     * @param collection the collection path, or null
     * @param item       the item path, or null
     * @param reference  the Graph REST reference page the facts come from
     */
    record Fact(String method, String collection, String item, String reference) {
    }

    private final Map<String, Set<String>> documented = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** Paths of pages naming several commands, each given to the command the naming rule names it after. */
    private final Map<String, Set<String>> split = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Fact> facts = readFacts();

    /** Reads the pages under {@code docs} (may be null: nothing documented). */
    MgCatalog(Path docs) {
        if (docs == null || !Files.isDirectory(docs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(docs)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                if (f.getParent().equals(docs)) {
                    continue; // the per-module summaries list every command on one page
                }
                read(Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads these page texts (a spec's pages). */
    MgCatalog(List<String> pages) {
        pages.forEach(this::read);
    }

    private void read(String page) {
        Matcher c = COMMAND.matcher(page);
        if (!c.find()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher n = NAME.matcher(c.group(1));
        while (n.find()) {
            names.add(n.group(1));
        }
        Matcher p = PATHS.matcher(page);
        if (names.size() > 1) {
            // a page naming two commands does not say which path is whose: the SDK naming rule says, where it names
            // each path after exactly one of them
            if (p.find()) {
                for (String path : p.group(1).split("\\|")) {
                    List<String> whose = names.stream().filter(cmd -> SdkNaming.noun(path.trim())
                            .equalsIgnoreCase(SdkNaming.nounOf(cmd))).toList();
                    if (whose.size() == 1) {
                        split.computeIfAbsent(whose.get(0), k -> new LinkedHashSet<>()).add(path.trim());
                    }
                }
            }
            return;
        }
        if (p.find()) {
            for (String path : p.group(1).split("\\|")) {
                documented.computeIfAbsent(names.iterator().next(), k -> new LinkedHashSet<>()).add(path.trim());
            }
        }
    }

    /**
     * The route of an SDK cmdlet, or null when neither the pages nor the convention is sure. A {@code Remove} or
     * {@code Set} cmdlet whose path ends in an action ({@code …/removeKey}, {@code …/assignLicense}: not an identifier,
     * {@code $ref} or {@code $value}) is a {@code POST}, as Graph actions are.
     */
    MgRoute route(String mgCommand) {
        MgRoute r = derive(mgCommand);
        if (r == null || r.method().equals("GET") || r.method().equals("PATCH") || r.method().equals("POST")) {
            return r;
        }
        String path = r.item() != null ? r.item() : r.collection();
        return path.endsWith("}") || path.endsWith("/$ref") || path.endsWith("/$value") ? r
                : new MgRoute("POST", r.version(), r.collection(), r.item(), r.how() + " (an action: POST)");
    }

    /**
     * The nouns of every SDK cmdlet a page or a fact names ({@code Get-MgBetaPrivilegedAccessResource} →
     * {@code PrivilegedAccessResource}), each once.
     */
    Set<String> nouns() {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Set<String> names : List.of(documented.keySet(), split.keySet(), facts.keySet())) {
            for (String name : names) {
                String noun = SdkNaming.nounOf(name);
                if (noun != null) {
                    out.add(noun);
                }
            }
        }
        return out;
    }

    private MgRoute derive(String mgCommand) {
        int dash = mgCommand.indexOf('-');
        if (dash < 0 || !mgCommand.regionMatches(true, dash, "-Mg", 0, 3)) {
            return null;
        }
        String verb = mgCommand.substring(0, dash);
        boolean beta = mgCommand.regionMatches(true, dash, "-MgBeta", 0, 7);
        String noun = mgCommand.substring(dash + (beta ? 7 : 3));
        String version = beta ? "beta" : "v1.0";
        String method = method(verb);
        Fact fact = facts.get(mgCommand);
        if (fact != null) {
            return new MgRoute(fact.method(), version, fact.collection(), fact.item(), "Graph REST reference "
                    + fact.reference());
        }
        List<String> own = paths(verb + "-Mg" + noun);
        if (!own.isEmpty()) {
            return of(method, version, own, "aad-to-graph page of " + verb + "-Mg" + noun);
        }
        List<String> shared = List.copyOf(split.getOrDefault(verb + "-Mg" + noun, Set.of()));
        if (!shared.isEmpty()) {
            return of(method, version, shared, "aad-to-graph page of " + verb + "-Mg" + noun
                    + " and another command, the paths split by the SDK's naming");
        }
        if (noun.endsWith("ByRef")) {
            String rel = noun.substring(0, noun.length() - 5);
            List<String> related = documentedNoun(rel, beta);
            String coll = collectionOf(related);
            if (coll != null && !ITEM.matcher(coll).matches()) {
                String item = coll + "/{directoryObject-id}";
                return verb.equalsIgnoreCase("Remove")
                        ? new MgRoute(method, version, null, item + "/$ref", "convention: " + rel + " item + /$ref")
                        : new MgRoute(method, version, coll + "/$ref", null, "convention: " + rel + " + /$ref");
            }
            return null;
        }
        Matcher as = Pattern.compile("(.+)As([A-Z][A-Za-z]+)").matcher(noun);
        if (verb.equalsIgnoreCase("Get") && as.matches()) {
            List<String> base = documentedNoun(as.group(1), beta);
            String coll = collectionOf(base);
            String item = itemOf(base);
            if (coll != null && !ITEM.matcher(coll).matches()) {
                String cast = "/microsoft.graph." + Character.toLowerCase(as.group(2).charAt(0))
                        + as.group(2).substring(1);
                return new MgRoute(method, version, coll + cast, item == null ? null : item + cast,
                        "convention: " + as.group(1) + " cast to " + cast.substring(1));
            }
            return null;
        }
        List<String> sibling = documentedNoun(noun, beta);
        String how = "convention: " + verb + " on " + noun;
        if (sibling.isEmpty()) {
            sibling = named(noun);
            how = "the SDK's naming rule: " + noun + " names a documented path";
        }
        if (sibling.isEmpty()) {
            return null;
        }
        String coll = collectionOf(sibling);
        String item = itemOf(sibling);
        if (verb.equalsIgnoreCase("New") && coll == null && how.startsWith("convention")) {
            // only items documented (…/scopedRoleMembers/{id}): the naming rule names the collection, a prefix
            coll = collectionOf(named(noun));
            how = "the SDK's naming rule: " + noun + " names a documented path's prefix";
        }
        return switch (verb.toLowerCase(java.util.Locale.ROOT)) {
            case "new" -> coll == null ? null : new MgRoute(method, version, coll, null, how);
            case "update", "remove" -> item == null ? null : new MgRoute(method, version, null, item, how);
            case "get" -> item == null ? null : new MgRoute(method, version,
                    how.startsWith("convention") ? null : coll, item, how);
            default -> null;
        };
    }

    private List<String> paths(String name) {
        return List.copyOf(documented.getOrDefault(name, Set.of()));
    }

    /** The paths documented for any verb of a noun (Get first): the facts of the same version, then the pages. */
    private List<String> documentedNoun(String noun, boolean beta) {
        List<String> out = new ArrayList<>();
        for (String verb : List.of("Get", "New", "Update", "Remove")) {
            Fact f = facts.get(verb + (beta ? "-MgBeta" : "-Mg") + noun);
            if (f != null && f.method().equals(method(verb))) {
                for (String p : java.util.Arrays.asList(f.collection(), f.item())) {
                    if (p != null && !out.contains(p)) {
                        out.add(p);
                    }
                }
            }
        }
        for (String verb : List.of("Get", "New", "Update", "Remove")) {
            for (String p : paths(verb + "-Mg" + noun)) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * The documented paths (and their prefixes) the naming rule names {@code noun}: one collection and its item, or
     * nothing when the rule names none or two unrelated ones.
     */
    private List<String> named(String noun) {
        Set<String> all = new LinkedHashSet<>();
        documented.values().forEach(all::addAll);
        List<String> hits = SdkNaming.withPrefixes(all).stream().filter(p -> SdkNaming.noun(p).equalsIgnoreCase(noun))
                .toList();
        String coll = collectionOf(hits);
        String item = itemOf(hits);
        long colls = hits.stream().filter(p -> !ITEM.matcher(p).matches()).count();
        long items = hits.size() - colls;
        if (hits.isEmpty() || colls > 1 || items > 1 || coll != null && item != null && !item.startsWith(coll + "/")) {
            return List.of();
        }
        return hits;
    }

    /** How often the naming rule names the pages' SDK cmdlets right: {@code [agreeing, all]}. */
    int[] namingAgreement() {
        return SdkNaming.agreement(documented);
    }

    /** The pages' SDK cmdlets the naming rule names otherwise. */
    List<String> namingDisagreements() {
        return SdkNaming.disagreements(documented);
    }

    private static Map<String, Fact> readFacts() {
        Map<String, Fact> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (java.io.InputStream in = MgCatalog.class.getResourceAsStream(FACTS)) {
            if (in == null) {
                throw new IllegalStateException(FACTS + " is not on the class path next to " + MgCatalog.class);
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException(FACTS + ": not five tab-separated fields: " + line);
                }
                out.put(f[0].trim(), new Fact(f[1].trim(), dash(f[2]), dash(f[3]), f[4].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String dash(String field) {
        return field.trim().equals("-") ? null : field.trim();
    }

    private static MgRoute of(String method, String version, List<String> paths, String how) {
        String coll = collectionOf(paths);
        String item = itemOf(paths);
        if (coll != null && item != null && !item.startsWith(coll + "/")) {
            return null; // two unrelated paths: not sure which the cmdlet sends
        }
        return new MgRoute(method, version, coll, item, how);
    }

    private static String collectionOf(List<String> paths) {
        return paths.stream().filter(p -> !ITEM.matcher(p).matches()).findFirst()
                .orElse(paths.size() == 1 ? null : null);
    }

    private static String itemOf(List<String> paths) {
        return paths.stream().filter(p -> ITEM.matcher(p).matches()).findFirst().orElse(null);
    }

    static String method(String verb) {
        return switch (verb.toLowerCase(java.util.Locale.ROOT)) {
            case "get" -> "GET";
            case "update" -> "PATCH";
            case "remove" -> "DELETE";
            case "set" -> "PUT";
            default -> "POST";
        };
    }
}
