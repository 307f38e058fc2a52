package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
import dev.entrals.testing.SpecExamples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entrals.graph.RequestEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the request-derivation spec {@code spec/request-derivation.md}: each example is a module function (after a
 * line {@code --- aad-to-graph page}, optionally the pages the SDK catalog reads), a {@code .} line, and the dump of
 * the entry the generator derives from it. One example per form the readings follow, each modelled on the module
 * file its title names.
 */
class RequestDerivationSpecTest {

    static final String FENCE = SpecExamples.FENCE;
    static final Path SPEC = Path.of("src/test/resources/spec/request-derivation.md");
    private static final String PAGE = "--- aad-to-graph page";
    private static final Pattern FUNCTION = Pattern.compile("(?im)^function\\s+([\\w-]+)");

    static List<SpecExamples.Example> examples() throws IOException {
        return SpecExamples.read(SPEC);
    }

    static Stream<Arguments> cases() throws IOException {
        return examples().stream().map(Arguments::of);
    }

    /** The dump of the entry derived from an example's input. */
    static String derive(String input) {
        String[] parts = input.split("(?m)^" + Pattern.quote(PAGE) + "\\n");
        String script = parts[0];
        List<String> pages = Arrays.asList(parts).subList(1, parts.length);
        Matcher name = FUNCTION.matcher(script);
        if (!name.find()) {
            throw new IllegalArgumentException("the example defines no function");
        }
        String module = name.group(1).contains("EntraBeta") ? "Microsoft.Entra.Beta" : "Microsoft.Entra";
        RequestEntry e = RequestTableGenerator.derive(module, "spec.ps1", name.group(1), script,
                new MgDerivation(new MgCatalog(pages)));
        return dump(e);
    }

