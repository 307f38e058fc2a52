package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledMultiwriteRunTest}, of the forms read on the branch {@code appproxy}: a body built in
 * branches on an argument's value, a nested body property set under a condition, and calls the module stops before
 * sending. Each recorded request is what the module's code sends for that branch; nothing before the confirmation,
 * nothing with {@code -WhatIf}; a failing request is reported with nothing changed.
 */
class BundledAppProxyRunTest extends BundledRunCase {

    // New-EntraBetaPrivateAccessApplicationSegment.ps1:85-86 POST /beta/applications/$ApplicationId/onPremisesPublishing
    // /segmentsConfiguration/microsoft.graph.ipSegmentConfiguration/applicationSegments/
    private static final String SEGMENTS = "/beta/applications/app-1/onPremisesPublishing/segmentsConfiguration"
            + "/microsoft.graph.ipSegmentConfiguration/applicationSegments";
    private static final String SEGMENT = "New-EntraBetaPrivateAccessApplicationSegment -ApplicationId app-1";
    // :72-77 the body of a type other than dnsSuffix: ports from :49-56, the type from the switch at :66-71
    private static final String IP_BODY = "{\"destinationHost\":\"10.1.2.3\",\"protocol\":\"tcp,udp\","
            + "\"ports\":[\"80-80\",\"443-445\"],\"destinationType\":\"ip\"}";
    private static final String IP_SEGMENT = SEGMENT + " -DestinationHost 10.1.2.3 -DestinationType ipAddress"
            + " -Ports 80,443-445 -Protocol TCP,UDP";

    // Set-EntraBetaApplicationProxyApplicationSingleSignOn.ps1:27,30 PATCH /beta/applications/$ApplicationId
    private static final String SSO = "Set-EntraBetaApplicationProxyApplicationSingleSignOn -ApplicationId app-1";

    @Test
    void aSegmentIsConfirmedFirstAndWhatIfSendsNothing() {
        graph.object(SEGMENTS, Map.of("id", "seg-1"));
        RunResult asked = run(RunInput.commandLine(IP_SEGMENT));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + SEGMENTS + "/", IP_BODY), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(IP_SEGMENT + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(IP_SEGMENT).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST " + SEGMENTS + "/ " + IP_BODY), sent());
    }

    @Test
    void eachBranchOnTheDestinationTypeSendsItsOwnBody() {
        graph.object(SEGMENTS, Map.of("id", "seg-1"));
        // :59-63 dnsSuffix: the host in lower case and the type, no ports nor protocol
        RunResult dns = run(RunInput.commandLine(SEGMENT + " -DestinationHost Corp.Contoso.COM -DestinationType dnsSuffix")
                .confirm());
        assertEquals(RunStatus.OK, dns.status(), dns.text());
        // :69 FQDN is 'fqdn' (a switch compares in any case); :46 no -Ports: an empty list
        RunResult fqdn = run(RunInput.commandLine(SEGMENT + " -DestinationHost App.Contoso.com -DestinationType FQDN"
                + " -Protocol TCP").confirm());
        assertEquals(RunStatus.OK, fqdn.status(), fqdn.text());
        assertEquals(List.of("POST " + SEGMENTS + "/ {\"destinationHost\":\"corp.contoso.com\","
                + "\"destinationType\":\"dnsSuffix\"}", "POST " + SEGMENTS + "/ {\"destinationHost\":\"app.contoso.com\","
                + "\"protocol\":\"tcp\",\"ports\":[],\"destinationType\":\"fqdn\"}"), sent());
    }

    @Test
    void withoutProtocolAnIpSegmentIsRefusedAndNothingIsSent() {
        // :74 $Protocol.ToLower() on $null throws in the try: the module's catch (:95-96) writes an error, sends nothing
        RunResult r = run(RunInput.commandLine(SEGMENT + " -DestinationHost 10.1.2.3 -DestinationType ipAddress")
                .confirm());
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertTrue(r.text().contains("-DestinationType is not dnsSuffix and -Protocol is not given"), r.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void aFailingSegmentPostIsReportedAndNothingWasChanged() {
        // the stand-in knows no application app-1 here: it answers the POST with 404
        RunResult r = run(RunInput.commandLine(IP_SEGMENT).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("POST " + SEGMENTS + "/ " + IP_BODY), sent(), "sent once");
        assertTrue(r.text().contains("Status: 404"), r.text());
    }

    @Test
    void singleSignOnSendsTheKerberosSettingsOnlyInAKerberosMode() {
        graph.object("/beta/applications/app-1", Map.of("id", "app-1"));
        String kerberos = SSO + " -SingleSignOnMode OnPremisesKerberos -KerberosInternalApplicationServicePrincipalName"
                + " HTTP/web.contoso.com -KerberosDelegatedLoginIdentity OnPremisesUserPrincipalName";
        // :44-50 the mode, :61-64 the Kerberos settings inside it; :34,38,42 each value with a small first letter
        String body = "{\"onPremisesPublishing\":{\"singleSignOnSettings\":{\"singleSignOnMode\":\"onPremisesKerberos\","
                + "\"kerberosSignOnSettings\":{\"kerberosServicePrincipalName\":\"hTTP/web.contoso.com\","
                + "\"kerberosSignOnMappingAttributeType\":\"onPremisesUserPrincipalName\"}}}}";
        RunResult asked = run(RunInput.commandLine(kerberos));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("PATCH " + graph.baseUrl() + "/beta/applications/app-1", body), asked.request());
        RunResult whatIf = run(RunInput.commandLine(kerberos + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "nothing before the confirmation, nothing with -WhatIf");

        assertEquals(RunStatus.OK, run(RunInput.commandLine(kerberos).confirm()).status());
        // :52 the condition is false for 'headerbased': the mode alone
        RunResult header = run(RunInput.commandLine(SSO + " -SingleSignOnMode HeaderBased"
                + " -KerberosInternalApplicationServicePrincipalName HTTP/web.contoso.com").confirm());
        assertEquals(RunStatus.OK, header.status(), header.text());
        assertEquals(List.of("PATCH /beta/applications/app-1 " + body, "PATCH /beta/applications/app-1"
                + " {\"onPremisesPublishing\":{\"singleSignOnSettings\":{\"singleSignOnMode\":\"headerBased\"}}}"),
                sent());
    }

    @Test
    void aKerberosModeWithoutTheServicePrincipalNameStopsAsTheModuleDoes() {
        graph.object("/beta/applications/app-1", Map.of("id", "app-1"));
        // :53-56 Write-Error "… KerberosInternalApplicationServicePrincipalName is a required field …"; break
        RunResult r = run(RunInput.commandLine(SSO + " -SingleSignOnMode OnPremisesKerberos"
                + " -KerberosDelegatedLoginIdentity OnPremisesUserPrincipalName").confirm());
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertTrue(r.text().contains("KerberosInternalApplicationServicePrincipalName is a required field for kerberos"
                + " mode."), r.text());
        assertEquals(List.of(), graph.requests);
    }
}
