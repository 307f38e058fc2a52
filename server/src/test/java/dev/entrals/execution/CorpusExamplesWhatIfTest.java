package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestTable;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CorpusExamplesTest;
import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every invocation of an Entra cmdlet in the EXAMPLES of the Entra reference pages, run with what-if through the
 * real engine (the bundled planner, the bundled docs' binder, a signed-in session): no exception escapes, the run
 * ends as a what-if, a request for values, a refusal or a local answer; a what-if names only requests to the
 * module's Graph version (the table entry's own path says when a Beta cmdlet's code sends v1.0, or the other way
 * round); a refusal names the cmdlet and a reason. Examples wrong in the docs themselves are listed in
 * {@link #DOC_DEFECTS} with the reason.
 */
class CorpusExamplesWhatIfTest extends BundledRunCase {

    private static final Pattern ENTRA = Pattern.compile("(?i)[a-z]+-Entra[a-z0-9]+");
    private static final Pattern REQUEST = Pattern.compile("(GET|POST|PATCH|PUT|DELETE) (\\S+).*");

    /**
     * {@code page.md#example:cmdlet} → why the example itself is wrong (found by this test; each is exempt from the
     * invariants, though its run may still meet them).
     */
    private static final Map<String, String> DOC_DEFECTS = Map.of(
            "Set-EntraBetaDirSyncEnabled.md#1:Set-EntraBetaDirSyncEnabled", "-Force $true: -Force is a switch, so $true"
                    + " binds to position 1, -TenantId (System.Guid), and PowerShell cannot convert it",
            "Set-EntraDirSyncEnabled.md#1:Set-EntraDirSyncEnabled", "-Force $true, as Set-EntraBetaDirSyncEnabled.md#1",
            "Get-EntraInactiveSignInUser.md#1:Get-EntraInactiveSignInUser", "-All: the cmdlet has no -All parameter"
                    + " (Get-EntraInactiveSignInUser.ps1 declares LastSignInBeforeDaysAgo, UserType)",
            "Get-EntraAgentIdentity.md#3:Get-EntraAgentIdentity", "-AgentIdentityBlueprintId without its argument",
            "Get-EntraBetaAgentIdentity.md#3:Get-EntraBetaAgentIdentity", "-AgentIdentityBlueprintId without its"
                    + " argument");

    @Test
    void everyEntraExampleRunsAsAWhatIfOrSaysWhyNot() throws IOException {
        Path root = Corpus.entraDocs();
        List<CorpusExamplesTest.Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                examples.addAll(CorpusExamplesTest.examplesOf(p));
            }
        }
        RequestTable table = RequestTable.bundled();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int runs = 0;
        for (CorpusExamplesTest.Example e : examples) {
            ScriptDocument doc = ScriptDocument.parse(e.code());
            for (CommandInvocation c : doc.commands()) {
                if (c.name() == null || !ENTRA.matcher(c.name()).matches()) {
                    continue;
                }
                runs++;
                String id = e.id() + ":" + c.name();
                String problem;
                String kind;
                try {
                    RunResult r = run(new RunInput(e.code(), c.start(), c.end(), Map.of(), false, true,
                            ResultFormat.AUTO, 0, doc));
                    kind = kind(r);
                    shown.add(id + "\t" + kind + "\t" + String.join(" | ", r.request()) + "\t"
                            + (r.status() == RunStatus.WHAT_IF ? "" : r.text().replace('\n', ' ')));
                    problem = check(c.name(), r, table.entry(c.name()));
                } catch (RuntimeException | AssertionError x) {
                    kind = "EXCEPTION";
                    problem = "exception " + x;
                }
                counts.merge(kind, 1, Integer::sum);
                if (problem != null && !DOC_DEFECTS.containsKey(id)) {
                    failures.add(id + ": " + problem);
                }
            }
        }
        System.err.printf("corpus what-if: %d examples, %d Entra invocations: %s; %d failures%n", examples.size(),
                runs, counts, failures.size());
        failures.forEach(System.err::println);
        Files.write(Path.of("target", "corpus-examples-whatif.txt"), shown); // to read the requests by eye
        assertTrue(runs > 1000, "the examples were read: " + runs);
        assertEquals(List.of(), graph.requests, "a what-if sends nothing");
        assertEquals(List.of(), failures);
    }

    private static String kind(RunResult r) {
        if (r.status() == RunStatus.UNSUPPORTED && r.command() == null) {
            return "NOT_RUNNABLE";
        }
        return r.status() == RunStatus.WHAT_IF && r.request().isEmpty() ? "WHAT_IF_LOCAL" : r.status().name();
    }

    /** The invariants of one run's result, or null when they hold. */
    private String check(String cmdlet, RunResult r, Optional<RequestEntry> entry) {
        switch (r.status()) {
            case WHAT_IF -> {
                return r.request().isEmpty() && !r.text().startsWith("What if:") ? "a what-if without a request"
                        : versions(cmdlet, r, entry);
            }
            case NOT_EVALUATED -> {
                return r.text().contains(cmdlet) || r.text().toLowerCase(Locale.ROOT).contains(
                        cmdlet.toLowerCase(Locale.ROOT)) ? null : "not evaluated without naming the cmdlet: " + r.text();
            }
            case UNSUPPORTED -> {
                String t = r.text();
                boolean names = t.toLowerCase(Locale.ROOT).contains(cmdlet.toLowerCase(Locale.ROOT));
                String reason = t.substring(Math.min(t.length(), t.toLowerCase(Locale.ROOT)
                        .indexOf(cmdlet.toLowerCase(Locale.ROOT)) + cmdlet.length() + 1)).strip();
                return names && reason.length() > 10 ? null : "a refusal without the cmdlet or a reason: " + t;
            }
            case FAULT -> {
                // a file the example names (a placeholder path) is read before any request, as the module reads it
                return r.text().startsWith(cmdlet + ": ") && (r.text().contains(" cannot be read")
                        || r.text().contains(": Cannot find path '")) ? null
                        : "status FAULT: " + r.text();
            }
            case OK -> {
                return r.request().isEmpty() && !r.write() ? null : "sent under what-if: " + r.request();
            }
            default -> {
                return "status " + r.status() + ": " + r.text();
            }
        }
    }

    /** Every request shown goes to the module's version, or to the one its table entry's code sends. */
    private String versions(String cmdlet, RunResult r, Optional<RequestEntry> entry) {
        boolean beta = cmdlet.toLowerCase(Locale.ROOT).contains("-entrabeta");
        String own = beta ? "/beta/" : "/v1.0/";
        String other = beta ? "/v1.0/" : "/beta/";
        boolean entrySendsOther = entry.isPresent() && entry.get().sets().stream()
                .anyMatch(s -> s.path() != null && s.path().startsWith(other)
                        || s.lookups().stream().anyMatch(l -> l.path() != null && l.path().startsWith(other)));
        for (String line : r.request()) {
            var m = REQUEST.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String url = m.group(2);
            if (!url.startsWith(graph.baseUrl() + "/")) {
                return "a request not to Graph: " + line;
            }
            String path = url.substring(graph.baseUrl().length());
            if (!path.startsWith(own) && !(entrySendsOther && path.startsWith(other))) {
                return "a request to the wrong version: " + line;
            }
        }
        return null;
    }
}
