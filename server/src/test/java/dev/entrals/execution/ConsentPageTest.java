package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin consent URL as Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal.ps1 builds it (:89-110) and
 * .NET's {@code HttpUtility.UrlEncode}, written out by hand from their rules (UTF-8; letters, digits and {@code -_.!*()}
 * kept; a space {@code +}; every other byte {@code %xx}, lower-case hex).
 */
class ConsentPageTest {

    @Test
    void valuesAreEncodedAsHttpUtilityUrlEncodeDoes() {
        assertEquals("https%3a%2f%2fentra.microsoft.com%2fTokenAuthorize",
                ConsentPage.urlEncode("https://entra.microsoft.com/TokenAuthorize"));
        assertEquals("user.read+mail.send", ConsentPage.urlEncode("user.read mail.send"));
        assertEquals("a-b_c.d!e*f(g)h", ConsentPage.urlEncode("a-b_c.d!e*f(g)h")); // .NET's safe characters
        assertEquals("%7e%27%26%3d%3f%23%2b%25%22", ConsentPage.urlEncode("~'&=?#+%\""));
        assertEquals("caf%c3%a9+%e2%82%ac", ConsentPage.urlEncode("café €")); // UTF-8 bytes
        assertEquals("", ConsentPage.urlEncode(""));
    }

    @Test
    void theUrlHasTheTenantAsItIsTheScopesAndRolesLowerCasedAndJoinedBySpacesInTheModulesOrder() {
        // :94 host/$tenantId/v2.0/adminconsent?client_id=; :97-101 &scope= (lower, " "); :103-107 &role=;
        // :109-110 &redirect_uri= &state=
        assertEquals("https://login.chinacloudapi.cn/aaaabbbb-0000-cccc-1111-dddd2222eeee/v2.0/adminconsent"
                + "?client_id=00000000-0000-0000-0000-000000000001&scope=user.read+mail.send"
                + "&role=application.read.all&redirect_uri=https%3a%2f%2fcontoso.com%2fdone&state=xyz123",
                ConsentPage.url("https://login.chinacloudapi.cn", "aaaabbbb-0000-cccc-1111-dddd2222eeee",
                        "00000000-0000-0000-0000-000000000001", List.of("User.Read", "Mail.Send"),
                        List.of("Application.Read.All"), "https://contoso.com/done", "xyz123"));
        // no scopes: no &scope= (the roles alone, :97 if ($Scopes))
        assertEquals("https://h/t/v2.0/adminconsent?client_id=c&role=r&redirect_uri=u&state=s",
                ConsentPage.url("https://h", "t", "c", List.of(), List.of("R"), "u", "s"));
    }

    @Test
    void theTimestampAlwaysHasItsSeconds() {
        assertEquals("2026-12-07T12:51:00Z", ConsentPage.timestamp(java.time.Instant.parse("2026-12-07T12:51:00.250Z")));
        assertEquals("2026-12-07T12:51:07Z", ConsentPage.timestamp(java.time.Instant.parse("2026-12-07T12:51:07Z")));
    }
}
