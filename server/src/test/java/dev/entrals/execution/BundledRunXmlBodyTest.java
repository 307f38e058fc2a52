package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs of the writes read on the branch {@code inplace-values}: an XML body (an argument's text or a local
 * file's) sent with its content type, Graph's XML reply shown as its text and written to the file -OutputFilePath
 * names once the write has answered; the real table ({@link Planners#bundled()}), binder and session, against the
 * Graph stand-in.
 */
class BundledRunXmlBodyTest extends BundledRunCase {

    private static final String POLICY = "<TrustFrameworkPolicy PolicyId=\"B2C_1A_x\"><BasePolicy/></TrustFrameworkPolicy>";
    private static final String REPLY = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TrustFrameworkPolicy"
            + " PolicyId=\"B2C_1A_x\" TenantId=\"contoso.onmicrosoft.com\"/>";
    @Override
    protected void serve(GraphStandIn standIn) {
        standIn.xml("/beta/trustframework/policies", REPLY).xml("/beta/trustframework/policies/B2C_1A_x/$value", REPLY);
    }

    private static String header(GraphStandIn.Recorded r, String name) {
        return r.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
    }

    @Test
    void theContentIsSentAsXmlAfterTheConfirmationAndTheXmlReplyIsTheResult() {
        // New-EntraBetaTrustFrameworkPolicy.ps1 41 $Body = $PSBoundParameters["Content"]; 49 Invoke-GraphRequest
        // -Method 'POST' -ContentType 'application/xml' -Uri '/beta/trustframework/policies' -Body $Body; 53-56 without
        // -OutputFilePath the reply's lines are the output
        String line = "New-EntraBetaTrustFrameworkPolicy -Content '" + POLICY + "'";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertTrue(asked.text().contains("Content-Type: application/xml") && asked.text().contains(POLICY),
                asked.text());
        assertEquals(List.of(), graph.requests, "nothing sent before the confirmation");
        RunResult whatIf = run(RunInput.commandLine(line + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
        RunResult sent = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        assertEquals(1, graph.requests.size());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("POST /beta/trustframework/policies", r.line());
        assertEquals(POLICY, r.body());
        assertEquals("application/xml", header(r, "Content-Type"));
        assertEquals(REPLY + "\n", sent.text());
    }

    @Test
    void aFilesPolicyIsSentAndTheReplyWrittenToTheOutputFileOnlyOnceAnswered(@TempDir Path dir) throws Exception {
        // Set-EntraBetaTrustFrameworkPolicy.ps1 47-49 $Body = Get-Content -Path $PSBoundParameters["InputFilePath"];
        // 41-43 $outFile = $PSBoundParameters["OutputFilePath"]; 51-56 PUT '/beta/trustframework/policies/' + $Id +
        // '/$value' -ContentType 'application/xml' -OutputFilePath $outFile
        Path in = dir.resolve("policy.xml");
        Files.writeString(in, POLICY);
        Path out = dir.resolve("reply.xml");
        String line = "Set-EntraBetaTrustFrameworkPolicy -Id B2C_1A_x -InputFilePath '" + in + "' -OutputFilePath '"
                + out + "'";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertTrue(asked.text().contains("(the reply is written to the file " + out + " once it answers)"),
                asked.text());
        assertFalse(Files.exists(out), "nothing written before the confirmation");
        RunResult sent = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("PUT /beta/trustframework/policies/B2C_1A_x/$value", r.line());
        assertEquals(POLICY, r.body());
        assertEquals("application/xml", header(r, "Content-Type"));
        assertEquals(REPLY, Files.readString(out));
        assertTrue(sent.notes().contains("The reply was written to " + out + "."), sent.notes().toString());
    }

    @Test
    void aFailedWriteWritesNoReplyFileAndAMissingInputFileSendsNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reply.xml");
        RunResult failed = run(RunInput.commandLine("Set-EntraBetaTrustFrameworkPolicy -Id B2C_1A_unknown -Content '"
                + POLICY + "' -OutputFilePath '" + out + "'").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, failed.status(), failed.text());
        assertEquals(1, graph.requests.size());
        assertFalse(Files.exists(out), "no reply file after a failed write");
        Path missing = dir.resolve("nope.xml");
        RunResult none = run(RunInput.commandLine("New-EntraBetaTrustFrameworkPolicy -InputFilePath '" + missing
                + "'").confirm());
        assertEquals(RunStatus.FAULT, none.status(), none.text());
        assertTrue(none.text().contains("The file to send does not exist: " + missing.toAbsolutePath()), none.text());
        assertEquals(1, graph.requests.size(), "nothing more was sent");
    }
}
