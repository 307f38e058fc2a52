package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for New-Entra[Beta]Application's object arguments typed as Graph SDK model classes (branch
 * {@code newapp}): PowerShell converts the hashtable into the model at binding, so the code's "Graph model objects"
 * branch copies each set property by its .NET name (camelCased where the code camelCases it). Each expectation is
 * written by hand from the module's code (file and line named; microsoftgraph/entra-powershell).
 */
class BundledRequestPlannerNewappCoverageTest {

    private static String request(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl() + " " + r.body();
    }

    @Test
    void publicClientAndInformationalUrlKeepTheModelsNetNames() {
        // New-EntraApplication.ps1 58 [MicrosoftGraphPublicClientApplication] $PublicClient; 274-282
        // $PublicClient.PSObject.Properties | ForEach-Object { if ($null -ne $_.Value -and $_.Name -ne
        // 'AdditionalProperties') { $publicClientHash[$_.Name] = $_.Value } }; $appBody['publicClient'] = …;
        // 350-358 -InformationalUrl alike into $appBody['info']; 110 displayName; 560 POST /v1.0/applications with
        // ($appBody | ConvertTo-Json -Depth 10): the .NET names (RedirectUris) as they are, a null one left out
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "PublicClient",
                map("redirectUris", List.of("https://p/cb")), "InformationalUrl", map("PrivacyStatementUrl", "https://p",
                        "LogoUrl", null));
        assertEquals("POST /v1.0/applications {\"displayName\":\"app\",\"publicClient\":{\"RedirectUris\":"
                + "[\"https://p/cb\"]},\"info\":{\"PrivacyStatementUrl\":\"https://p\"}}", request(plan));
    }

    @Test
    void webIsCamelCasedWithItsImplicitGrantSettings() {
        // New-EntraApplication.ps1 62 [MicrosoftGraphWebApplication] $Web; 288 ($Web -is [Hashtable]) is false for
        // the bound model: 323-345 the model branch: $camelCaseKey = $_.Name.Substring(0, 1).ToLower() + …;
        // $webHash[$camelCaseKey] = $_.Value, ImplicitGrantSettings's own set properties camelCased (327-336)
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "Web", map("RedirectUris",
                List.of("https://a/cb"), "HomePageUrl", "https://h", "ImplicitGrantSettings",
                map("EnableIdTokenIssuance", true, "EnableAccessTokenIssuance", null)));
        assertEquals("POST /v1.0/applications {\"displayName\":\"app\",\"web\":{\"redirectUris\":[\"https://a/cb\"],"
                + "\"homePageUrl\":\"https://h\",\"implicitGrantSettings\":{\"enableIdTokenIssuance\":true}}}",
                request(plan));
        // New-EntraBetaApplication.ps1 323-345 the same code; 560 POST /beta/applications
        assertEquals("POST /beta/applications {\"displayName\":\"app\",\"web\":{\"logoutUrl\":\"https://o\"}}",
                request(planned("New-EntraBetaApplication", "DisplayName", "app", "Web", map("LogoutUrl", "https://o"))));
    }

    @Test
    void optionalClaimsAreTheNamedClaimListsEachClaimByItsNetNames() {
        // New-EntraApplication.ps1 74 [MicrosoftGraphOptionalClaims] $OptionalClaims; 386-407 foreach ($claimType in
        // @('idToken', 'accessToken', 'saml2Token')) { if ($OptionalClaims.PSObject.Properties[$claimType] -and
        // $OptionalClaims.$claimType) { … $claimHash[$_.Name] = $_.Value … $optionalClaimsHash[$claimType] = … } }:
        // an empty list is false (left out), one hashtable a one-item list, the key as the code lists it
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "OptionalClaims", map("AccessToken",
                map("name", "groups", "Essential", true, "Source", null), "IdToken", List.of(), "Saml2Token",
                List.of(map("Name", "upn"))));
        assertEquals("POST /v1.0/applications {\"displayName\":\"app\",\"optionalClaims\":{\"accessToken\":"
                + "[{\"Name\":\"groups\",\"Essential\":true}],\"saml2Token\":[{\"Name\":\"upn\"}]}}", request(plan));
    }

    // The other object arguments are read since: -AppRoles, -Api, -RequiredResourceAccess, -ParentalControlSettings
    // (BundledRequestPlannerApprolesCoverageTest); -AddIns, -KeyCredentials, -PasswordCredentials
    // (BundledRequestPlannerAppcredsCoverageTest)
}
