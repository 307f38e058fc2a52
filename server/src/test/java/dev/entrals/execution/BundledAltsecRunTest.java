package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledObjargsRunTest}, of {@code Set-Entra[Beta]Device -AlternativeSecurityIds} (branch
 * {@code altsec}): the module's {@code -BodyParameter} with the key re-encoded (UTF-8 text, then ASCII bytes, in Base64
 * as the SDK writes bytes) sent after the confirmation; -WhatIf sends nothing; with another body argument nothing is
 * sent (PowerShell cannot resolve the SDK cmdlet's set); a failing request is reported.
 */
class BundledAltsecRunTest extends BundledRunCase {

    private static final String DEVICE = "00000000-0000-0000-0000-000000000001";
    // Set-EntraDevice.ps1:64-78 $key = [System.Text.Encoding]::UTF8.GetString($TmpValue.key); $Temp = @{
    // alternativeSecurityIds = @( @{ type = $TmpValue.type; key = [System.Text.Encoding]::ASCII.GetBytes($key) } ) };
    // $params["BodyParameter"] = $Value; :184 Update-MgDevice (PATCH /devices/{device-id}); 0x58 0x35 is "X5"
    private static final String SET = "Set-EntraDevice -DeviceObjectId " + DEVICE
            + " -AlternativeSecurityIds @{Type=2; Key=@(0x58,0x35)}";
    private static final String BODY = "{\"alternativeSecurityIds\":[{\"type\":2,\"key\":\"WDU=\"}]}";

    @Test
    void theBodyParameterIsSentAfterTheConfirmation() {
        graph.object("/v1.0/devices/" + DEVICE, Map.of("id", DEVICE));
        RunResult asked = run(RunInput.commandLine(SET));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("PATCH " + graph.baseUrl() + "/v1.0/devices/" + DEVICE, BODY), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(SET + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(SET).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PATCH /v1.0/devices/" + DEVICE + " " + BODY), sent());
    }

    @Test
    void aKeyThatIsNotAsciiIsSentAsTheModuleReencodesIt() {
        // Set-EntraBetaDevice.ps1:60-74 the same block, :184 Update-MgBetaDevice; C3 A9 is é in UTF-8, which
        // ASCII.GetBytes writes as '?': "X?" (WD8=)
        String line = "Set-EntraBetaDevice -ObjectId " + DEVICE + " -AlternativeSecurityIds @(@{Type=2;"
                + " Key=(88, 0xC3, 0xA9)})";
        graph.object("/beta/devices/" + DEVICE, Map.of("id", DEVICE));
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertTrue(asked.notes().stream().anyMatch(n -> n.startsWith("-AlternativeSecurityIds's key is not ASCII text")
                && n.endsWith("3 bytes given, 2 sent")), asked.notes()::toString);
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");
        RunResult done = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PATCH /beta/devices/" + DEVICE + " {\"alternativeSecurityIds\":[{\"type\":2,\"key\":"
                + "\"WD8=\"}]}"), sent());
    }

    @Test
    void withAnotherBodyArgumentNothingIsSent() {
        // :147-150 $params["DisplayName"] beside :77 -BodyParameter: no set of Update-MgDevice takes both
        RunResult r = run(RunInput.commandLine(SET + " -DisplayName 'Kiosk 7'").confirm());
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertTrue(r.text().contains("-AlternativeSecurityIds is passed to the Graph SDK cmdlet as -BodyParameter,"
                + " which it takes only in a parameter set of its own"), r.text());
        assertTrue(r.text().contains("(-DisplayName given here)"), r.text());
        assertEquals(List.of(), graph.requests);

        RunResult two = run(RunInput.commandLine("Set-EntraDevice -DeviceObjectId " + DEVICE
                + " -AlternativeSecurityIds @(@{Type=2; Key=88}, @{Type=2; Key=89})").confirm());
        assertEquals(RunStatus.UNSUPPORTED, two.status(), two.text());
        assertTrue(two.text().contains("-AlternativeSecurityIds has 2 items"), two.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void aFailingRequestIsReported() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine(SET).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("PATCH /v1.0/devices/" + DEVICE + " " + BODY), sent());
        assertTrue(r.text().contains("Status: 403"), r.text());
    }
}
