package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.line;
import static dev.entrals.graph.PlannedCalls.plan;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.plannedIn;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the small arguments and sets read on the branch {@code smallargs}: an argument the module
 * parses with {@code [bool]::TryParse} (throwing when it cannot), and a set whose Graph SDK call lacks a mandatory
 * identifier PowerShell asks for at the console. Each expectation is written by hand from the module's code (file and
 * line named; microsoftgraph/entra-powershell).
 */
class BundledRequestPlannerSmallargsCoverageTest {

    @Test
    void accountEnabledIsSentAsTheBooleanTryParseReads() {
        // New-EntraServicePrincipal.ps1:55 [System.String] $AccountEnabled; :207-218 $TmpValue =
        // $PSBoundParameters["AccountEnabled"]; if (-not [bool]::TryParse($TmpValue, [ref]$Value)) { … throw };
        // $params["AccountEnabled"] = $Value; :228 New-MgServicePrincipal (POST /servicePrincipals), the SDK writes a
        // JSON boolean. TryParse takes True/False in any case, blanks around them left out.
        assertEquals("POST /v1.0/servicePrincipals {\"appId\":\"app-1\",\"accountEnabled\":true}", line(planned(
                "New-EntraServicePrincipal", "AppId", "app-1", "AccountEnabled", "True").requests().get(0)));
        assertEquals("POST /v1.0/servicePrincipals {\"appId\":\"app-1\",\"accountEnabled\":false}", line(planned(
                "New-EntraServicePrincipal", "AppId", "app-1", "AccountEnabled", " fALSE ").requests().get(0)));
        // $true bound to a [string] parameter is the text True
        assertEquals("POST /v1.0/servicePrincipals {\"appId\":\"app-1\",\"accountEnabled\":true}", line(planned(
                "New-EntraServicePrincipal", "AppId", "app-1", "AccountEnabled", true).requests().get(0)));
        // New-EntraBetaServicePrincipal.ps1:116-126 the same block; :198 New-MgBetaServicePrincipal
        assertEquals("POST /beta/servicePrincipals {\"displayName\":\"sp\",\"accountEnabled\":false}", line(planned(
                "New-EntraBetaServicePrincipal", "DisplayName", "sp", "AccountEnabled", "false").requests().get(0)));
    }

    @Test
    void anAccountEnabledTryParseCannotReadStopsWithTheModulesMessage() {
        // New-EntraServicePrincipal.ps1:212-216: 'yes', '1' and '' are no Boolean for TryParse: throw 'Invalid input
        // for AccountEnabled' before New-MgServicePrincipal runs
        for (String value : List.of("yes", "1", "")) {
            String reason = refused("New-EntraServicePrincipal", "AppId", "app-1", "AccountEnabled", value);
            assertEquals("New-EntraServicePrincipal sends nothing with these arguments: -AccountEnabled '" + value
                    + "' is neither true nor false ([bool]::TryParse): the module throws 'Invalid input for"
                    + " AccountEnabled' (Entra/Microsoft.Entra/Applications/New-EntraServicePrincipal.ps1:228).", reason);
        }
        // New-EntraBetaServicePrincipal.ps1:120-123
        assertTrue(refused("New-EntraBetaServicePrincipal", "AccountEnabled", "enabled").contains(
                "the module throws 'Invalid input for AccountEnabled'"));
    }

