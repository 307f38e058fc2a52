package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms read on the branch {@code appproxy}: a body built in branches on an argument's
 * value, a nested body property set under a condition on the arguments, and the arguments without which the module
 * fails or stops before it sends. Each expectation is written by hand from the module's code (file and line named;
 * microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerAppProxyCoverageTest {

    private static final String SEGMENT = "New-EntraBetaPrivateAccessApplicationSegment";
    // New-EntraBetaPrivateAccessApplicationSegment.ps1:86 Uri = "/beta/applications/$ApplicationId/onPremisesPublishing
    // /segmentsConfiguration/microsoft.graph.ipSegmentConfiguration/applicationSegments/", :85 Method = 'POST'
    private static final String SEGMENTS = "POST /beta/applications/app-1/onPremisesPublishing/segmentsConfiguration"
            + "/microsoft.graph.ipSegmentConfiguration/applicationSegments/ ";
    private static final String SSO = "Set-EntraBetaApplicationProxyApplicationSingleSignOn";

    private static String request(RequestPlan plan) {
        assertEquals(1, plan.requests().size());
        assertEquals(List.of(), plan.lookups());
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl() + " " + r.body();
    }

    @Test
    void aDnsSuffixSegmentSendsTheLowerCaseHostAndItsType() {
        // :59 if ($DestinationType -eq "dnsSuffix") { :60-63 $body = @{ destinationHost = $DestinationHost.ToLower();
        // destinationType = 'dnsSuffix' } }
        RequestPlan plan = planned(SEGMENT, "ApplicationId", "app-1", "DestinationHost", "Corp.Contoso.COM",
                "DestinationType", "dnsSuffix");
        assertEquals(SEGMENTS + "{\"destinationHost\":\"corp.contoso.com\",\"destinationType\":\"dnsSuffix\"}",
                request(plan));
    }

    @Test
    void anotherTypeSendsProtocolsPortRangesAndTheMappedType() {
        // :49-56 foreach ($port in $Ports) { if (!$port.Contains("-")) { $portRanges += "$port-$port" } else {
        // $portRanges += $port } }; :66-71 switch ($DestinationType) { "ipAddress" { $dstType = 'ip' } … };
        // :72-77 $body = @{ destinationHost = …ToLower(); protocol = $Protocol.ToLower() -join ","; ports =
        // $portRanges; destinationType = $dstType }
        RequestPlan plan = planned(SEGMENT, "ApplicationId", "app-1", "DestinationHost", "10.0.0.1",
                "DestinationType", "ipAddress", "Ports", List.of("80", "443-445"), "Protocol", List.of("TCP", "UDP"));
        assertEquals(SEGMENTS + "{\"destinationHost\":\"10.0.0.1\",\"protocol\":\"tcp,udp\",\"ports\":[\"80-80\","
                + "\"443-445\"],\"destinationType\":\"ip\"}", request(plan));
        // :69 "fqdn" { $dstType = 'fqdn' }: a switch compares in any case, so -DestinationType FQDN (:28) is 'fqdn'
        plan = planned(SEGMENT, "ApplicationId", "app-1", "DestinationHost", "App.Contoso.com",
                "DestinationType", "FQDN", "Ports", "8080", "Protocol", "TCP");
        assertEquals(SEGMENTS + "{\"destinationHost\":\"app.contoso.com\",\"protocol\":\"tcp\",\"ports\":"
                + "[\"8080-8080\"],\"destinationType\":\"fqdn\"}", request(plan));
        // :46 $portRanges = @(): without -Ports the list is empty
        plan = planned(SEGMENT, "ApplicationId", "app-1", "DestinationHost", "10.0.0.0/24",
                "DestinationType", "ipRangeCidr", "Protocol", "UDP");
        assertEquals(SEGMENTS + "{\"destinationHost\":\"10.0.0.0/24\",\"protocol\":\"udp\",\"ports\":[],"
                + "\"destinationType\":\"ipRangeCidr\"}", request(plan));
    }

    @Test
    void withoutProtocolOnlyADnsSuffixIsSent() {
        // :74 $Protocol.ToLower() on $null throws inside the try (:43): :95-96 catch writes the error, nothing is sent
        String why = refused(SEGMENT, "ApplicationId", "app-1", "DestinationHost", "10.0.0.1",
                "DestinationType", "ipAddress", "Ports", "80");
        assertTrue(why.contains("sends no request with these arguments: the module sends nothing when"
                + " -DestinationType is not dnsSuffix and -Protocol is not given ($Protocol.ToLower() on $null fails,"
                + " EntraBeta/Microsoft.Entra.Beta/NetworkAccess/New-EntraBetaPrivateAccessApplicationSegment.ps1:74)"),
                why);
        RequestPlan sent = planned(SEGMENT, "ApplicationId", "app-1", "DestinationHost", "contoso.com",
                "DestinationType", "dnsSuffix");
        // a call that sends is not told when the module would send nothing
        assertTrue(sent.notes().stream().noneMatch(n -> n.contains("sends nothing when")), sent.notes()::toString);
    }

    @Test
    void aKerberosModeSendsItsSettingsInsideTheSingleSignOnSettings() {
        // Set-EntraBetaApplicationProxyApplicationSingleSignOn.ps1:27 PATCH, :30 "/beta/applications/$ApplicationId";
        // :32-43 each of the three arguments with a small first letter (Substring(0, 1).ToLower() + Substring(1));
        // :44-50 $body = @{ onPremisesPublishing = @{ singleSignOnSettings = @{ singleSignOnMode = … } } };
        // :52 if (SPN not blank -or identity not blank -and (mode -ne 'none' -and mode -ne 'headerbased')) {
        // :61-64 $body.onPremisesPublishing.singleSignOnSettings.kerberosSignOnSettings = @{
        // kerberosServicePrincipalName = SPN; kerberosSignOnMappingAttributeType = identity } }
        RequestPlan plan = planned(SSO, "ApplicationId", "app-1", "SingleSignOnMode", "OnPremisesKerberos",
                "KerberosInternalApplicationServicePrincipalName", "HTTP/web.contoso.com",
                "KerberosDelegatedLoginIdentity", "OnPremisesUserPrincipalName");
        assertEquals("PATCH /beta/applications/app-1 {\"onPremisesPublishing\":{\"singleSignOnSettings\":"
                + "{\"singleSignOnMode\":\"onPremisesKerberos\",\"kerberosSignOnSettings\":"
                + "{\"kerberosServicePrincipalName\":\"hTTP/web.contoso.com\","
                + "\"kerberosSignOnMappingAttributeType\":\"onPremisesUserPrincipalName\"}}}}", request(plan));
    }

    @Test
    void anotherModeSendsTheModeAlone() {
        // :52 the condition is false without the Kerberos arguments, and for 'none' / 'headerbased' (-ne compares in
        // any case after :34 made the first letter small)
        assertEquals("PATCH /beta/applications/app-1 {\"onPremisesPublishing\":{\"singleSignOnSettings\":"
                + "{\"singleSignOnMode\":\"none\"}}}", request(planned(SSO, "ApplicationId", "app-1",
                "SingleSignOnMode", "None")));
        RequestPlan plan = planned(SSO, "ApplicationId", "app-1", "SingleSignOnMode", "HeaderBased",
                "KerberosInternalApplicationServicePrincipalName", "HTTP/web.contoso.com",
                "KerberosDelegatedLoginIdentity", "userPrincipalName");
        assertEquals("PATCH /beta/applications/app-1 {\"onPremisesPublishing\":{\"singleSignOnSettings\":"
                + "{\"singleSignOnMode\":\"headerBased\"}}}", request(plan));
    }

    @Test
    void aKerberosModeWithOneOfItsTwoArgumentsStopsWithTheModulesMessage() {
        // :53-56 if ($KerberosInternalApplicationServicePrincipalName -eq '') { Write-Error "…"; break }: nothing sent
        String why = refused(SSO, "ApplicationId", "app-1", "SingleSignOnMode", "onPremisesKerberos",
                "KerberosDelegatedLoginIdentity", "userPrincipalName");
        assertTrue(why.contains("KerberosInternalApplicationServicePrincipalName is a required field for kerberos"
                + " mode.\", EntraBeta/Microsoft.Entra.Beta/Applications/"
                + "Set-EntraBetaApplicationProxyApplicationSingleSignOn.ps1:53)"), why);
        // :57-60 elseif ($KerberosDelegatedLoginIdentity -eq '') { Write-Error "…"; break }
        why = refused(SSO, "ApplicationId", "app-1", "SingleSignOnMode", "onPremisesKerberos",
                "KerberosInternalApplicationServicePrincipalName", "HTTP/web.contoso.com");
        assertTrue(why.contains("KerberosDelegatedLoginIdentity is a required field for kerberos mode.\""), why);
    }
}
