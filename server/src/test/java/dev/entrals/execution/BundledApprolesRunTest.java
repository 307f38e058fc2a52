package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledNewappRunTest}, of New-EntraApplication's model arguments the code rebuilds in its
 * own form (branch {@code approles}): -AppRoles with a new GUID per role, made when the request is sent and shown as a
 * placeholder before; -RequiredResourceAccess, -Api and -ParentalControlSettings as the module's hashtables; the
 * module's messages for what it leaves out as warnings; nothing sent before the confirmation or with -WhatIf; a
 * failing request stops the run.
 */
class BundledApprolesRunTest extends BundledRunCase {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    // New-EntraApplication.ps1:142-198 -AppRoles: 146-149 id = [Guid]::NewGuid().ToString('D'), isEnabled = $true,
    // 165-175 the role's set properties by their .NET names; 177-188 a role without displayName: Write-Error, continue;
    // :560 POST /v1.0/applications -Body ($appBody | ConvertTo-Json -Depth 10)
    private static final String ROLES = "New-EntraApplication -DisplayName app -AppRoles @(@{AllowedMemberTypes="
            + "@('User'); DisplayName='Readers'; Value='read'}, @{AllowedMemberTypes=@('User'); Value='nameless'})";
    private static final String ROLES_BODY = "{\"displayName\":\"app\",\"appRoles\":[{\"id\":\"%s\",\"isEnabled\":true,"
            + "\"AllowedMemberTypes\":[\"User\"],\"DisplayName\":\"Readers\",\"Value\":\"read\"}]}";

    // :200-244 -RequiredResourceAccess, a literal per item and per ResourceAccess item; :246-272 -Api, its scopes
    // rebuilt as six keys; :360-384 -ParentalControlSettings, an invalid legalAgeGroupRule left out after Write-Error
    private static final String OTHERS = "New-EntraApplication -DisplayName app -RequiredResourceAccess @(@{ResourceAppId="
            + "'00000003-0000-0000-c000-000000000000'; ResourceAccess=@(@{Id='e1fe6dd8-ba31-4d61-89e7-88639da4683d';"
            + " Type='Scope'})}) -Api @{RequestedAccessTokenVersion=2; Oauth2PermissionScopes=@(@{Id="
            + "'00000000-0000-0000-0000-0000000000b1'; Value='read'; Type='User'; IsEnabled=$true})}"
            + " -ParentalControlSettings @{LegalAgeGroupRule='Never'}";
    private static final String OTHERS_BODY = "{\"displayName\":\"app\",\"requiredResourceAccess\":[{\"resourceAppId\":"
            + "\"00000003-0000-0000-c000-000000000000\",\"resourceAccess\":[{\"id\":\"e1fe6dd8-ba31-4d61-89e7-88639da4683d\","
            + "\"type\":\"Scope\"}]}],\"api\":{\"RequestedAccessTokenVersion\":2,\"oauth2PermissionScopes\":[{\"id\":"
            + "\"00000000-0000-0000-0000-0000000000b1\",\"adminConsentDescription\":null,\"adminConsentDisplayName\":null,"
            + "\"isEnabled\":true,\"type\":\"User\",\"value\":\"read\"}]},\"parentalControlSettings\":{}}";

    @Test
    void eachRoleGetsANewGuidWhenSentAndAPlaceholderBefore() {
        graph.object("/v1.0/applications", Map.of("id", "00000000-0000-0000-0000-0000000000c1", "displayName", "app"));
        RunResult asked = run(RunInput.commandLine(ROLES));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/applications", String.format(ROLES_BODY,
                "<a new GUID>")), asked.request());
        assertTrue(asked.notes().stream().anyMatch(n -> n.startsWith("WARNING: AppRole must specify displayName")),
                asked.notes()::toString);
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(ROLES + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("<a new GUID>"), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(ROLES).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        String first = sentRole();
        assertTrue(done.notes().stream().anyMatch(n -> n.startsWith("WARNING: AppRole must specify displayName")
                && n.contains("New-EntraApplication.ps1:182")), done.notes()::toString);

        graph.requests.clear();
        assertEquals(RunStatus.OK, run(RunInput.commandLine(ROLES).confirm()).status());
        assertNotEquals(first, sentRole(), "a new GUID per run, as the module's [Guid]::NewGuid()");
    }

    /** The one request sent, its body the module's with the GUID it was sent with; that GUID. */
    private String sentRole() {
        List<String> sent = sent();
        assertEquals(1, sent.size(), sent::toString);
        Matcher id = GUID.matcher(sent.get(0));
        assertTrue(id.find(), sent.get(0));
        assertEquals("POST /v1.0/applications " + String.format(ROLES_BODY, id.group()), sent.get(0));
        return id.group();
    }

    @Test
    void theOtherRebuiltArgumentsAreSentAsTheModuleBuildsThem() {
        graph.object("/v1.0/applications", Map.of("id", "00000000-0000-0000-0000-0000000000c1", "displayName", "app"));
        RunResult asked = run(RunInput.commandLine(OTHERS));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/applications", OTHERS_BODY), asked.request());
        assertEquals(List.of(), graph.requests);

        RunResult done = run(RunInput.commandLine(OTHERS).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/applications " + OTHERS_BODY), sent());
        // :369-370 Write-Error then return inside ForEach-Object: the property is left out, the request still sent
        assertTrue(done.notes().stream().anyMatch(n -> n.startsWith("WARNING: Invalid value specified for property"
                + " 'legalAgeGroupRule'.") && n.contains("evidently meant to stop")), done.notes()::toString);
    }

    @Test
    void aFailingRequestStopsTheRunAndSaysSo() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine(ROLES).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(1, graph.requests.size(), "the one POST, not sent again");
        assertTrue(GUID.matcher(sent().get(0)).find(), sent()::toString);
        assertTrue(r.text().contains("Status: 403"), r.text());
    }
}
