package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.requests;
import static dev.entrals.graph.PlannedCalls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms read on the branch {@code appproxy2}: a local set in the branches of
 * {@code if ($P.EndsWith("/"))}, strings joined with {@code +}, a hashtable built key by key (one key rewritten in
 * place), a URL joined with {@code + '$ref'}, a step under {@code $null -ne $PSBoundParameters["P"]}, and the final
 * GET's reshaped reply (noted). Each expectation is written by hand from the module's code (file and line named;
 * microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerAppProxy2CoverageTest {

    private static final String EXT = "https://app-contoso.msappproxy.net/";

    @Test
    void setPatchesTheUrlsThenThePublishingThenPutsTheConnectorGroupThenReads() {
        // Set-EntraBetaApplicationProxyApplication.ps1 102-107 if ($ExternalUrl.EndsWith("/")) { $exUrl =
        // $ExternalUrl.TrimEnd("/") } else { $exUrl = $ExternalUrl }; 108-115 $updateUrlBody = @{ identifierUris =
        // @($exUrl); web = @{ redirectUris = @($ExternalUrl); homePageUrl = $InternalUrl; logoutUrl = $ExternalUrl +
        // "?appproxy=logout" } }; 117 PATCH "/beta/applications/$ApplicationId"
        String urls = "PATCH /beta/applications/app-1 {\"identifierUris\":[\"https://app-contoso.msappproxy.net\"],"
                + "\"web\":{\"redirectUris\":[\"" + EXT + "\"],\"homePageUrl\":\"http://intranet/\","
                + "\"logoutUrl\":\"" + EXT + "?appproxy=logout\"}}";
        // 61 $onPremisesPublishing = @{}; 72-99 $onPremisesPublishing["externalUrl"] = $PSBoundParameters["ExternalUrl"]
        // … each in its argument's block; 80 externalAuthenticationType rewritten with .Substring(0, 1).ToLower() +
        // .Substring(1); 125-127 PATCH @{onPremisesPublishing = $onPremisesPublishing }
        String publishing = "PATCH /beta/applications/app-1 {\"onPremisesPublishing\":{\"externalUrl\":\"" + EXT
                + "\",\"internalUrl\":\"http://intranet/\",\"externalAuthenticationType\":\"passthru\","
                + "\"applicationServerTimeout\":\"Long\"}}";
        // 135-143 if ($null -ne $PSBoundParameters["ConnectorGroupId"]) { "@odata.id" =
        // "$rootUri/beta/onPremisesPublishingProfiles/applicationproxy/connectorGroups/$ConnectorGroupId";
        // PUT "/beta/applications/$ApplicationId/connectorGroup/" + '$ref' }
        String connector = "PUT /beta/applications/app-1/connectorGroup/$ref {\"@odata.id\":\"https://graph.microsoft"
                + ".com/beta/onPremisesPublishingProfiles/applicationproxy/connectorGroups/cg-1\"}";
        RequestPlan plan = planned("Set-EntraBetaApplicationProxyApplication", "ApplicationId", "app-1",
                "ExternalUrl", EXT, "InternalUrl", "http://intranet/", "ExternalAuthenticationType", "Passthru",
                "ApplicationServerTimeout", "Long", "ConnectorGroupId", "cg-1");
        assertEquals(List.of(urls, publishing, connector), steps(plan));
        // 155 GET "/beta/applications/$ApplicationId/onPremisesPublishing"; 156-161 Add-Member ObjectId, Select-Object
        assertEquals(List.of("GET /beta/applications/app-1/onPremisesPublishing"), requests(plan));
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module reshapes the reply")
                && n.contains("adds ObjectId and keeps only ObjectId, ExternalAuthenticationType")), plan.notes()::toString);
    }

    @Test
    void setWithoutAConnectorGroupSendsNoPutAndKeepsAUrlWithoutASlash() {
        // Set-EntraBetaApplicationProxyApplication.ps1 106 $exUrl = $ExternalUrl (no "/" at the end); 135 no PUT
        RequestPlan plan = planned("Set-EntraBetaApplicationProxyApplication", "ApplicationId", "app-1",
                "ExternalUrl", "https://a.msappproxy.net", "InternalUrl", "http://i/", "IsHttpOnlyCookieEnabled", false);
        assertEquals(List.of("PATCH /beta/applications/app-1 {\"identifierUris\":[\"https://a.msappproxy.net\"],"
                + "\"web\":{\"redirectUris\":[\"https://a.msappproxy.net\"],\"homePageUrl\":\"http://i/\","
                + "\"logoutUrl\":\"https://a.msappproxy.net?appproxy=logout\"}}",
                "PATCH /beta/applications/app-1 {\"onPremisesPublishing\":{\"externalUrl\":\"https://a.msappproxy.net\","
                + "\"internalUrl\":\"http://i/\",\"isHttpOnlyCookieEnabled\":false}}"), steps(plan));
        assertEquals(List.of("GET /beta/applications/app-1/onPremisesPublishing"), requests(plan));
    }

    @Test
    void newPostsTheAppThenWritesUnderConditionsOnItsReply() {
        // New-EntraBetaApplicationProxyApplication.ps1 109-113 POST '/beta/applications' {displayName}; 114 $Id =
        // $NewApp.Id; 122 if ($null -ne $NewApp) { 123-137 PATCH "/beta/applications/$Id" identifierUris/web };
        // 146 if ($null -ne $NewApp) { 147-151 POST "/beta/servicePrincipals" @{ appId = $NewApp.AppId } }; 160 if
        // ($null -ne $ServicePrincipal -and $null -ne $NewApp) { 161-163 PATCH @{onPremisesPublishing = …} }; 172 if
        // ($null -ne $PSBoundParameters["ConnectorGroupId"] -and $null -ne $NewApp) { 178-180 PUT …/connectorGroup/$ref }
        RequestPlan plan = planned("New-EntraBetaApplicationProxyApplication", "DisplayName", "P1", "ExternalUrl",
                "https://a.msappproxy.net/", "InternalUrl", "http://i/", "ExternalAuthenticationType", "Passthru");
        String app = "/beta/applications/<Id from POST /beta/applications>";
        assertEquals(List.of("POST /beta/applications {\"displayName\":\"P1\"}",
                "PATCH " + app + " {\"identifierUris\":[\"https://a.msappproxy.net\"],\"web\":{\"redirectUris\":"
                        + "[\"https://a.msappproxy.net/\"],\"homePageUrl\":\"http://i/\"}}",
                "POST /beta/servicePrincipals {\"appId\":\"<AppId from POST /beta/applications>\"}",
                "PATCH " + app + " {\"onPremisesPublishing\":{\"externalUrl\":\"https://a.msappproxy.net/\","
                        + "\"internalUrl\":\"http://i/\",\"externalAuthenticationType\":\"passthru\"}}"), steps(plan));
        // each later write is sent only when the replies it names have come and hold something (checked by the run)
        assertEquals(List.of(List.of(), List.of(1), List.of(1), List.of(3, 1)),
                plan.lookups().stream().map(RequestPlan.Lookup::needs).toList());
        // 190 GET "/beta/applications/$Id/onPremisesPublishing"
        assertEquals(List.of("GET " + app + "/onPremisesPublishing"), requests(plan));
    }
}
