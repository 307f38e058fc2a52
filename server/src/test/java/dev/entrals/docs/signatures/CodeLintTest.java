package dev.entrals.docs.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.CommonParameters;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code docs lint --code}: the pages of the corpus against the modules' code. */
class CodeLintTest {

    @Test
    void everyDocumentedParameterExistsInTheCodeOrIsReportedAsADocDefect() throws IOException {
        Path docs = Corpus.entraDocs();
        Map<String, CmdletHelp> code = CodeLint.codeFacts(Corpus.require("entra-module"));
        List<CmdletHelp> pages = HelpIndex.load(List.of(DocsSource.folder(docs))).allPages();
        List<DocDiagnostic> findings = CodeLint.check(pages, code);
        Set<String> reported = new HashSet<>();
        findings.stream().filter(d -> d.kind().equals("param-not-in-code"))
                .forEach(d -> reported.add(d.file() + ":" + d.line()));
        List<String> unexplained = new ArrayList<>();
        int checked = 0;
        for (CmdletHelp page : pages) {
            CmdletHelp c = code.get(page.name().toLowerCase(Locale.ROOT));
            if (c == null || !c.hasHelp()) {
                continue;
            }
            for (ParameterHelp p : page.parameters()) {
                if (CommonParameters.isCommon(p.name()) || p.name().equalsIgnoreCase("WhatIf")
                        || p.name().equalsIgnoreCase("Confirm")) {
                    continue;
                }
                checked++;
                if (c.parameter(p.name()).isEmpty() && !reported.contains(page.source().file() + ":" + p.line())) {
                    unexplained.add(page.name() + " -" + p.name());
                }
            }
        }
        assertEquals(List.of(), unexplained);
        assertTrue(checked > 2000, "parameters checked: " + checked);
    }

    @Test
    void theIssuesTwoPagesAreReported() throws IOException {
        Path docs = Corpus.entraDocs();
        Map<String, CmdletHelp> code = CodeLint.codeFacts(Corpus.require("entra-module"));
        List<String> found = CodeLint.check(HelpIndex.load(List.of(DocsSource.folder(docs))).allPages(), code)
                .stream().filter(d -> d.file().contains("entra-powershell-v1.0"))
                .map(d -> Path.of(d.file()).getFileName() + " " + d.kind() + ": " + d.message()).toList();
        assertTrue(found.contains("New-EntraServicePrincipalKeyCredential.md param-not-in-code: -ObjectId is"
                + " documented as a parameter but is an alias of -ServicePrincipalId in the module's code"), found
                .toString());
        assertTrue(found.contains("New-EntraUserAppRoleAssignment.md alias-missing-from-page: -AppRoleId has the"
                + " aliases Id in the module's code; the page omits them"));
    }
}
