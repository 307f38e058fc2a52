package dev.entrals.docs.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The committed signature index is what the generator makes of {@code ../shared/corpus/entra-module}, and for every
 * command of both modules it agrees with {@link OracleReader}, an independent reading of the source.
 */
class SignatureIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGENERATE = "regenerate it: ./entra-ls docs index --module-source "
            + "../shared/corpus/entra-module --out server/src/main/resources/signatures/entra-modules.sig.gz";

    static String bundled() throws IOException {
        try (InputStream in = SignatureIndexTest.class.getResourceAsStream(SignatureFormat.RESOURCE)) {
            assertTrue(in != null, "no bundled index at " + SignatureFormat.RESOURCE);
            try (GZIPInputStream z = new GZIPInputStream(in)) {
                return new String(z.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    static Map<String, JsonNode> commands(String index) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : index.split("\n")) {
            String[] cols = line.split("\t", 3);
            if (cols.length == 3) {
                out.put(cols[0], JSON.readTree(cols[2]));
            }
        }
        return out;
    }

    @Test
    void bundledIndexIsWhatTheGeneratorMakesOfTheCorpus() throws IOException {
        Path root = Corpus.require("entra-module");
        String generated = SignatureGenerator.generate(root);
        assertTrue(generated.equals(bundled()), "the bundled index differs from the corpus; " + REGENERATE);
    }

    @Test
    void bundledIndexIsSmallAndCoversBothModules() throws IOException {
        byte[] gz;
        try (InputStream in = SignatureIndexTest.class.getResourceAsStream(SignatureFormat.RESOURCE)) {
            gz = in.readAllBytes();
        }
        assertTrue(gz.length < 64 * 1024, "index weighs " + gz.length + " bytes");
        Map<String, JsonNode> commands = commands(bundled());
        long v1 = commands.values().stream().filter(c -> !c.path("module").asText().contains(".Beta")).count();
        long beta = commands.size() - v1;
        assertTrue(v1 > 250 && beta > 300, "v1.0 " + v1 + ", beta " + beta);
        assertTrue(bundled().lines().allMatch(l -> l.startsWith("#") || l.split("\t").length >= 2),
                "every line is a header or a command");
    }

    @Test
    void everyCommandAgreesWithAnIndependentReadingOfItsSource() throws IOException {
        Path root = Corpus.require("entra-module");
        Map<String, JsonNode> commands = commands(bundled());
        Map<String, List<Path>> files = sourceFiles(root);
        Map<String, Set<String>> moduleAliases = moduleAliases(root);
        List<String> problems = new ArrayList<>();
        int parameters = 0;
        int validations = 0;
        for (JsonNode c : commands.values()) {
            String name = c.get("name").asText();
            OracleReader.Function f = null;
            for (Path file : files.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                f = f != null ? f : OracleReader.read(Files.readString(file), name);
            }
            if (f == null) {
                problems.add(name + ": no source read");
                continue;
            }
            check(problems, name + " sets", f.sets(), strings(c.path("sets")));
            check(problems, name + " default set", f.defaultSet(), c.path("defaultSet").asText(""));
            check(problems, name + " ShouldProcess", f.shouldProcess(), c.path("shouldProcess").asBoolean(false));
            Set<String> aliases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            aliases.addAll(f.aliases());
            aliases.addAll(moduleAliases.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()));
            Set<String> indexed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            indexed.addAll(strings(c.path("aliases")));
            check(problems, name + " aliases", aliases, indexed);
            List<JsonNode> ps = new ArrayList<>();
            c.path("parameters").forEach(ps::add);
            check(problems, name + " parameters", f.params().stream().map(OracleReader.Param::name).toList(),
                    ps.stream().map(p -> p.get("name").asText()).toList());
            for (int i = 0; i < Math.min(ps.size(), f.params().size()); i++) {
                OracleReader.Param o = f.params().get(i);
                JsonNode p = ps.get(i);
                String at = name + " -" + o.name();
                check(problems, at + " type", o.type(), p.get("type").asText());
                check(problems, at + " switch", o.isSwitch(), p.path("switch").asBoolean(false));
                check(problems, at + " aliases", o.aliases(), strings(p.path("aliases")));
                Map<String, Boolean> mandatory = new LinkedHashMap<>();
                p.path("in").forEach(m -> mandatory.put(m.get("set").asText(), m.path("required").asBoolean(false)));
                check(problems, at + " sets and mandatory", o.mandatoryBySet(), mandatory);
                List<String> checks = new ArrayList<>();
                p.path("checks").forEach(k -> checks.add(words(k)));
                check(problems, at + " validation attributes", o.checks(), checks);
                validations += checks.isEmpty() ? 0 : 1;
                parameters++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(parameters > 2000, "parameters checked: " + parameters);
        // the scripts that convert to MailAddress in a try, loop over a list or call Test-Path are not read
        assertTrue(validations >= 200, "parameters with a validation read: " + validations);
    }

    /** An index check in the oracle's words ({@link OracleReader.Param#checks}). */
    private static String words(JsonNode k) {
        String message = k.has("message") ? k.get("message").asText() : null;
        if (k.has("notEmpty")) {
            return "notEmpty";
        }
        if (k.has("range") || k.has("length")) {
            String kind = k.has("range") ? "range" : "length";
            return kind + " " + k.get(kind).get(0).asText() + " " + k.get(kind).get(1).asText();
        }
        if (k.has("pattern")) {
            return "pattern " + k.get("pattern").asText() + (message == null ? "" : " message " + message);
        }
        return "script " + String.join(" | ", strings(k.path("script"))) + (message == null ? "" : " throw: " + message);
    }

    @Test
    void everyFileNamedAfterItsFunctionIsInTheIndexUnlessItIsAHelperCopiedIntoEverySubModule() throws IOException {
        Path root = Corpus.require("entra-module");
        Set<String> indexed = new HashSet<>();
        commands(bundled()).keySet().forEach(n -> indexed.add(n.toLowerCase(Locale.ROOT)));
        Map<String, Set<String>> folders = new HashMap<>();
        try (Stream<Path> s = Files.walk(root.resolve("module"))) {
            s.filter(p -> p.toString().endsWith(".ps1")).forEach(p -> folders
                    .computeIfAbsent(root.relativize(p).getName(1) + "/" + base(p), k -> new HashSet<>())
                    .add(p.getParent().toString()));
        }
        List<String> missing = new ArrayList<>();
        Set<String> helpers = new TreeSet<>();
        folders.forEach((key, dirs) -> {
            String name = key.substring(key.indexOf('/') + 1);
            if (dirs.size() > 1) {
                helpers.add(name);
            } else if (!indexed.contains(name)) {
                missing.add(key);
            }
        });
        assertEquals(List.of(), missing);
        assertEquals(Set.of("new-entrabetacustomheaders", "new-entracustomheaders", "write-entrainputvalidationlog"),
                helpers);
        helpers.forEach(h -> assertTrue(!indexed.contains(h), h + " is a private helper"));
    }

    private static String base(Path p) {
        return p.getFileName().toString().replaceFirst("\\.ps1$", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<Path>> sourceFiles(Path root) throws IOException {
        Map<String, List<Path>> out = new HashMap<>();
        List<Path> all;
        try (Stream<Path> s = Files.walk(root.resolve("module"))) {
            all = s.filter(p -> p.toString().endsWith(".ps1")).sorted().toList();
        }
        // Microsoft.Entra's file first: it wins where both modules define a command
        List<Path> ordered = new ArrayList<>(all.stream().filter(p -> !p.toString().contains("EntraBeta")).toList());
        ordered.addAll(all.stream().filter(p -> p.toString().contains("EntraBeta")).toList());
        Pattern fn = Pattern.compile("(?im)^function\\s+([\\w-]+)");
        for (Path p : ordered) {
            out.computeIfAbsent(base(p), k -> new ArrayList<>()).add(0, p);
        }
        for (Path p : ordered) {
            Matcher m = fn.matcher(Files.readString(p));
            while (m.find()) {
                out.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Path> l : out.values()) {
            List<Path> copy = new ArrayList<>(new java.util.LinkedHashSet<>(l));
            copy.sort(java.util.Comparator.comparing(p -> p.toString().contains("EntraBeta")));
            l.clear();
            l.addAll(copy);
        }
        return out;
    }

    /** Top-level (column 0) {@code Set-Alias -Name A -Value B} lines of the module files, by target. */
    private static Map<String, Set<String>> moduleAliases(Path root) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        Pattern alias = Pattern.compile("(?im)^(?:}\\s*)?Set-Alias\\s+-Name\\s+([\\w-]+)\\s+-Value\\s+([\\w-]+)");
        try (Stream<Path> s = Files.walk(root.resolve("module"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".ps1")).toList()) {
                Matcher m = alias.matcher(Files.readString(p));
                while (m.find()) {
                    out.computeIfAbsent(m.group(2).toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(m.group(1));
                }
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void check(List<String> problems, String what, Object oracle, Object index) {
        if (!oracle.equals(index)) {
            problems.add(what + ": source " + oracle + ", index " + index);
        }
    }
}
