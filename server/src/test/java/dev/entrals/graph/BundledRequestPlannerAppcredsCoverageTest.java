package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.line;
import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the list arguments of branch {@code appcreds}: New-Entra[Beta]Application's -AddIns,
 * -KeyCredentials and -PasswordCredentials (one hashtable built per item, in its Invoke-MgGraphRequest body),
 * Set-EntraApplication -AddIns and Set-EntraBetaApplication -PreAuthorizedApplications (lists handed to the Graph
 * SDK cmdlet). Each expectation is written by hand from the module's code (file and line named;
 * microsoftgraph/entra-powershell).
 */
class BundledRequestPlannerAppcredsCoverageTest {

    private static final String APP = "00000000-0000-0000-0000-0000000000a1";
    private static final String OUTLOOK = "00000002-0000-0ff1-ce00-000000000000";

    @Test
    void addInsAreEachWithTheirOwnKeyValueProperties() {
        // New-EntraApplication.ps1 78 [System.Object[]] $AddIns; 409-430 foreach ($addin in $AddIns) { $addinHash =
        // @{ id = $addin.Id; type = $addin.Type; properties = @() }; if ($addin.Properties) { foreach ($prop in
        // $addin.Properties) { $addinHash.properties += @{ key = $prop.Key; value = $prop.Value } } }; … };
        // $appBody['addIns'] = $addInsArray; 560 POST /v1.0/applications -Body ($appBody | ConvertTo-Json -Depth 10):
        // one hashtable is a one-item list; no Properties: the empty list; no Id: null, as ConvertTo-Json writes it
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "Contoso Email Insights", "AddIns", List.of(
                map("Id", OUTLOOK, "Type", "messageReadCommandSurface", "Properties", List.of(
                        map("Key", "extensionId", "Value", "Contoso.EmailInsights"),
                        map("Key", "sourceLocation", "Value", "https://contoso.com/addin/home.html"))),
                map("Type", "mailRead")));
        assertEquals("POST /v1.0/applications {\"displayName\":\"Contoso Email Insights\",\"addIns\":[{\"id\":\""
                + OUTLOOK + "\",\"type\":\"messageReadCommandSurface\",\"properties\":[{\"key\":\"extensionId\","
                + "\"value\":\"Contoso.EmailInsights\"},{\"key\":\"sourceLocation\",\"value\":"
                + "\"https://contoso.com/addin/home.html\"}]},{\"id\":null,\"type\":\"mailRead\",\"properties\":[]}]}",
                line(plan.requests().get(0)));
        // New-EntraBetaApplication.ps1 409-430 the same code; 561 POST /beta/applications
        assertEquals("POST /beta/applications {\"displayName\":\"app\",\"addIns\":[{\"id\":\"" + OUTLOOK
                + "\",\"type\":\"t\",\"properties\":[{\"key\":\"k\",\"value\":\"v\"}]}]}", line(planned(
                "New-EntraBetaApplication", "DisplayName", "app", "AddIns", map("Id", OUTLOOK, "Type", "t",
                        "Properties", map("Key", "k", "Value", "v"))).requests().get(0)));
    }

    @Test
    void keyCredentialsTakeTheKeysGivenAndWriteTheirDatesInUtc() {
        // New-EntraApplication.ps1 82 [System.Object[]] $KeyCredentials (a hashtable stays one: 438 the hashtable
        // branch); 439-461 if ($cred.ContainsKey('X') -or $null -ne $cred.X) { $credHash['x'] = $cred.X }, the dates
        // $cred.EndDateTime.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ") (447, 454): T and Z are literal in
        // a .NET custom format; +02:00 is the instant two hours before in UTC
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "KeyCredentials", List.of(map(
                "Type", "AsymmetricX509Cert", "Usage", "Verify", "Key", "MIIBcert", "DisplayName", "cert",
                "EndDateTime", "2027-01-01T00:00:00Z", "StartDateTime", "2026-01-01T12:30:45+02:00")));
        assertEquals("POST /v1.0/applications {\"displayName\":\"app\",\"keyCredentials\":[{\"displayName\":\"cert\","
                + "\"endDateTime\":\"2027-01-01T00:00:00Z\",\"key\":\"MIIBcert\",\"startDateTime\":\"2026-01-01T10:30:45Z\","
                + "\"type\":\"AsymmetricX509Cert\",\"usage\":\"Verify\"}]}", line(plan.requests().get(0)));
        // the text is no [DateTime] in a [System.Object[]]: the module's .ToUniversalTime() fails on it; the note says
        // the plan reads it as the date meant
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("-KeyCredentials's EndDateTime is text")
                && n.contains("as the module means")), plan.notes().toString());
    }

    @Test
    void aDateWithoutAZoneIsThisMachinesLocalTime() {
        // .ToUniversalTime() of a [DateTime] read from text without a zone: local time (New-EntraApplication.ps1:447)
        String utc = LocalDateTime.of(2027, 3, 1, 8, 0).atZone(ZoneId.systemDefault())
                .withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "KeyCredentials", map("Type", "X509",
                "Usage", "Verify", "EndDateTime", "3/1/2027 8:00 AM"));
        assertEquals("POST /v1.0/applications {\"displayName\":\"app\",\"keyCredentials\":[{\"endDateTime\":\"" + utc
                + "\",\"type\":\"X509\",\"usage\":\"Verify\"}]}", line(plan.requests().get(0)));
    }

    @Test
    void aKeyCredentialWithoutTypeOrUsageIsLeftOutWithTheModulesMessage() {
        // New-EntraApplication.ps1 491-498 if (-not $credHash.ContainsKey('type')) { Write-Error "KeyCredential must
        // specify type"; continue }, then usage: that item is not added; the others are; an empty list is sent as []
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "KeyCredentials", List.of(
                map("Type", "AsymmetricX509Cert", "Key", "MIIB"), map("Type", "AsymmetricX509Cert", "Usage", "Verify")));
        assertEquals("POST /v1.0/applications {\"displayName\":\"app\",\"keyCredentials\":[{\"type\":"
                + "\"AsymmetricX509Cert\",\"usage\":\"Verify\"}]}", line(plan.requests().get(0)));
        assertTrue(plan.notes().contains("the module leaves item 1 of -KeyCredentials out of the request: KeyCredential"
                + " must specify usage (Write-Error at Entra/Microsoft.Entra/Applications/New-EntraApplication.ps1:496)"),
                plan.notes().toString());
        // 439-461: the key given with $null is written (ContainsKey), as null
        assertEquals("POST /beta/applications {\"displayName\":\"app\",\"keyCredentials\":[{\"displayName\":null,"
                + "\"type\":\"X509\",\"usage\":\"Verify\"}]}", line(planned("New-EntraBetaApplication", "DisplayName",
                "app", "KeyCredentials", map("Type", "X509", "Usage", "Verify", "DisplayName", null)).requests().get(0)));
    }

    @Test
    void aDateNotReadAsADateIsRefused() {
        // New-EntraApplication.ps1:447 needs a date; 'next year' is none PowerShell reads: nothing is sent
        assertTrue(refused("New-EntraApplication", "DisplayName", "app", "KeyCredentials", map("Type", "X509",
                "Usage", "Verify", "EndDateTime", "next year")).contains("-KeyCredentials's EndDateTime 'next year' is"
                + " not a date"));
        // New-EntraApplication.ps1 86 [MicrosoftGraphPasswordCredential[]]: PowerShell cannot convert it at binding
        assertTrue(refused("New-EntraApplication", "DisplayName", "app", "PasswordCredentials", map("EndDateTime",
                "soon")).contains("-PasswordCredentials's EndDateTime 'soon' is not a date"));
    }

    @Test
    void passwordCredentialsWriteTheirDatesRoundTrip() {
        // New-EntraApplication.ps1 86 [MicrosoftGraphPasswordCredential[]] $PasswordCredentials; 505-533 $credHash =
        // @{ displayName = $cred.DisplayName }; if ($cred.StartDateTime) { … = $cred.StartDateTime.ToString('o') };
        // EndDateTime alike; if ($null -ne $cred.SecretText); if ($cred.KeyId); if ($cred.Hint): a date without a
        // zone has none in 'o' and seven digits of fractions; no DisplayName is null; Hint '' is false, left out
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "PasswordCredentials", List.of(
                map("DisplayName", "ci secret", "EndDateTime", "2027-06-30", "StartDateTime", "2026-06-30T08:15:30.5",
                        "SecretText", "s3cret", "Hint", ""),
                map("KeyId", "00000000-0000-0000-0000-0000000000b2")));
        assertEquals("POST /v1.0/applications {\"displayName\":\"app\",\"passwordCredentials\":[{\"displayName\":"
                + "\"ci secret\",\"startDateTime\":\"2026-06-30T08:15:30.5000000\",\"endDateTime\":"
                + "\"2027-06-30T00:00:00.0000000\",\"secretText\":\"s3cret\"},{\"displayName\":null,\"keyId\":"
                + "\"00000000-0000-0000-0000-0000000000b2\"}]}", line(plan.requests().get(0)));
        // a zone: the instant in this machine's local time with its offset (a [DateTime] of kind Local)
        String local = LocalDateTime.of(2027, 1, 1, 0, 0).atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx"));
        assertEquals("POST /beta/applications {\"displayName\":\"app\",\"passwordCredentials\":[{\"displayName\":"
                + "\"s\",\"endDateTime\":\"" + local + "\"}]}", line(planned("New-EntraBetaApplication", "DisplayName",
                "app", "PasswordCredentials", map("DisplayName", "s", "EndDateTime", "2027-01-01T00:00:00Z"))
                .requests().get(0)));
    }

    @Test
    void setEntraApplicationSendsEachAddInItsOwnProperties() {
        // Set-EntraApplication.ps1 162-185: foreach ($prop in $TmpValue.Properties) { …JSON copy…; $Properties +=
        // $hash }; foreach ($data in $TmpValue) { $hash = @{ Id = $data.Id; Type = $data.Type; Properties =
        // $Properties } }; $params["AddIns"] = $Value; 268 Update-MgApplication (PATCH /applications/{id}), whose
        // model writes camelCased keys. One add-in: exactly the code's request
        RequestPlan one = planned("Set-EntraApplication", "ApplicationId", APP, "AddIns", List.of(map("Id", OUTLOOK,
                "Type", "messageReadCommandSurface", "Properties", List.of(map("Key", "extensionId", "Value", "x")))));
        assertEquals("PATCH /v1.0/applications/" + APP + " {\"addIns\":[{\"id\":\"" + OUTLOOK + "\",\"type\":"
                + "\"messageReadCommandSurface\",\"properties\":[{\"key\":\"extensionId\",\"value\":\"x\"}]}]}",
                line(one.requests().get(0)));
        assertTrue(one.notes().stream().noneMatch(n -> n.contains("of all of them")), one.notes().toString());
        // two add-ins with properties: the code would give each both lists; each is sent its own, with a note
        RequestPlan two = planned("Set-EntraApplication", "ApplicationId", APP, "AddIns", List.of(
                map("Type", "a", "Properties", map("Key", "k1", "Value", "v1")),
                map("Type", "b", "Properties", map("Key", "k2", "Value", "v2"))));
        assertEquals("PATCH /v1.0/applications/" + APP + " {\"addIns\":[{\"type\":\"a\",\"properties\":[{\"key\":"
                + "\"k1\",\"value\":\"v1\"}]},{\"type\":\"b\",\"properties\":[{\"key\":\"k2\",\"value\":\"v2\"}]}]}",
                line(two.requests().get(0)));
        assertTrue(two.notes().contains("the module gives every item of -AddIns the Properties of all of them"
                + " (Entra/Microsoft.Entra/Applications/Set-EntraApplication.ps1:167-176); the plan sends each item its"
                + " own, as evidently meant"), two.notes().toString());
    }

    @Test
    void preAuthorizedApplicationsGoInsideApi() {
        // Set-EntraBetaApplication.ps1 77-93: foreach ($pa in $TmpPAValue) { if ($pa.AppId) { $paHash["AppId"] = … };
        // if ($pa.PermissionIds) {…} }; with no -Api: $params["Api"] = @{ "PreAuthorizedApplications" = $preAuthApps };
        // 263 Update-MgBetaApplication (PATCH /beta/applications/{id})
        RequestPlan alone = planned("Set-EntraBetaApplication", "ApplicationId", APP, "PreAuthorizedApplications",
                List.of(map("AppId", OUTLOOK, "PermissionIds", List.of("00000000-0000-0000-0000-0000000000c3"))));
        assertEquals("PATCH /beta/applications/" + APP + " {\"api\":{\"preAuthorizedApplications\":[{\"appId\":\""
                + OUTLOOK + "\",\"permissionIds\":[\"00000000-0000-0000-0000-0000000000c3\"]}]}}",
                line(alone.requests().get(0)));
        // 68-75 -Api copied through JSON into $params["Api"]; 87-88 $params["Api"]["PreAuthorizedApplications"] =
        // $preAuthApps: one api object, -Api's own PreAuthorizedApplications replaced
        RequestPlan both = planned("Set-EntraBetaApplication", "ApplicationId", APP, "Api", map(
                "RequestedAccessTokenVersion", 2, "PreAuthorizedApplications", List.of()), "PreAuthorizedApplications",
                map("AppId", OUTLOOK));
        assertEquals("PATCH /beta/applications/" + APP + " {\"api\":{\"requestedAccessTokenVersion\":2,"
                + "\"preAuthorizedApplications\":[{\"appId\":\"" + OUTLOOK + "\"}]}}", line(both.requests().get(0)));
    }

    @Test
    void theRoundTripFormIsDotNetsO() {
        // DateTime.ToString('o') (New-EntraApplication.ps1:515, 518): yyyy-MM-ddTHH:mm:ss.fffffff, then K: nothing for
        // a [DateTime] of kind Unspecified (text without a zone), the local offset for kind Local (a zone or Z, the
        // instant converted to local time by DateTime.Parse)
        assertEquals("2026-06-30T08:15:30.1234567", ArgumentDates.roundTrip("2026-06-30T08:15:30.1234567"));
        assertEquals("2026-06-30T20:15:00.0000000", ArgumentDates.roundTrip("6/30/2026 8:15 PM"));
        assertEquals("2026-06-30T00:00:00.0000000", ArgumentDates.roundTrip("2026-06-30"));
        String local = LocalDateTime.of(2026, 6, 30, 6, 15, 30).atOffset(ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        String offset = ZoneId.systemDefault().getRules().getOffset(LocalDateTime.of(2026, 6, 30, 6, 15, 30)
                .toInstant(ZoneOffset.UTC)).getId().replace("Z", "+00:00");
        assertEquals(local + ".0000000" + offset, ArgumentDates.roundTrip("2026-06-30T08:15:30+02:00"));
        assertEquals(null, ArgumentDates.roundTrip("soon"));
    }
}
