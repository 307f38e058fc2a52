package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs, as {@link BundledObjargsRunTest}, of the small arguments and sets read on the branch {@code smallargs}:
 * {@code -AccountEnabled} parsed as {@code [bool]::TryParse} does (sent after the confirmation, a text it cannot read
 * refused with the module's message, nothing sent), and the domain PowerShell asks for when
 * {@code Get-EntraFederationProperty} calls its SDK cmdlet without one (asked for by name, then sent).
 */
class BundledSmallargsRunTest extends BundledRunCase {

    // New-EntraServicePrincipal.ps1:207-218 [bool]::TryParse($TmpValue, [ref]$Value), else throw;
    // :228 New-MgServicePrincipal (POST /servicePrincipals)
    private static final String NEW_SP = "New-EntraServicePrincipal -AppId app-1 -AccountEnabled 'false'";
    private static final String BODY = "{\"appId\":\"app-1\",\"accountEnabled\":false}";
    // Get-EntraFederationProperty.ps1:72 Get-MgDomainFederationConfiguration, no -DomainId in set GetQuery
    private static final String FEDERATION = "/v1.0/domains/contoso.com/federationConfiguration";

    private static RunInput supplied(String line, Map<String, String> values) {
        return new RunInput(line, 0, line.length(), values, true, false, null, 0);
    }

    @Test
    void accountEnabledIsSentAsABooleanAfterTheConfirmation() {
        graph.object("/v1.0/servicePrincipals", Map.of("id", "sp-1"));
        RunResult asked = run(RunInput.commandLine(NEW_SP));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/servicePrincipals", BODY), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(NEW_SP + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(NEW_SP).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/servicePrincipals " + BODY), sent());
    }

    @Test
    void aTextTryParseCannotReadIsRefusedWithTheModulesMessage() {
        RunResult r = run(RunInput.commandLine("New-EntraBetaServicePrincipal -AppId app-1 -AccountEnabled yes")
                .confirm());
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertTrue(r.text().contains("sends nothing with these arguments: -AccountEnabled 'yes' is neither true nor"
                + " false ([bool]::TryParse): the module throws 'Invalid input for AccountEnabled'"), r.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void aFailingWriteIsReported() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine(NEW_SP).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("POST /v1.0/servicePrincipals " + BODY), sent());
        assertTrue(r.text().contains("Status: 403"), r.text());
    }

    @Test
    void aLogosBytesAreSentAsTheBodyAfterTheConfirmation() {
        // Set-EntraApplicationLogo.ps1:16-18 set ByteArray's -ImageByteArray, never read by the module (no body):
        // sent as evidently meant, PUT /applications/{id}/logo with -ContentType "image/*" (:69)
        String line = "Set-EntraApplicationLogo -ApplicationId app-1 -ImageByteArray 80,78,71";
        graph.object("/v1.0/applications/app-1/logo", Map.of());
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("PUT " + graph.baseUrl() + "/v1.0/applications/app-1/logo",
                "<3 bytes given in the call, Content-Type: image/*>"), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");
        RunResult whatIf = run(RunInput.commandLine(line + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PUT /v1.0/applications/app-1/logo PNG"), sent());
        assertEquals("image/*", graph.requests.get(0).headers().get("content-type"));
    }

    @Test
    void aStreamVariableIsAskedForAndTheFileGivenForItIsSentAsTheLogo(@TempDir Path dir) throws Exception {
        // Set-EntraApplicationLogo.ps1:24-26 set Stream's -FileStream, never read by the module (no body): the stream's
        // bytes sent as meant; $s is not a literal, so it is asked for, and the answer is the file the stream reads
        Path logo = Files.write(dir.resolve("logo.png"), new byte[] {'P', 'N', 'G'});
        String line = "Set-EntraApplicationLogo -ApplicationId app-1 -FileStream $s";
        graph.object("/v1.0/applications/app-1/logo", Map.of());
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.NOT_EVALUATED, asked.status(), asked.text());
        assertTrue(asked.text().contains("-FileStream $s"), asked.text());

        RunInput given = new RunInput(line, 0, line.length(), Map.of("FileStream", logo.toString()), false, false,
                ResultFormat.AUTO, 0);
        RunResult confirm = run(given);
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, confirm.status(), confirm.text());
        assertEquals(List.of("PUT " + graph.baseUrl() + "/v1.0/applications/app-1/logo",
                "<the bytes of the file " + logo + ", 3 bytes, Content-Type: image/*>"), confirm.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult done = run(given.confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PUT /v1.0/applications/app-1/logo PNG"), sent());
        assertEquals("image/*", graph.requests.get(0).headers().get("content-type"));
    }

    @Test
    void theDomainPowerShellWouldPromptForIsAskedForByNameThenSent() {
        RunResult asked = run(RunInput.commandLine("Get-EntraFederationProperty"));
        assertEquals(RunStatus.NOT_EVALUATED, asked.status(), asked.text());
        assertTrue(asked.text().contains("DomainId"), asked.text());
        assertTrue(asked.text().contains("or a person at its console"), asked.text());
        assertEquals(List.of(), graph.requests);

        graph.collection(FEDERATION, List.of(Map.of("id", "f-1", "displayName", "Contoso ADFS")));
        RunResult done = run(supplied("Get-EntraFederationProperty", Map.of("DomainId", "contoso.com")));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + FEDERATION + ""), sent());
        assertTrue(done.text().contains("Contoso ADFS"), done.text());
    }

    @Test
    void theOtherSetNeedsNoAnswer() {
        // Get-EntraFederationProperty.ps1:27-29 set GetById: -DomainName is the SDK's -DomainId
        graph.collection("/v1.0/domains/fabrikam.com/federationConfiguration", List.of(Map.of("id", "f-2")));
        RunResult done = run(RunInput.commandLine("Get-EntraFederationProperty -DomainName fabrikam.com"));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET /v1.0/domains/fabrikam.com/federationConfiguration"), sent());
    }

    @Test
    void aFailingGetIsReported() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(supplied("Get-EntraBetaFederationProperty", Map.of("DomainId", "contoso.com")));
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET /beta/domains/contoso.com/federationConfiguration"), sent());
    }
}
