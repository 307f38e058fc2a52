package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parameter the module asks for at its console or takes from its session when it is not given (a note
 * {@code -P is needed for a run here: without it the module …} naming one parameter): a value taken by name
 * ({@link RequestPlanner#answers}, with what the module does) and, missing, a refusal that names it to ask for
 * ({@link RequestPlanner.Unsupported#asks}); alternatives ({@code -P or -Q}) are a plain refusal. Written by hand from
 * New-EntraAgentIdentityBlueprint.ps1 (:65-68 the sponsors' loop, :111 Read-Host for the owners) and
 * New-EntraAgentUserForAgentId.ps1 (:35 $global:EntraCurrentAgentIdentityId, :68 and :94 Read-Host).
 */
class BundledRequestPlannerPromptsCoverageTest {

    private static final String BP = "New-EntraAgentIdentityBlueprint";
    private static final String SPONSOR = "00000000-0000-0000-0000-000000000001";

    @Test
    void theOwnersAreAValueTakenByNameTheSponsorsAreNot() {
        List<RequestPlanner.Answer> answers = PLANNER.answers(BP);
        assertEquals(List.of(new RequestPlanner.Answer("OwnerUserIds", null, List.of("__AllParameterSets"),
                "without -OwnerUserIds the module asks for it at a PowerShell console (Read-Host at"
                        + " Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprint.ps1:111), which a run here"
                        + " does not have")), answers);
    }

    @Test
    void withoutTheOwnersThePlanAsksForThemWithoutTheSponsorsItRefuses() {
        RequestPlanner.Unsupported owners = assertInstanceOf(RequestPlanner.Unsupported.class,
                plan(BP, null, "DisplayName", "Bp", "SponsorUserIds", List.of(SPONSOR)));
        assertEquals(List.of("OwnerUserIds"), owners.asks());
        assertTrue(owners.reason().startsWith(BP + " needs -OwnerUserIds for a run here"), owners.reason());

        // neither sponsors nor owners: the alternatives are refused, whatever would be supplied for the owners
        RequestPlanner.Unsupported both = assertInstanceOf(RequestPlanner.Unsupported.class,
                plan(BP, null, "DisplayName", "Bp"));
        assertEquals(List.of(), both.asks());
        assertTrue(both.reason().startsWith(BP + " needs -SponsorUserIds or -SponsorGroupIds for a run here"),
                both.reason());
    }

    @Test
    void theValuesTheModuleWouldAskForAreNamedTogetherInTheNotesOrder() {
        RequestPlanner.Unsupported r = assertInstanceOf(RequestPlanner.Unsupported.class,
                plan("New-EntraAgentUserForAgentId", null, "DisplayName", "Agent"));
        assertEquals(List.of("AgentIdentityId", "UserPrincipalName", "MailNickname"), r.asks());
        RequestPlanner.Unsupported one = assertInstanceOf(RequestPlanner.Unsupported.class,
                plan("New-EntraAgentUserForAgentId", null, "DisplayName", "Agent", "AgentIdentityId", SPONSOR,
                        "MailNickname", "agent"));
        assertEquals(List.of("UserPrincipalName"), one.asks());
    }
}
