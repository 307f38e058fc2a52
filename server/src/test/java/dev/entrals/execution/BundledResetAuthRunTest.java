package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Whole runs of the form read on the branch {@code resetauth}: {@code Reset-EntraStrongAuthenticationMethodByUpn}
 * reads the user's authentication methods, then deletes each on the route of its {@code @odata.type}, going on after
 * a failed delete and sending the last failed one once more after the loop. The requests recorded by the Graph
 * stand-in are those the module's code sends for the reply served.
 */
class BundledResetAuthRunTest extends BundledRunCase {

    private static final String CALL = "Reset-EntraStrongAuthenticationMethodByUpn -UserPrincipalName u@contoso.com";
    // Reset-EntraStrongAuthenticationMethodByUpn.ps1:70 Get-MgUserAuthenticationMethod -UserId $userId
    private static final String METHODS = "/v1.0/users/u%40contoso.com/authentication/methods";
    private static final String AUTH = "/v1.0/users/u%40contoso.com/authentication/";

    private static Map<String, Object> method(String type, String id) {
        return Map.of("@odata.type", "#microsoft.graph." + type, "id", id);
    }

    /** A password (no case: :63 Default {}), an email, a phone, a FIDO2 key and the Authenticator app, in this order. */
    private void methods(boolean phoneDeletes) {
        graph.collection(METHODS.replace("%40", "@"), List.of(method("passwordAuthenticationMethod", "pw-1"),
                method("emailAuthenticationMethod", "em-1"), method("phoneAuthenticationMethod", "ph-1"),
                method("fido2AuthenticationMethod", "fi-1"), method("microsoftAuthenticatorAuthenticationMethod",
                        "ma-1")));
        for (String ok : List.of("emailMethods/em-1", "fido2Methods/fi-1", "microsoftAuthenticatorMethods/ma-1")) {
            graph.object(AUTH.replace("%40", "@") + ok, Map.of());
        }
        if (phoneDeletes) {
            graph.object(AUTH.replace("%40", "@") + "phoneMethods/ph-1", Map.of());
        }
    }

