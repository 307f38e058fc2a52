package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A parameter the module's code asks for at its PowerShell console, or takes from its session, when it is not given
 * (the table's note {@code -P is needed for a run here: without it the module …}): the run asks for it by name
 * (NOT_EVALUATED) and sends nothing; supplied ({@code --arg P=VALUE}, an editor's input box) it binds as typed on the
 * line would. New-EntraAgentIdentityBlueprint.ps1:111 (Read-Host for the owners when -OwnerUserIds is not given),
 * :68 (the sponsors, -SponsorUserIds or -SponsorGroupIds: alternatives, still refused), :193 (a GET per owner),
 * :256 (the POST); New-EntraAgentUserForAgentId.ps1:35 ($global:EntraCurrentAgentIdentityId), :68 (Read-Host for the
 * UPN), :94 (Read-Host for the mail nickname), :135 (the POST).
 */
class BundledPromptsRunTest extends BundledRunCase {

    private static final String SPONSOR = "00000000-0000-0000-0000-000000000001";
    private static final String OWNER = "00000000-0000-0000-0000-000000000002";
    private static final String OWNER2 = "00000000-0000-0000-0000-000000000003";
    private static final String LINE = "New-EntraAgentIdentityBlueprint -DisplayName Bp -SponsorUserIds " + SPONSOR;
    private static final String USER = "?$select=id,displayName,userPrincipalName";
    private static final String BLUEPRINTS = "/v1.0/applications/graph.agentIdentityBlueprint";
    private static final String G = "https://graph.microsoft.com/v1.0/users/";
    private static final String FILE = "Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprint.ps1";

    private void tenant() {
        for (String u : List.of(SPONSOR, OWNER, OWNER2)) {
            graph.object("/v1.0/users/" + u, Map.of("id", u, "displayName", "User " + u));
        }
        graph.object(BLUEPRINTS, Map.of("id", "bp-new", "displayName", "Bp"));
    }

    private static RunInput supplied(String line, Map<String, String> values) {
        return new RunInput(line, 0, line.length(), values, false, false, ResultFormat.AUTO, 0);
    }

    private static String body(String... owners) {
        return "{\"displayName\":\"Bp\",\"sponsors@odata.bind\":[\"" + G + SPONSOR + "\"],\"owners@odata.bind\":["
                + String.join(",", java.util.Arrays.stream(owners).map(o -> "\"" + G + o + "\"").toList()) + "]}";
    }

    @Test
    void withoutTheParameterTheModulePromptsForTheRunAsksForItByNameAndSendsNothing() {
        tenant();
        for (RunInput in : List.of(RunInput.commandLine(LINE), RunInput.commandLine(LINE).confirm(),
                RunInput.commandLine(LINE + " -WhatIf"))) {
            RunResult r = run(in);
            assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
            assertEquals(List.of("OwnerUserIds"), r.unevaluated());
            assertEquals("New-EntraAgentIdentityBlueprint: without -OwnerUserIds the module asks for it at a PowerShell"
                    + " console (Read-Host at " + FILE + ":111), which a run here does not have; supply it (--arg"
                    + " NAME=VALUE, or the editor asks):\n  OwnerUserIds\n", r.text());
            assertEquals(List.of(), r.request(), "no request shown: the call is not complete");
        }
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void suppliedTheValueIsTheParameterAndTheModulesRequestsAreSent() {
        tenant();
        // string[]: the supplied text is split on commas, as the parameter's type reads it
        RunInput in = supplied(LINE, Map.of("OwnerUserIds", OWNER + ", " + OWNER2));
        RunResult asked = run(in);
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing before the confirmation");

        RunResult done = run(in.confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET /v1.0/users/" + SPONSOR + USER, "GET /v1.0/users/" + OWNER + USER,
                "GET /v1.0/users/" + OWNER2 + USER, "POST " + BLUEPRINTS + " " + body(OWNER, OWNER2)), sent());

        graph.requests.clear();
        RunResult typed = run(RunInput.commandLine(LINE + " -OwnerUserIds " + OWNER + "," + OWNER2).confirm());
        assertEquals(RunStatus.OK, typed.status(), typed.text());
        assertEquals(List.of("GET /v1.0/users/" + SPONSOR + USER, "GET /v1.0/users/" + OWNER + USER,
                "GET /v1.0/users/" + OWNER2 + USER, "POST " + BLUEPRINTS + " " + body(OWNER, OWNER2)), sent(),
                "the same requests as the value typed on the line");
    }

    @Test
    void alternativesTheModuleAsksForAreAskedForAsOneOfThemWithTheOwners() {
        RunResult r = run(RunInput.commandLine("New-EntraAgentIdentityBlueprint -DisplayName Bp").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertEquals(List.of("OwnerUserIds", "SponsorUserIds"), r.unevaluated());
        assertEquals(List.of(Unevaluated.CONSOLE_PROMPT, Unevaluated.ALTERNATIVES), r.reasons().stream()
                .map(Unevaluated::kind).toList());
        assertEquals(List.of("SponsorUserIds", "SponsorGroupIds"), r.reasons().get(1).alternatives());
        assertTrue(r.reasons().get(1).prompt().startsWith("without -SponsorUserIds or -SponsorGroupIds the module asks"
                + " for them at a PowerShell console until one has items (Read-Host at " + FILE + ":68"),
                r.reasons().get(1).prompt());
        assertTrue(r.text().endsWith("; supply them (--arg NAME=VALUE, or the editor asks):\n  OwnerUserIds\n"
                + "  SponsorUserIds or SponsorGroupIds\n"), r.text());
        assertEquals(List.of(), graph.requests);

        // the groups' alternative supplied, with the owners: the module's checks (:172, :193) and the POST (:256)
        tenant();
        graph.object("/v1.0/groups/" + SPONSOR, Map.of("id", SPONSOR));
        RunResult done = run(supplied("New-EntraAgentIdentityBlueprint -DisplayName Bp", Map.of("SponsorGroupIds",
                SPONSOR, "OwnerUserIds", OWNER)).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET /v1.0/groups/" + SPONSOR + "?$select=id,displayName", "GET /v1.0/users/" + OWNER
                + USER, "POST " + BLUEPRINTS + " {\"displayName\":\"Bp\",\"sponsors@odata.bind\":[\"https://graph"
                + ".microsoft.com/v1.0/groups/" + SPONSOR + "\"],\"owners@odata.bind\":[\"" + G + OWNER + "\"]}"),
                sent());
    }

    @Test
    void aSessionValueAndTwoPromptsAreAskedForTogetherInTheModulesOrder() {
        String line = "New-EntraAgentUserForAgentId -DisplayName Agent";
        RunResult r = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertEquals(List.of("AgentIdentityId", "UserPrincipalName", "MailNickname"), r.unevaluated());
        assertTrue(r.text().startsWith("New-EntraAgentUserForAgentId: without -AgentIdentityId the module takes the"
                + " value an earlier command left in the PowerShell session ($global:EntraCurrentAgentIdentityId at"
                + " Entra/Microsoft.Entra/Users/New-EntraAgentUserForAgentId.ps1:35), which a run here does not have;"
                + " without -UserPrincipalName the module asks for it at a PowerShell console (Read-Host at"), r.text());
        assertTrue(r.text().endsWith("; supply them (--arg NAME=VALUE, or the editor asks):\n  AgentIdentityId\n"
                + "  UserPrincipalName\n  MailNickname\n"), r.text());

        // one given on the line, the others supplied: the POST of :135 with all three
        graph.object("/v1.0/users", Map.of("id", "user-new")); // the stand-in, as Graph, reads /v1.0/users/ so
        RunResult done = run(new RunInput(line + " -MailNickname agent", 0, line.length() + 20, Map.of(
                "AgentIdentityId", SPONSOR, "UserPrincipalName", "agent@contoso.com"), true, false,
                ResultFormat.AUTO, 0));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/users/ {\"@odata.type\":\"microsoft.graph.agentUser\",\"displayName\":"
                + "\"Agent\",\"userPrincipalName\":\"agent@contoso.com\",\"identityParentId\":\"" + SPONSOR + "\","
                + "\"mailNickname\":\"agent\",\"accountEnabled\":true}"), sent());
    }
}