    @Test
    void aLogosByteArrayIsSentAsTheBodyAsEvidentlyMeant() {
        // Set-EntraApplicationLogo.ps1:16-18 set ByteArray, mandatory [System.Byte[]] $ImageByteArray, never read;
        // :43-45 $URI = "$baseUri/$($params.ApplicationId)/logo"; :47-61 $logoBytes only from -FilePath; :69
        // Invoke-GraphRequest -Uri $URI -Method PUT -ContentType "image/*" -Body $logoBytes (no body in set ByteArray)
        RequestPlan plan = plannedIn("Set-EntraApplicationLogo", "ByteArray", "ApplicationId", "app1",
                "ImageByteArray", List.of(137L, 80L, 78L, 71L));
        GraphRequest r = plan.requests().get(0);
        assertEquals("PUT /v1.0/applications/app1/logo null", line(r));
        assertEquals("image/*", r.file().contentType());
        assertEquals(null, r.file().path());
        assertEquals(List.of(-119, 80, 78, 71), toList(r.file().bytes()));
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("-ImageByteArray is sent as the body")),
                plan.notes()::toString);
        // Set-EntraBetaApplicationLogo.ps1 the same; one number is a one-byte array, digits' text converts too
        GraphRequest beta = plannedIn("Set-EntraBetaApplicationLogo", "ByteArray", "ApplicationId", "app1",
                "ImageByteArray", List.of("255", 0L)).requests().get(0);
        assertEquals("PUT /beta/applications/app1/logo null", line(beta));
        assertEquals(List.of(-1, 0), toList(beta.file().bytes()));
    }

    @Test
    void aByteArrayPowerShellCannotBindIsRefusedAndAStreamIsTheFileItReads() {
        for (Object value : List.of(List.of(256L), "logo", List.of(1.5))) {
            RequestPlanner.Result r = plan("Set-EntraApplicationLogo", "ByteArray", "ApplicationId", "app1",
                    "ImageByteArray", value);
            assertTrue(assertInstanceOf(RequestPlanner.Unsupported.class, r, r::toString).reason().contains(
                    "is not a list of bytes (numbers 0 to 255, at least one), which PowerShell refuses to bind as"
                            + " [System.Byte[]]"), r::toString);
        }
        // Set-EntraApplicationLogo.ps1:24-26 set Stream: [System.IO.Stream] $FileStream, never read (the module sends
        // no body there, :47-69): the stream's bytes sent as meant, a file name standing for the stream
        RequestPlan stream = plannedIn("Set-EntraApplicationLogo", "Stream", "ApplicationId", "app1",
                "FileStream", "logo.png");
        assertEquals("PUT /v1.0/applications/app1/logo null", line(stream.requests().get(0)));
        assertEquals(new GraphRequest.BodyFile("logo.png", "image/*"), stream.requests().get(0).file());
        assertTrue(stream.notes().stream().anyMatch(n -> n.startsWith("-FileStream is sent as the body (the stream's"
                + " bytes, image/*)") && n.contains("PowerShell itself would refuse a string there")),
                stream.notes()::toString);
    }

    private static List<Integer> toList(byte[] bytes) {
        List<Integer> out = new java.util.ArrayList<>();
        for (byte b : bytes) {
            out.add((int) b);
        }
        return out;
    }

    @Test
    void federationPropertyWithoutADomainSendsTheAnswerToPowerShellsPrompt() {
        // Get-EntraFederationProperty.ps1:6 DefaultParameterSetName 'GetQuery'; :27-29 $params["DomainId"] only from
        // -DomainName (set GetById); :72 Get-MgDomainFederationConfiguration, whose route
        // /domains/{domain-id}/federationConfiguration needs -DomainId: PowerShell asks for it in set GetQuery.
        RequestPlan plan = plannedIn("Get-EntraFederationProperty", "GetQuery", "DomainId", "contoso.com");
        assertEquals(List.of("GET /v1.0/domains/contoso.com/federationConfiguration"), PlannedCalls.requests(plan));
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("DomainId is the answer to the prompt PowerShell"
                + " shows for -DomainId, mandatory in Get-MgDomainFederationConfiguration")), plan.notes()::toString);
        // Get-EntraBetaFederationProperty.ps1:28-30, :73 Get-MgBetaDomainFederationConfiguration
        assertEquals(List.of("GET /beta/domains/contoso.com/federationConfiguration"), PlannedCalls.requests(
                plannedIn("Get-EntraBetaFederationProperty", "GetQuery", "DomainId", "contoso.com",
                        "SupportMultipleDomain", true)));
        // set GetById sends -DomainName as -DomainId, as before, and takes no answer
        assertEquals(List.of("GET /v1.0/domains/fabrikam.com/federationConfiguration"), PlannedCalls.requests(
                plannedIn("Get-EntraFederationProperty", "GetById", "DomainName", "fabrikam.com")));
    }

    @Test
    void federationPropertyWithoutTheAnswerIsRefusedNamingIt() {
        RequestPlanner.Result r = plan("Get-EntraFederationProperty", "GetQuery");
        String reason = assertInstanceOf(RequestPlanner.Unsupported.class, r, r::toString).reason();
        assertEquals("Get-EntraFederationProperty needs DomainId for a run here: in set GetQuery the module calls"
                + " Get-MgDomainFederationConfiguration without its mandatory -DomainId, which PowerShell asks for at"
                + " the console; supply it as DomainId=VALUE"
                + " (Entra/Microsoft.Entra/DirectoryManagement/Get-EntraFederationProperty.ps1:72).", reason);
        // the answer is asked for in set GetQuery only
        assertEquals(List.of(new RequestPlanner.Answer("DomainId", null, List.of("GetQuery"))),
                PlannedCalls.PLANNER.answers("Get-EntraBetaFederationProperty"));
        RequestPlanner.Answer a = PlannedCalls.PLANNER.answers("Get-EntraFederationProperty").get(0);
        assertTrue(a.takenIn("getquery") && !a.takenIn("GetById"));
    }
}