    static String dump(RequestEntry e) {
        StringBuilder out = new StringBuilder();
        out.append(e.command()).append(" via ").append(e.via()).append(" (").append(e.source()).append(")\n");
        if (e.reason() != null) {
            out.append("left out: ").append(e.reason()).append('\n');
        }
        e.values().forEach((k, v) -> out.append("value ").append(k).append(" = ").append(v).append('\n'));
        for (RequestEntry.SetRequest s : e.sets()) {
            out.append(s.set()).append(": ").append(s.method() == null ? "no request" : s.method() + " " + s.path())
                    .append(s.paged() ? " (paged)" : "").append(s.pagesAll() ? " (every page)" : "").append('\n');
            if (!s.each().isEmpty()) {
                out.append("  each ").append(String.join(", ", s.each())).append('\n');
            }
            for (RequestEntry.QueryPart q : s.query()) {
                out.append("  query ").append(q.option()).append(" = ")
                        .append(q.param() == null ? "" : "-" + q.param())
                        .append(q.template() == null ? "" : " as " + q.template())
                        .append(q.fallback() == null ? "" : (q.param() == null ? "" : " else ") + q.fallback())
                        .append(q.cap() == null ? "" : " (at most " + q.cap() + ")").append('\n');
            }
            for (RequestEntry.HeaderPart h : s.headers()) {
                out.append("  header ").append(h.name()).append(": ").append(h.value())
                        .append(h.param() == null ? "" : " with -" + h.param()).append('\n');
            }
            body(s.body(), "  ", out);
            if (s.when() != null) {
                out.append("  only ").append(when(s.when())).append('\n');
            }
            if (s.none() != null) {
                out.append("  none: error \"").append(s.none().replace("\n", "\\n")).append("\"\n");
            }
            for (var map : s.valueMaps()) {
                out.append("  map ").append(map.param()).append(' ').append(map.values())
                        .append(map.otherwise() == null ? "" : " else " + map.otherwise()).append('\n');
            }
            for (RequestEntry.LookupPart l : s.lookups()) {
                out.append(l.method() == null ? "  lookup GET " : "  step " + l.method() + " ").append(l.path())
                        .append(l.query().stream().map(q -> q.option() + "=" + (q.param() == null && q.template() == null
                                ? q.fallback() : q.template())).reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse(""))
                        .append(l.each().isEmpty() ? "" : l.each().size() == 1 && l.each().get(0).matches("\\{\\w+}")
                                ? " once per value of -" + l.each().get(0).substring(1, l.each().get(0).length() - 1)
                                : " trying " + String.join(", ", l.each()))
                        .append(l.unless() == null ? "" : " unless -" + l.unless())
                        .append(l.when() == null ? "" : " " + when(l.when()))
                        .append(l.pages() ? " every page" : "").append(l.per() > 0 ? " per object of @" + l.per() : "")
                        .append(l.none() == null ? "" : ", none: stop \"" + l.none() + "\"").append('\n');
                body(l.body(), "    ", out);
            }
            if (s.perObject() != null) {
                out.append("  per object of ").append(s.perObject().items()).append(" by ")
                        .append(s.perObject().property()).append(s.perObject().onFailure() == null ? ""
                        : ", on failure " + s.perObject().onFailure()).append('\n');
                s.perObject().routes().forEach((type, path) -> out.append("    ").append(type).append(": ")
                        .append(path).append('\n'));
            }
            if (s.then() != null) { // a GET after the request, by its reply
                out.append("  then GET ").append(s.then().path()).append(s.then().query().stream().map(q -> q.option()
                        + "=" + (q.param() == null ? q.fallback() : "-" + q.param() + (q.fallback() == null ? ""
                        : " else " + q.fallback()))).reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse(""))
                        .append(" unless an object of ").append(s.then().list()).append(" has ")
                        .append(s.then().key()).append(" = ").append(s.then().value()).append('\n');
                s.then().stamp().forEach((k, v) -> out.append("    stamp ").append(k).append(" = ").append(v)
                        .append('\n'));
                if (s.then().left() != null) { // asked for by what an argument leaves of the objects read
                    out.append("    left ").append(s.then().left().option()).append(" = -").append(s.then().left()
                            .param()).append(" minus the objects read, at most ").append(s.then().left().cap())
                            .append('\n');
                }
            }
            for (String n : s.notes()) {
                out.append("  note ").append(n).append('\n');
            }
        }
        if (e.variables() != null) { // the module session state it keeps and reads
            for (var k : e.variables().keeps()) {
                out.append("keeps $").append(k.variable()).append(" = ").append(k.param() != null ? "-" + k.param()
                        : "reply." + k.property()).append(" (").append(k.source()).append(")\n");
            }
            for (var r : e.variables().reads()) {
                out.append("reads $").append(r.variable()).append(" for ").append(r.name())
                        .append(r.sets().isEmpty() ? "" : " in " + String.join(", ", r.sets())).append(" (")
                        .append(r.source()).append(")\n");
            }
        }
        return out.toString();
    }

    private static void body(List<BodyPart> parts, String indent, StringBuilder out) {
        for (BodyPart b : parts) {
            out.append(indent).append("body ").append(b.property()).append(" = ")
                    .append(b.param() == null ? "" : "-" + b.param())
                    .append(b.template() == null ? "" : " as " + b.template())
                    .append(b.value() == null ? "" : " value " + b.value())
                    .append(b.when() == null ? "" : " " + when(b.when())).append('\n');
        }
    }

    private static String when(String w) {
        if (w.matches(".*[=|&~@].*")) {
            return "when " + w; // a value, several terms: the table's own notation
        }
        return w.startsWith("!") ? "when not -" + w.substring(1) : "when -" + w;
    }

    /** With {@code -Dspec.update=true}, rewrites the expected dumps from the generator (review the diff!). */
    @Test
    void updateSpecWhenAsked() throws IOException {
        if (!Boolean.getBoolean("spec.update")) {
            return;
        }
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i)).append('\n');
            if (lines.get(i).startsWith(FENCE + " example")) {
                StringBuilder input = new StringBuilder();
                for (i++; !lines.get(i).equals("."); i++) {
                    input.append(lines.get(i)).append('\n');
                }
                while (!lines.get(i).equals(FENCE)) {
                    i++;
                }
                out.append(input).append(".\n").append(derive(input.toString())).append(FENCE).append('\n');
            }
        }
        Files.writeString(SPEC, out.toString(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void derivationMatchesSpec(SpecExamples.Example example) {
        assertEquals(example.expected(), derive(example.input()));
    }
}
