package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the body form read on the branch {@code inplace-values}: a body of another content type
 * (XML) that is an argument's text or a local file's, the reply written to the file an argument names. Each
 * expectation is written by hand from the module's code (file and line named; microsoftgraph/entra-powershell at
 * a36be76).
 */
class BundledRequestPlannerXmlBodyCoverageTest {

    private static final String XML = "<TrustFrameworkPolicy PolicyId=\"B2C_1A_x\"/>";

    private static GraphRequest planned(String command, Object... args) {
        RequestPlan plan = PlannedCalls.planned(command, args);
        assertEquals(1, plan.requests().size());
        assertTrue(plan.write());
        return plan.requests().get(0);
    }

    @Test
    void newTrustFrameworkPolicySendsTheContentAsXml() {
        // New-EntraBetaTrustFrameworkPolicy.ps1 41 $Body = $PSBoundParameters["Content"]; 47 $uri =
        // '/beta/trustframework/policies'; 49 Invoke-GraphRequest -Method 'POST' -ContentType 'application/xml' -Uri
        // $uri -Body $Body -OutputFilePath $outFile (35 $outFile = $tempFilePath without -OutputFilePath)
        GraphRequest r = planned("New-EntraBetaTrustFrameworkPolicy", "Content", XML);
        assertEquals("POST /beta/trustframework/policies " + XML, r.method() + " " + r.relativeUrl() + " " + r.body());
        assertEquals(Map.of("Content-Type", "application/xml"), r.headers());
        assertNull(r.file());
        assertNull(r.replyFile());
    }

    @Test
    void newTrustFrameworkPolicyFromAFileWritesTheReplyToTheOutputFile() {
        // New-EntraBetaTrustFrameworkPolicy.ps1 43-45 $Body = Get-Content -Path $PSBoundParameters["InputFilePath"];
        // 37-39 $outFile = $PSBoundParameters["OutputFilePath"]; 49 -ContentType 'application/xml' -OutputFilePath
        // $outFile
        GraphRequest r = planned("New-EntraBetaTrustFrameworkPolicy", "InputFilePath", "policy.xml",
                "OutputFilePath", "reply.xml");
        assertEquals("POST /beta/trustframework/policies null", r.method() + " " + r.relativeUrl() + " " + r.body());
        assertEquals(new GraphRequest.BodyFile("policy.xml", "application/xml"), r.file());
        assertEquals("reply.xml", r.replyFile());
    }

    @Test
    void setTrustFrameworkPolicyPutsTheValueOfThePolicy() {
        // Set-EntraBetaTrustFrameworkPolicy.ps1 45 $Body = $PSBoundParameters["Content"]; 51-54 $uri =
        // '/beta/trustframework/policies/' + $Id + '/' + '$value'; 56 -Method 'PUT' -ContentType 'application/xml'
        GraphRequest r = planned("Set-EntraBetaTrustFrameworkPolicy", "Id", "B2C_1A_x", "Content", XML,
                "OutputFilePath", "out.xml");
        assertEquals("PUT /beta/trustframework/policies/B2C_1A_x/$value " + XML,
                r.method() + " " + r.relativeUrl() + " " + r.body());
        assertEquals(Map.of("Content-Type", "application/xml"), r.headers());
        assertEquals("out.xml", r.replyFile());
        // 47-49 the File set: Get-Content of -InputFilePath
        GraphRequest file = planned("Set-EntraBetaTrustFrameworkPolicy", "Id", "B2C_1A_x", "InputFilePath", "p.xml");
        assertEquals(new GraphRequest.BodyFile("p.xml", "application/xml"), file.file());
        assertEquals("PUT /beta/trustframework/policies/B2C_1A_x/$value null",
                file.method() + " " + file.relativeUrl() + " " + file.body());
    }
}
