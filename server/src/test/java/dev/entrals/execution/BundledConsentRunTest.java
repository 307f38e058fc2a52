package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.session.SessionTestKit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of {@code Add-Entra[Beta]PermissionsToInheritToAgentIdentityBlueprintPrincipal}, whose table entries are
 * refused with {@code via} {@code Start-Process} and which the engine answers itself ({@link ConsentPage}): the admin
 * consent URL exactly as the module builds it (Applications/Add-EntraPermissionsToInheritToAgentIdentityBlueprint
 * Principal.ps1:89-110) on the session's tenant and cloud, a confirmation before anything is opened, {@code -WhatIf}
 * showing the URL, nothing ever sent to Graph; here no browser opens it ({@link UrlOpener#NONE}, as the command line).
 */
class BundledConsentRunTest extends BundledRunCase {

    private static final String V1 = "Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal";
    private static final String BETA = "Add-EntraBetaPermissionsToInheritToAgentIdentityBlueprintPrincipal";
    private static final String ID = "00000000-0000-0000-0000-000000000001";
    private static final String TENANT = SessionTestKit.TENANT_ID;
    private static final String LINE = V1 + " -AgentBlueprintId " + ID + " -Scopes 'User.Read','Mail.Send'"
            + " -Roles 'Application.Read.All' -RedirectUri 'https://contoso.com/done?x=1&y=a b' -State 'st ate+1'";

    /** The session's cloud's login endpoint: the stand-in's custom cloud, as Get-EntraEnvironment answers it. */
    private String loginHost() {
        RunResult env = run(RunInput.commandLine("Get-EntraEnvironment -Name GraphStandIn"));
        return String.valueOf(env.objects().get(0).get("AzureADEndpoint"));
    }

    /** The URL of {@link #LINE}, as :94-110 build it: lower-cased scopes and roles joined by a space, UrlEncode'd. */
    private String lineUrl() {
        return loginHost() + "/" + TENANT + "/v2.0/adminconsent?client_id=" + ID
                + "&scope=user.read+mail.send&role=application.read.all"
                + "&redirect_uri=https%3a%2f%2fcontoso.com%2fdone%3fx%3d1%26y%3da+b&state=st+ate%2b1";
    }

    @Test
    void theUrlIsShownAndNothingIsOpenedOrSentBeforeTheConfirmation() {
        String url = lineUrl();
        assertTrue(url.startsWith("https://127.0.0.1:"), url); // the session's cloud's host, not the public one
        RunResult asked = run(RunInput.commandLine(LINE));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertTrue(asked.write());
        assertEquals(List.of("Open in the browser: " + url), asked.request());
        assertTrue(asked.text().contains("admin consent page") && asked.text().contains(url), asked.text());
        assertTrue(asked.notes().contains("The consent page is the session's cloud's (" + loginHost() + "): the"
                + " module's code writes https://login.microsoftonline.com whatever the cloud."), asked.notes().toString());
        assertEquals(List.of(), sent(), "nothing is sent to Graph");
    }

    @Test
    void whatIfShowsTheUrlAndDoesNothing() {
        String url = lineUrl();
        RunResult r = run(RunInput.commandLine(LINE + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, r.status(), r.text());
        assertTrue(r.text().startsWith("What if: Performing the operation \"Open in the browser\" on target \"" + url
                + "\".\n"), r.text());
        assertEquals(List.of(), r.objects());
        assertEquals(List.of(), sent());
    }

    @Test
    void confirmedTheResultIsTheModulesObjectAndSaysTheUrlWasNotOpened() {
        String url = lineUrl();
        RunResult r = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertTrue(r.single());
        Map<String, Object> o = r.objects().get(0);
        // :138-148, in that order
        assertEquals(List.of("AgentBlueprintId", "TenantId", "RequestedScopes", "RequestedRoles", "RedirectUri", "State",
                "ConsentUrl", "Action", "Timestamp"), List.copyOf(o.keySet()));
        assertEquals(ID, o.get("AgentBlueprintId"));
        assertEquals(TENANT, o.get("TenantId"));
        assertEquals(List.of("User.Read", "Mail.Send"), o.get("RequestedScopes")); // as given: only the URL lowers them
        assertEquals(List.of("Application.Read.All"), o.get("RequestedRoles"));
        assertEquals("https://contoso.com/done?x=1&y=a b", o.get("RedirectUri"));
        assertEquals("st ate+1", o.get("State"));
        assertEquals(url, o.get("ConsentUrl"));
        assertEquals("Not launched: open the ConsentUrl in a browser", o.get("Action")); // no browser here
        assertTrue(String.valueOf(o.get("Timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), o.toString());
        assertTrue(r.text().startsWith("Open this URL in a browser, signed in as an administrator of the tenant, to grant"
                + " the consent:\n" + url + "\n\n"), r.text());
        assertTrue(r.text().contains("Action           : Not launched"), r.text());
        assertEquals(List.of(), sent(), "nothing is sent to Graph");
    }

    @Test
    void withoutScopesOrRolesTheEnterAnswerUserReadAndTheDeclaredRedirectUriAndARandomStateAreTaken() {
        RunResult r = run(RunInput.commandLine(BETA + " -AgentBlueprintId " + ID).confirm());
        assertEquals(RunStatus.OK, r.status(), r.text());
        Map<String, Object> o = r.objects().get(0);
        assertEquals(List.of("user.read"), o.get("RequestedScopes")); // :58 and :72, Enter at :67's prompt
        assertNull(o.get("RequestedRoles"));
        assertEquals("https://entra.microsoft.com/TokenAuthorize", o.get("RedirectUri")); // :23 the declared default
        String state = String.valueOf(o.get("State")); // :83 "xyz$(Get-Random -Minimum 100 -Maximum 999999)"
        assertTrue(state.matches("xyz\\d{3,6}"), state);
        int n = Integer.parseInt(state.substring(3));
        assertTrue(n >= 100 && n < 999999, state);
        assertEquals(loginHost() + "/" + TENANT + "/v2.0/adminconsent?client_id=" + ID + "&scope=user.read"
                + "&redirect_uri=https%3a%2f%2fentra.microsoft.com%2fTokenAuthorize&state=" + state, o.get("ConsentUrl"));
        assertTrue(r.notes().stream().anyMatch(x -> x.startsWith("-Scopes is 'user.read' when neither -Scopes nor"
                + " -Roles is given")), r.notes().toString());
        // roles alone: no scope= and no prompt (:57 only when neither is given)
        RunResult roles = run(RunInput.commandLine(BETA + " -AgentBlueprintId " + ID + " -Roles User.Read.All"
                + " -State xyz42").confirm());
        assertEquals(loginHost() + "/" + TENANT + "/v2.0/adminconsent?client_id=" + ID + "&role=user.read.all"
                + "&redirect_uri=https%3a%2f%2fentra.microsoft.com%2fTokenAuthorize&state=xyz42",
                roles.objects().get(0).get("ConsentUrl"));
        assertNull(roles.objects().get(0).get("RequestedScopes"));
        assertEquals(List.of(), sent());
    }

    @Test
    void aMissingBlueprintIdIsAskedForAsTheSessionsValueAndTakenWhenSupplied() {
        // :40-51 the session's $script:CurrentAgentBlueprintId, else Read-Host (the Beta module throws instead)
        RunResult asked = run(RunInput.commandLine(V1 + " -Scopes User.Read"));
        assertEquals(RunStatus.NOT_EVALUATED, asked.status(), asked.text());
        assertEquals(List.of("AgentBlueprintId"), asked.unevaluated());
        assertTrue(asked.text().contains("from its PowerShell session"), asked.text());
        String line = V1 + " -Scopes User.Read -State xyz7";
        RunResult supplied = run(new RunInput(line, 0, line.length(), Map.of("AgentBlueprintId", ID), false, false,
                ResultFormat.AUTO, 0));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, supplied.status(), supplied.text());
        assertEquals(List.of("Open in the browser: " + loginHost() + "/" + TENANT + "/v2.0/adminconsent?client_id="
                + ID + "&scope=user.read&redirect_uri=https%3a%2f%2fentra.microsoft.com%2fTokenAuthorize&state=xyz7"),
                supplied.request());
        assertEquals(List.of(), sent());
    }
}
