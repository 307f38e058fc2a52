package dev.entrals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package rules of the layout (see each package-info and the style guide), checked on the main sources: who may
 * use msal4j, flexmark, lsp4j and picocli, what {@code script} and {@code commons} depend on, where stdout may be
 * written, and the naming and size rules. A reference counts whether it is an import or a qualified name in code;
 * comments and string literals are ignored.
 */
class ArchitectureTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:com|org|net|io|javax|jakarta|picocli|dev)\\.[a-z_][\\w]*(?:\\.[a-z_][\\w]*)*)\\.[A-Za-z_]");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(class|interface|record|enum|@interface)"
                    + "\\s+(\\w+)", Pattern.MULTILINE);

    /** One main source file: its package, what it refers to, its code without comments and literals. */
    record Source(Path file, String pkg, List<String> references, String code, String text) {

        boolean in(String pkgPrefix) {
            return pkg.equals(pkgPrefix) || pkg.startsWith(pkgPrefix + ".");
        }

        boolean refersTo(String pkgPrefix) {
            return references.stream().anyMatch(r -> r.equals(pkgPrefix) || r.startsWith(pkgPrefix + "."));
        }
    }

    private static List<Source> sources;
    private static Path root;

    @BeforeAll
    static void readSources() throws IOException {
        String project = System.getProperty("entrals.projectRoot");
        root = project == null ? Path.of("src", "main", "java") : Path.of(project, "server", "src", "main", "java");
        assertTrue(Files.isDirectory(root.resolve("dev/entrals")), "main sources at " + root.toAbsolutePath());
        List<Source> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.add(read(f));
            }
        }
        sources = all;
        assertTrue(sources.size() > 50, "found the main sources: " + sources.size());
    }

    @Test
    void onlySessionUsesMsal4j() {
        assertNone(s -> !s.in("dev.entrals.session") && s.refersTo("com.microsoft.aad"), "uses msal4j");
    }

    @Test
    void onlyDocsUsesFlexmark() {
        assertNone(s -> !s.in("dev.entrals.docs") && s.refersTo("com.vladsch.flexmark"), "uses flexmark");
    }

    @Test
    void scriptAndCommonsDependOnTheJdkAlone() {
        for (String pkg : List.of("dev.entrals.script", "dev.entrals.commons")) {
            assertNone(s -> s.in(pkg) && s.references().stream().anyMatch(r -> !r.startsWith("java.")
                    && !r.equals(pkg) && !r.startsWith(pkg + ".")), "is in " + pkg + " but uses more than java.*: "
                    + "see its references");
        }
    }

    @Test
    void lspTypesStayOutOfTheModelPackagesAndSession() {
        for (String pkg : List.of("dev.entrals.script", "dev.entrals.commons", "dev.entrals.docs",
                "dev.entrals.analysis", "dev.entrals.session", "dev.entrals.execution")) {
            assertNone(s -> s.in(pkg) && s.refersTo("org.eclipse.lsp4j"), "is in " + pkg + " and uses lsp4j");
        }
    }

    @Test
    void onlyCliUsesPicocli() {
        assertNone(s -> !s.in("dev.entrals.cli") && s.refersTo("picocli"), "uses picocli outside cli");
    }

    @Test
    void onlyCliWritesToSystemOut() {
        assertNone(s -> !s.in("dev.entrals.cli") && s.code().matches("(?s).*\\bSystem\\s*\\.\\s*out\\b.*"),
                "uses System.out outside cli (log through java.util.logging to stderr)");
    }

    @Test
    void loggingGoesThroughJavaUtilLogging() {
        assertNone(s -> s.refersTo("org.slf4j") || s.refersTo("org.apache.logging") || s.refersTo("org.apache.log4j")
                || s.refersTo("ch.qos.logback"), "uses a logging library other than java.util.logging");
    }

    @Test
    void everyPackageSaysInItsPackageInfoWhatItIs() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(root.resolve("dev/entrals"))) {
            packages = dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJavaTypes).sorted().toList();
        }
        for (String pkg : List.of("analysis", "cli", "commons", "docs", "features", "script", "session", "settings")) {
            assertTrue(packages.contains(root.resolve("dev/entrals").resolve(pkg)), "layout package " + pkg + " found");
        }
        for (Path pkg : packages) {
            Path info = pkg.resolve("package-info.java");
            if (!Files.isRegularFile(info) || !textOf(info).contains("/**")) {
                missing.add(root.relativize(info).toString());
            }
        }
        assertEquals(List.of(), missing, "package-info.java with Javadoc missing");
    }

    private static boolean holdsJavaTypes(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void typeNamesHaveNoIPrefixAndNoGrabBagSuffix() {
        assertNone(s -> {
            String name = s.file().getFileName().toString().replace(".java", "");
            return name.matches("I[A-Z][a-z].*") || name.matches(".*(Impl|Manager|Utils?|Helpers?)");
        }, "has an I-prefixed or Impl/Manager/Util/Helper name");
    }

    @Test
    void everyPublicTypeHasJavadoc() {
        assertNone(s -> {
            Matcher m = PUBLIC_TYPE.matcher(s.text());
            return m.find() && !javadocBefore(s.text(), m.start());
        }, "has a public type without Javadoc");
    }

    @Test
    void theProjectsOwnPackagesFormNoCycle() {
        java.util.Map<String, java.util.Set<String>> graph = new java.util.TreeMap<>();
        for (Source s : sources) {
            java.util.Set<String> out = graph.computeIfAbsent(s.pkg(), k -> new java.util.TreeSet<>());
            s.references().stream().filter(r -> r.startsWith("dev.entrals") && !r.equals(s.pkg())).forEach(out::add);
        }
        assertEquals(List.of(), cycles(graph), "packages that depend on each other (directly or through others)");
    }

    @Test
    void theRootPackageHoldsTheEntryPointsAlone() {
        List<String> root = sources.stream().filter(s -> s.pkg().equals("dev.entrals"))
                .map(s -> s.file().getFileName().toString()).sorted().toList();
        assertEquals(List.of("EntraLanguageServer.java", "EntraTextDocumentService.java", "EntraWorkspaceService.java",
                "Features.java", "ServerLauncher.java", "ServerRuntime.java", "package-info.java"), root,
                "the root package is for the entry points; LSP plumbing goes to dev.entrals.lsp");
    }

    @Test
    void theCycleCheckFindsACycleThroughAThirdPackage() {
        java.util.Map<String, java.util.Set<String>> graph = java.util.Map.of("a", java.util.Set.of("b"),
                "b", java.util.Set.of("c"), "c", java.util.Set.of("a"), "d", java.util.Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    }

    /** The strongly connected groups of more than one package (Tarjan), each sorted. */
    static List<List<String>> cycles(java.util.Map<String, java.util.Set<String>> graph) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        java.util.Map<String, Integer> low = new java.util.HashMap<>();
        java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        List<List<String>> found = new ArrayList<>();
        for (String v : new java.util.TreeSet<>(graph.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, found);
            }
        }
        found.sort(java.util.Comparator.comparing(l -> l.get(0)));
        return found;
    }

    private static void connect(String v, java.util.Map<String, java.util.Set<String>> graph,
            java.util.Map<String, Integer> index, java.util.Map<String, Integer> low, java.util.Deque<String> stack,
            List<List<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : graph.getOrDefault(v, java.util.Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> group = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                group.sort(null);
                found.add(group);
            }
        }
    }

    @Test
    void noSourceFileGrowsPast500Lines() {
        assertNone(s -> s.text().lines().count() > 500, "is longer than 500 lines: split it");
    }

    @Test
    void referencesCountImportsAndQualifiedNamesButNotCommentsOrStrings(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("Sample.java");
        Files.writeString(file, """
                package dev.entrals.script;

                import java.util.List;
                import static org.junit.Assert.fail;
                // com.microsoft.aad.msal4j.PublicClientApplication in a comment
                /** picocli.CommandLine in Javadoc, with a <culture>/*-help.xml path */
                public final class Sample {
                    String s = "com.vladsch.flexmark.ast.Heading";
                    Object o = com.vladsch.flexmark.parser.Parser.builder();
                    java.util.logging.Logger log;
                    void p() { System.out.println(); }
                }
                """);
        Source s = read(file);
        assertEquals("dev.entrals.script", s.pkg());
        assertEquals(List.of("java.util", "org.junit", "com.vladsch.flexmark.parser", "java.util.logging"),
                s.references());
        assertTrue(s.code().contains("System.out") && !s.code().contains("msal4j") && !s.code().contains("picocli"));
        assertTrue(javadocBefore(s.text(), s.text().indexOf("public final class")));
    }

    private static void assertNone(Predicate<Source> bad, String what) {
        List<String> offenders = sources.stream().filter(bad).map(s -> root.relativize(s.file()) + " "
                + s.references().stream().filter(r -> !r.startsWith("java.") && !r.equals(s.pkg())).distinct()
                .toList()).toList();
        assertEquals(List.of(), offenders, "source that " + what);
    }

    /**
     * True when the declaration at {@code start} follows a Javadoc comment with only annotations between (no
     * statement, so no {@code ;} in the code between them).
     */
    private static boolean javadocBefore(String text, int start) {
        String before = text.substring(0, start);
        int end = before.lastIndexOf("*/");
        if (end < 0) {
            return false;
        }
        int open = before.lastIndexOf("/**", end);
        return open >= 0 && before.indexOf("*/", open) == end
                && !stripCommentsAndLiterals(before.substring(end + 2)).contains(";");
    }

    private static Source read(Path file) {
        String text = textOf(file);
        String code = stripCommentsAndLiterals(text);
        Matcher p = PACKAGE.matcher(code);
        String pkg = p.find() ? p.group(1) : "";
        List<String> refs = new ArrayList<>();
        Matcher i = IMPORT.matcher(code);
        while (i.find()) {
            refs.add(packageOf(i.group(1)));
        }
        String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll("");
        Matcher q = QUALIFIED.matcher(body);
        while (q.find()) {
            refs.add(q.group(1));
        }
        Matcher jdk = Pattern.compile("(?<![\\w.])(java\\.[a-z][\\w.]*?)\\.[A-Z]").matcher(body);
        while (jdk.find()) {
            refs.add(jdk.group(1));
        }
        return new Source(file, pkg, List.copyOf(refs), code, text);
    }

    /** The package of an imported name: the dotted prefix before the first capitalised segment. */
    private static String packageOf(String imported) {
        StringBuilder pkg = new StringBuilder();
        for (String part : imported.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.toString();
    }

    /** The code with comments, string and character literals (text blocks too) blanked out. */
    static String stripCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? s.length() : end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != quote && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(j + 1, s.length());
                out.append(quote).append(quote);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String textOf(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
