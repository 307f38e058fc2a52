package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code resetauth}: a Graph SDK read, then one SDK delete per
 * object of its reply, the cmdlet picked by a switch on the object's {@code @odata.type}, the loop going on after a
 * failure and the last failed one sent once more. Each expectation is written by hand from the module's code (file
 * and line named; microsoftgraph/entra-powershell at a36be76) and the Graph REST pages of the SDK cmdlets.
 */
class BundledRequestPlannerResetAuthCoverageTest {

    /** Each per-type request as the confirmation shows it, after the type that picks it. */
    private static List<String> perType(RequestPlan plan) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < plan.requests().size(); i++) {
            GraphRequest r = plan.requests().get(i);
            out.add(plan.perObject().types().get(i) + " " + StepValues.shown(r.method() + " " + r.relativeUrl(),
                    plan.lookups()));
        }
        return out;
    }

    private static final String METHODS = "/v1.0/users/u%40contoso.com/authentication/methods";
    private static final String EACH = "<id of each object from GET " + METHODS + ">";

    @Test
    void theMethodsAreReadThenEachIsDeletedOnTheRouteOfItsType() {
        // Reset-EntraStrongAuthenticationMethodByUpn.ps1 37-38 $userId = $PSBoundParameters.UserPrincipalName;
        // 70 $methods = Get-MgUserAuthenticationMethod -UserId $userId (GET /users/{id}/authentication/methods);
        // 75-76 foreach ($authMethod in $methods) { DeleteAuthMethod -uid $userId -method $authMethod };
        // 41-62 switch ($method.AdditionalProperties['@odata.type']) with 7 cases, each Remove-MgUserAuthentication…Method
        // -UserId $uid -…AuthenticationMethodId $method.Id (DELETE /users/{id}/authentication/…Methods/{id});
        // 63-65 Default { } (the password method and any other type: nothing sent)
        RequestPlan plan = planned("Reset-EntraStrongAuthenticationMethodByUpn", "UserPrincipalName",
                "u@contoso.com");
        assertEquals(1, plan.lookups().size());
        assertEquals("GET " + METHODS, plan.lookups().get(0).tries().get(0).method() + " "
                + plan.lookups().get(0).tries().get(0).relativeUrl());
        String u = "DELETE /v1.0/users/u%40contoso.com/authentication/";
        assertEquals(List.of(
                "#microsoft.graph.emailAuthenticationMethod " + u + "emailMethods/" + EACH,
                "#microsoft.graph.phoneAuthenticationMethod " + u + "phoneMethods/" + EACH,
                "#microsoft.graph.fido2AuthenticationMethod " + u + "fido2Methods/" + EACH,
                "#microsoft.graph.softwareOathAuthenticationMethod " + u + "softwareOathMethods/" + EACH,
                "#microsoft.graph.temporaryAccessPassAuthenticationMethod " + u + "temporaryAccessPassMethods/" + EACH,
                "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod " + u + "windowsHelloForBusinessMethods/"
                        + EACH,
                "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod " + u + "microsoftAuthenticatorMethods/"
                        + EACH), perType(plan));
        assertEquals(1, plan.perObject().lookup());
        assertEquals("value", plan.perObject().items());
        assertEquals("@odata.type", plan.perObject().property());
        assertEquals(-1, plan.perObject().route("#microsoft.graph.passwordAuthenticationMethod"));
        assertEquals(1, plan.perObject().route("#MICROSOFT.GRAPH.PHONEAUTHENTICATIONMETHOD"), "a switch compares in"
                + " any case");
        // 67 return $? after the switch; 76-80 a false result keeps the method as $defaultMethod and the loop goes on;
        // 86-92 after the loop DeleteAuthMethod -method $defaultMethod once more
        assertTrue(plan.perObject().carriesOn());
        assertTrue(plan.perObject().retriesLast());
        assertTrue(plan.write());
    }

    @Test
    void theBetaModuleHasAnEighthTypeOnBeta() {
        // Reset-EntraBetaStrongAuthenticationMethodByUpn.ps1 60-62 '#microsoft.graph.passwordlessMicrosoftAuthenticator
        // AuthenticationMethod' { Remove-MgBetaUserAuthenticationPasswordlessMicrosoftAuthenticatorMethod … }; 73
        // Get-MgBetaUserAuthenticationMethod
        RequestPlan plan = planned("Reset-EntraBetaStrongAuthenticationMethodByUpn", "UserPrincipalName",
                "00000000-0000-0000-0000-000000000001");
        String m = "/beta/users/00000000-0000-0000-0000-000000000001/authentication/methods";
        assertEquals(m, plan.lookups().get(0).tries().get(0).relativeUrl());
        assertEquals(8, plan.requests().size());
        int i = plan.perObject().route("#microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod");
        assertEquals(6, i);
        assertEquals("DELETE /beta/users/00000000-0000-0000-0000-000000000001/authentication/"
                + "passwordlessMicrosoftAuthenticatorMethods/<id of each object from GET " + m + ">",
                StepValues.shown(plan.requests().get(i).method() + " " + plan.requests().get(i).relativeUrl(),
                        plan.lookups()));
        assertEquals("DELETE /beta/users/00000000-0000-0000-0000-000000000001/authentication/"
                + "microsoftAuthenticatorMethods/<id of each object from GET " + m + ">",
                StepValues.shown(plan.requests().get(7).method() + " " + plan.requests().get(7).relativeUrl(),
                        plan.lookups()));
    }

    @Test
    void theTableSaysWhatTheModuleDoesAndTheTenantIdIsNotSent() {
        // :20-22 -TenantId [Obsolete]: never used by the code
        RequestPlan plan = planned("Reset-EntraStrongAuthenticationMethodByUpn", "UserPrincipalName",
                "u@contoso.com", "TenantId", "00000000-0000-0000-0000-000000000009");
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("Get-MgUserAuthenticationMethod")
                && n.contains("Reset-EntraStrongAuthenticationMethodByUpn.ps1:41")), plan.notes()::toString);
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("does not stop the module's loop")),
                plan.notes()::toString);
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("-TenantId is not part of the request")),
                plan.notes()::toString);
        RequestEntry entry = RequestTable.bundled().entry("Reset-EntraStrongAuthenticationMethodByUpn").orElseThrow();
        assertNotNull(entry.sets().get(0).perObject());
        assertEquals(null, entry.reason());
    }
}
