package dev.entrals.docs.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code server/design/docs-vs-code.txt}, the full list of doc-vs-code disagreements that {@code docs lint --code}
 * finds in the corpus (the design note refers to it), is what the lint reports now. With
 * {@code -Dspec.update=true} the file is rewritten (review the diff).
 */
class DocsVsCodeListTest {

    static final Path LIST = Corpus.projectRoot().resolve("server/design/docs-vs-code.txt");

    /** The list as the lint reports it on {@code docs} against {@code moduleSource}, paths relative to {@code docs}. */
    static String list(Path docs, Path moduleSource) throws IOException {
        List<CmdletHelp> pages = HelpIndex.load(List.of(DocsSource.folder(docs))).allPages();
        List<DocDiagnostic> found = new ArrayList<>(CodeLint.check(pages, CodeLint.codeFacts(moduleSource)));
        found.sort(java.util.Comparator.comparing(DocDiagnostic::file).thenComparingInt(DocDiagnostic::line)
                .thenComparing(DocDiagnostic::message));
        Map<String, Integer> kinds = new TreeMap<>();
        found.forEach(d -> kinds.merge(d.kind() + " (" + d.severity().name().toLowerCase(Locale.ROOT) + ")", 1,
                Integer::sum));
        StringBuilder b = new StringBuilder();
        b.append("# Where the Entra reference pages disagree with the modules' code (generated; do not edit)\n")
                .append("# ./entra-ls docs lint ../shared/corpus/entra-docs --code ../shared/corpus/entra-module ")
                .append("--info, its --code findings only.\n")
                .append("# Regenerate: mvn -o -q -pl server test -Dtest=DocsVsCodeListTest -Dspec.update=true\n")
                .append("# ").append(pages.size()).append(" pages, ").append(found.size()).append(" findings:");
        kinds.forEach((k, n) -> b.append(' ').append(n).append(' ').append(k).append(','));
        b.setLength(b.length() - 1);
        b.append('\n');
        for (DocDiagnostic d : found) {
            String rel = docs.toAbsolutePath().relativize(Path.of(d.file()).toAbsolutePath()).toString()
                    .replace('\\', '/');
            b.append(new DocDiagnostic(rel, d.line(), d.severity(), d.kind(), d.message()).format()).append('\n');
        }
        return b.toString();
    }

    @Test
    void theCommittedListIsWhatTheLintReportsOnTheCorpus() throws IOException {
        String now = list(Corpus.entraDocs(), Corpus.require("entra-module"));
        if (Boolean.getBoolean("spec.update")) {
            Files.writeString(LIST, now, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(LIST), "missing " + LIST + ": run with -Dspec.update=true");
        assertEquals(now, Files.readString(LIST, StandardCharsets.UTF_8),
                "the docs-vs-code list is out of date: run with -Dspec.update=true and review the diff");
        // the two pages are in it
        assertTrue(now.contains("New-EntraUserAppRoleAssignment") && now.contains("alias-missing-from-page"));
        assertTrue(now.lines().anyMatch(l -> l.contains("New-EntraServicePrincipalKeyCredential")
                && l.contains("param-not-in-code")), "ObjectId documented, ServicePrincipalId in the code");
    }
}