    @Test
    void theConfirmationShowsTheReadAndEveryDeleteByTypeAndNothingIsSentBeforeIt() {
        methods(true);
        RunResult asked = run(RunInput.commandLine(CALL));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        String each = "<id of each object from GET " + METHODS + ">";
        assertEquals(List.of("GET " + base + METHODS,
                "DELETE " + base + AUTH + "emailMethods/" + each
                        + "   (for each object whose @odata.type is #microsoft.graph.emailAuthenticationMethod)",
                "DELETE " + base + AUTH + "phoneMethods/" + each
                        + "   (for each object whose @odata.type is #microsoft.graph.phoneAuthenticationMethod)",
                "DELETE " + base + AUTH + "fido2Methods/" + each
                        + "   (for each object whose @odata.type is #microsoft.graph.fido2AuthenticationMethod)",
                "DELETE " + base + AUTH + "softwareOathMethods/" + each
                        + "   (for each object whose @odata.type is #microsoft.graph.softwareOathAuthenticationMethod)",
                "DELETE " + base + AUTH + "temporaryAccessPassMethods/" + each + "   (for each object whose"
                        + " @odata.type is #microsoft.graph.temporaryAccessPassAuthenticationMethod)",
                "DELETE " + base + AUTH + "windowsHelloForBusinessMethods/" + each + "   (for each object whose"
                        + " @odata.type is #microsoft.graph.windowsHelloForBusinessAuthenticationMethod)",
                "DELETE " + base + AUTH + "microsoftAuthenticatorMethods/" + each + "   (for each object whose"
                        + " @odata.type is #microsoft.graph.microsoftAuthenticatorAuthenticationMethod)"),
                asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation, not even the read");

        RunResult whatIf = run(RunInput.commandLine(CALL + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"DELETE\" on target \"" + base + AUTH
                + "phoneMethods/" + each + "\"."), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void eachMethodIsDeletedOnItsTypesRouteInOrderAndThePasswordIsLeft() {
        methods(true);
        RunResult done = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        // :75-76 in the reply's order; pw-1 has no case (:63 Default {}): nothing sent for it
        assertEquals(List.of("GET " + METHODS, "DELETE " + AUTH + "emailMethods/em-1",
                "DELETE " + AUTH + "phoneMethods/ph-1", "DELETE " + AUTH + "fido2Methods/fi-1",
                "DELETE " + AUTH + "microsoftAuthenticatorMethods/ma-1"), sent());
        String base = graph.baseUrl();
        assertTrue(done.text().contains("Done: DELETE " + base + AUTH + "phoneMethods/ph-1\n"), done.text());
        assertTrue(done.text().contains("Not sent: the object 'pw-1' of @odata.type"
                + " '#microsoft.graph.passwordAuthenticationMethod' (the module's code sends nothing for it)."),
                done.text());
    }

    @Test
    void aFailedDeleteDoesNotStopTheLoopIsSentOnceMoreAtTheEndAndIsReported() {
        methods(false); // the phone method's DELETE answers 404, both times
        RunResult r = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        // :76-80 the failure keeps ph-1 as $defaultMethod and the loop goes on; :86-88 ph-1 once more after the loop
        assertEquals(List.of("GET " + METHODS, "DELETE " + AUTH + "emailMethods/em-1",
                "DELETE " + AUTH + "phoneMethods/ph-1", "DELETE " + AUTH + "fido2Methods/fi-1",
                "DELETE " + AUTH + "microsoftAuthenticatorMethods/ma-1", "DELETE " + AUTH + "phoneMethods/ph-1"),
                sent());
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("The module's code goes on after a failed request. Done (changed): DELETE " + base
                + AUTH + "emailMethods/em-1, DELETE " + base + AUTH + "fido2Methods/fi-1, DELETE " + base + AUTH
                + "microsoftAuthenticatorMethods/ma-1. Failed: DELETE " + base + AUTH + "phoneMethods/ph-1 (404)."),
                r.text());
        assertTrue(r.text().contains("it failed again"), r.text());
        assertTrue(r.text().contains("Not found: " + base + AUTH + "phoneMethods/ph-1."), r.text());
        assertFalse(r.text().contains("(-UserPrincipalName) in users"), "the method was not found, not the user");
        assertTrue(r.text().contains("Not sent: the object 'pw-1'"), r.text());
    }

    @Test
    void theLastFailedDeleteThatAnswersTheSecondTimeIsDone() {
        methods(false);
        String phone = "DELETE " + AUTH + "phoneMethods/ph-1";
        graph.onRequest = rec -> {
            if (rec.line().equals(phone) && graph.requests.stream().filter(x -> x.line().equals(phone)).count() == 2) {
                graph.object(AUTH.replace("%40", "@") + "phoneMethods/ph-1", Map.of()); // Graph deletes the last one
            }
        };
        RunResult r = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(6, sent().size(), sent()::toString);
        assertEquals(phone, sent().get(5));
        String base = graph.baseUrl();
        assertTrue(r.text().contains("DELETE " + base + AUTH + "phoneMethods/ph-1 failed (404) and was sent once"
                + " more after the others"), r.text());
        assertTrue(r.text().contains("Done: DELETE " + base + AUTH + "phoneMethods/ph-1\n"), r.text());
    }

    @Test
    void onlyTheLastFailedDeleteIsSentOnceMoreAndAnObjectWithoutIdIsNotSent() {
        // :79 $defaultMethod = $authMethod keeps the last failure only; :88 one more call, for it alone
        graph.collection(METHODS.replace("%40", "@"), List.of(method("phoneAuthenticationMethod", "ph-1"),
                Map.of("@odata.type", "#microsoft.graph.emailAuthenticationMethod"),
                method("softwareOathAuthenticationMethod", "so-1")));
        RunResult r = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + METHODS, "DELETE " + AUTH + "phoneMethods/ph-1",
                "DELETE " + AUTH + "softwareOathMethods/so-1", "DELETE " + AUTH + "softwareOathMethods/so-1"), sent());
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Done (changed): none. Failed: DELETE " + base + AUTH + "phoneMethods/ph-1 (404),"
                + " DELETE " + base + AUTH + "softwareOathMethods/so-1 (404)."), r.text());
        assertTrue(r.text().contains("Not sent: an object of @odata.type '#microsoft.graph.emailAuthenticationMethod'"
                + " without the value its request names."), r.text());
    }

    /** A confirmed run over the five methods whose request {@code line} loses its connection. */
    private RunResult runDroppingAt(String line) {
        methods(true);
        graph.onRequest = rec -> {
            if (rec.line().equals(line)) {
                graph.failNext(GraphStandIn.Fault.DROP); // this very request: the connection drops
            }
        };
        return run(RunInput.commandLine(CALL).confirm());
    }

    @Test
    void aDroppedConnectionStopsTheLoopAndSaysWhatWasDone() {
        String email = "DELETE " + AUTH + "emailMethods/em-1";
        RunResult r = runDroppingAt(email);
        assertEquals(RunStatus.FAULT, r.status(), r.text());
        assertEquals(List.of("GET " + METHODS, email), sent(), "not a Graph error: the loop stops");
        assertTrue(r.text().contains("Nothing was changed. Not sent: the requests for the 3 objects after it."),
                r.text());
    }

    @Test
    void aDroppedConnectionAfterADeleteSaysWhichWasDone() {
        RunResult r = runDroppingAt("DELETE " + AUTH + "fido2Methods/fi-1");
        assertEquals(RunStatus.FAULT, r.status(), r.text());
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Sent and done before it (changed): DELETE " + base + AUTH + "emailMethods/em-1,"
                + " DELETE " + base + AUTH + "phoneMethods/ph-1. Not sent: the requests for the 1 object after it."),
                r.text());
    }

    @Test
    void aDroppedConnectionAfterAFailedDeleteNamesTheFailure() {
        methods(true);
        String email = "DELETE " + AUTH + "emailMethods/em-1";
        String fido = "DELETE " + AUTH + "fido2Methods/fi-1";
        graph.onRequest = rec -> {
            if (rec.line().equals(email)) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN); // a Graph error: the loop goes on
            } else if (rec.line().equals(fido)) {
                graph.failNext(GraphStandIn.Fault.DROP); // not a Graph error: the loop stops
            }
        };
        RunResult r = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.FAULT, r.status(), r.text());
        assertEquals(List.of("GET " + METHODS, email, "DELETE " + AUTH + "phoneMethods/ph-1", fido), sent());
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Sent and done before it (changed): DELETE " + base + AUTH + "phoneMethods/ph-1."
                + " Not sent: the requests for the 1 object after it."), r.text());
        assertTrue(r.text().contains("Failed: DELETE " + base + AUTH + "emailMethods/em-1 (403)."), r.text());
    }

    @Test
    void aDroppedConnectionOnTheDeleteSentOnceMoreNamesBothFailures() {
        methods(false); // the phone method's DELETE answers 404
        String email = "DELETE " + AUTH + "emailMethods/em-1";
        String phone = "DELETE " + AUTH + "phoneMethods/ph-1";
        graph.onRequest = rec -> {
            if (rec.line().equals(email)) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            } else if (rec.line().equals(phone)
                    && graph.requests.stream().filter(x -> x.line().equals(phone)).count() == 2) {
                graph.failNext(GraphStandIn.Fault.DROP); // :88 the phone's DELETE once more: the connection drops
            }
        };
        RunResult r = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.FAULT, r.status(), r.text());
        assertEquals(List.of("GET " + METHODS, email, phone, "DELETE " + AUTH + "fido2Methods/fi-1",
                "DELETE " + AUTH + "microsoftAuthenticatorMethods/ma-1", phone), sent());
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Sent and done before it (changed): DELETE " + base + AUTH + "fido2Methods/fi-1,"
                + " DELETE " + base + AUTH + "microsoftAuthenticatorMethods/ma-1. Not sent: none."), r.text());
        assertTrue(r.text().contains("Failed: DELETE " + base + AUTH + "emailMethods/em-1 (403), DELETE " + base + AUTH
                + "phoneMethods/ph-1 (404)."), r.text());
    }

    @Test
    void aReplyWithoutObjectsOrWithNoneOfATypeSentIsSaidSo() {
        graph.collection(METHODS.replace("%40", "@"), List.of());
        RunResult none = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.OK, none.status(), none.text());
        assertEquals("Done: the reply has no objects; the module's code sends nothing.\n", none.text());
        graph.collection(METHODS.replace("%40", "@"), List.of(method("passwordAuthenticationMethod", "pw-1")));
        RunResult password = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.OK, password.status(), password.text());
        assertTrue(password.text().startsWith("Done: no object of the reply is of a type the module's code sends a"
                + " request for.\nNot sent: the object 'pw-1'"), password.text());
        assertEquals(List.of("GET " + METHODS, "GET " + METHODS), sent());
    }

    @Test
    void aUserThatIsNotFoundStopsBeforeAnyDelete() {
        RunResult r = run(RunInput.commandLine(CALL).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + METHODS), sent());
        assertTrue(r.text().contains("nothing was changed"), r.text());
        assertTrue(r.text().contains("Not found: the object 'u@contoso.com' (-UserPrincipalName) in users."), r.text());
        assertFalse(r.text().contains("Done"), r.text());
    }
}
