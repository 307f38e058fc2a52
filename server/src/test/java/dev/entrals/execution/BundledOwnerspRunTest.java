package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledGetsRunTest}, of the form read on the branch {@code ownersp}: Get-EntraGroupOwner's
 * GET of the service principal owners after its first GET, sent when that reply has no object whose '@odata.type'
 * is 'microsoft.graph.servicePrincipal' (Get-EntraGroupOwner.ps1:71-83), its objects appended with '@odata.type'
 * '#microsoft.graph.servicePrincipal'.
 */
class BundledOwnerspRunTest extends BundledRunCase {

    private static final String GROUP = "00000000-0000-0000-0000-0000000000a1";
    private static final String USER = "00000000-0000-0000-0000-0000000000b1";
    private static final String APP = "00000000-0000-0000-0000-0000000000c1";
    private static final String OWNERS = "/v1.0/groups/" + GROUP + "/owners";
    private static final String PRINCIPALS = OWNERS + "/microsoft.graph.servicePrincipal";
    private static final String CALL = "Get-EntraGroupOwner -GroupId " + GROUP;

    @Test
    void aReplyWithAUserOnlyIsFollowedByTheServicePrincipalOwnersAppendedWithTheirType() {
        // Get-EntraGroupOwner.ps1:60 the first GET; :71 no servicePrincipal in it; :72-74 the second GET; :79 the type
        graph.collection(OWNERS, List.of(Map.of("@odata.type", "#microsoft.graph.user", "id", USER,
                        "displayName", "Ann")))
                .collection(PRINCIPALS, List.of(Map.of("id", APP, "displayName", "Payroll app")));
        RunResult done = run(RunInput.commandLine(CALL));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + OWNERS + "?$select=*", "GET " + PRINCIPALS + "?$select=*"), sent());
        assertEquals(2, done.objects().size(), done.objects()::toString);
        assertEquals(USER, done.objects().get(0).get("id"));
        assertEquals("#microsoft.graph.user", done.objects().get(0).get("@odata.type"));
        assertEquals(APP, done.objects().get(1).get("id"));
        assertEquals("#microsoft.graph.servicePrincipal", done.objects().get(1).get("@odata.type"));
        assertFalse(done.single());
    }

    @Test
    void aReplyWithTheComparedServicePrincipalTypeSendsNoSecondRequest() {
        // :71 -notcontains 'microsoft.graph.servicePrincipal': an object with that value makes it false
        RunResult done = runWithOwnerTyped("microsoft.graph.servicePrincipal");
        assertEquals(List.of("GET " + OWNERS + "?$select=*"), sent());
        assertEquals(1, done.objects().size(), done.objects()::toString);
    }

    @Test
    void graphsTypeWithItsHashIsNotTheComparedValueSoTheSecondRequestIsSentAsTheModuleSendsIt() {
        // :71 compares the whole value: '#microsoft.graph.servicePrincipal' (Graph's spelling) is not the value
        RunResult done = runWithOwnerTyped("#microsoft.graph.servicePrincipal");
        assertEquals(List.of("GET " + OWNERS + "?$select=*", "GET " + PRINCIPALS + "?$select=*"), sent());
        assertEquals(2, done.objects().size(), "the module lists it twice: " + done.objects());
    }

    /** A run whose first reply is one service principal owner typed so, the second GET answering it too. */
    private RunResult runWithOwnerTyped(String type) {
        graph.collection(OWNERS, List.of(Map.of("@odata.type", type, "id", APP)))
                .collection(PRINCIPALS, List.of(Map.of("id", APP)));
        RunResult done = run(RunInput.commandLine(CALL));
        assertEquals(RunStatus.OK, done.status(), done.text());
        return done;
    }

    @Test
    void anEmptyReplyIsFollowedByTheSecondRequestWithoutTop() {
        // :53-56 -Top in the first URL only; :71 $response.count -eq 0; :72 the second URL has no $top
        graph.collection(OWNERS, List.of())
                .collection(PRINCIPALS, List.of(Map.of("id", APP, "@odata.type", "#microsoft.graph.servicePrincipal",
                        "displayName", "Payroll app")));
        RunResult done = run(RunInput.commandLine(CALL + " -Top 5"));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + OWNERS + "?$top=5&$select=*", "GET " + PRINCIPALS + "?$select=*"), sent());
        assertEquals(List.of(APP), done.objects().stream().map(o -> o.get("id")).toList());
        assertTrue(done.text().contains("Payroll app"), done.text());
    }

    @Test
    void whatIfShowsBothRequestsTheSecondAsConditionalAndSendsNothing() {
        RunResult what = run(RunInput.commandLine(CALL + " -Property id,displayName -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, what.status(), what.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
        String first = "GET " + graph.baseUrl() + OWNERS + "?$select=id,displayName";
        assertEquals(first, what.request().get(0));
        assertEquals("GET " + graph.baseUrl() + PRINCIPALS + "?$select=id,displayName   (sent only if the reply of GET "
                + OWNERS + "?$select=id,displayName has no object in value whose @odata.type is"
                + " microsoft.graph.servicePrincipal); its objects are appended, each with @odata.type"
                + " '#microsoft.graph.servicePrincipal'", what.request().get(1));
        assertTrue(what.text().contains("What if: Performing the operation \"GET\" on target \"" + graph.baseUrl()
                + PRINCIPALS + "?$select=id,displayName\"."), what.text());
        assertFalse(what.write(), "reads need no confirmation");
    }

    @Test
    void aFailingSecondRequestStopsTheRunAndSaysWhatWasSentBeforeIt() {
        graph.collection(OWNERS, List.of(Map.of("@odata.type", "#microsoft.graph.user", "id", USER)))
                .collection(PRINCIPALS, List.of(Map.of("id", APP)));
        graph.onRequest = r -> {
            if (r.url().contains("microsoft.graph.servicePrincipal")) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            }
        };
        RunResult failed = run(RunInput.commandLine(CALL));
        assertEquals(RunStatus.GRAPH_ERROR, failed.status(), failed.text());
        assertEquals(List.of("GET " + OWNERS + "?$select=*", "GET " + PRINCIPALS + "?$select=*"), sent());
        assertEquals(List.of(), failed.objects());
        assertTrue(failed.text().contains("Insufficient privileges"), failed.text());
        assertTrue(failed.text().contains("Sent before it: GET " + graph.baseUrl() + OWNERS + "?$select=*"
                + " (answered with 1 object, not shown)."), failed.text());
        assertTrue(failed.text().contains("was sent because that reply has no object in value whose @odata.type is"
                + " microsoft.graph.servicePrincipal."), failed.text());
    }
}
