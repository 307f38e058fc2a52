package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.Example;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureSource;
import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * With the modules' code facts under the reference docs, PowerShell's binding decides: the false errors a page's
 * omissions caused in real scripts are gone, and the docs' own examples raise fewer parameter findings.
 */
class CodeFactsDiagnosticsTest {

    /** Lines of working scripts that the pages alone flagged (issue 12). */
    static final String SCRIPT = """
            New-EntraUserAppRoleAssignment -ObjectId $user.Id -PrincipalId $user.Id -ResourceId $sp.Id -Id $appRole.Id
            New-EntraServicePrincipalKeyCredential -ServicePrincipalId $sp.Id -Type AsymmetricX509Cert -Usage Verify -Value $cert -Proof $proof
            """;

    private static List<String> findings(HelpIndex index, String script) {
        ScriptAnalyzer analyzer = new ScriptAnalyzer(index, MigrationTable.bundled());
        return analyzer.analyze(ScriptDocument.parse(script)).stream()
                .map(d -> d.code() + " " + script.substring(d.start(), d.end())).toList();
    }

    @Test
    void theIssuesFalseErrorsAreGoneWithTheCodeFacts() {
        Path docs = Corpus.entraDocs();
        List<String> pagesOnly = findings(HelpIndex.load(List.of(DocsSource.folder(docs))), SCRIPT);
        assertTrue(pagesOnly.contains("unknown-parameter -Id"), pagesOnly.toString());
        assertTrue(pagesOnly.contains("unknown-parameter -ServicePrincipalId"), pagesOnly.toString());
        HelpIndex merged = HelpIndex.load(List.of(SignatureSource.bundled(), DocsSource.folder(docs)));
        assertEquals(List.of(), findings(merged, SCRIPT));
        assertTrue(findings(merged, "Get-EntraUser -Bogus 1").contains("unknown-parameter -Bogus"));
        // the page still gives the prose
        CmdletHelp help = merged.find("New-EntraServicePrincipalKeyCredential").orElseThrow();
        assertTrue(!help.synopsis().isBlank() && !help.examples().isEmpty());
        assertTrue(help.parameter("ServicePrincipalId").isPresent() && help.parameter("ObjectId").isEmpty());
    }

    @Test
    void theDocsExamplesRaiseFewerParameterFindingsWithTheCodeFacts() throws IOException {
        Path docs = Corpus.entraDocs();
        HelpIndex pages = HelpIndex.load(List.of(DocsSource.folder(docs)));
        HelpIndex merged = HelpIndex.load(List.of(SignatureSource.bundled(), DocsSource.folder(docs)));
        Map<String, Integer> before = new TreeMap<>();
        Map<String, Integer> after = new TreeMap<>();
        List<String> remaining = new ArrayList<>();
        for (CmdletHelp page : pages.allPages()) {
            for (Example ex : page.examples()) {
                if (ex.code() == null || ex.code().isBlank()) {
                    continue;
                }
                findings(pages, ex.code()).forEach(f -> before.merge(f.substring(0, f.indexOf(' ')), 1, Integer::sum));
                for (String f : findings(merged, ex.code())) {
                    after.merge(f.substring(0, f.indexOf(' ')), 1, Integer::sum);
                    remaining.add(page.source().file().replace(docs.toString(), "") + "\t" + f);
                }
            }
        }
        Path dump = Path.of("target", "corpus-example-diagnostics-with-code.tsv");
        Files.createDirectories(dump.getParent());
        Files.write(dump, remaining, StandardCharsets.UTF_8);
        System.err.println("docs examples: pages only " + before + "; with code facts " + after);
        int unknownBefore = before.getOrDefault("unknown-parameter", 0);
        int unknownAfter = after.getOrDefault("unknown-parameter", 0);
        assertTrue(unknownAfter < unknownBefore, "unknown-parameter " + unknownBefore + " -> " + unknownAfter);
    }
}
