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
    void theOwnersAreAValueTakenByNameTheSponsorsByTheFirstOfTheirAlternatives() {
        List<RequestPlanner.Answer> answers = PLANNER.answers(BP);
        String file = "Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprint.ps1";
        assertEquals(List.of(new RequestPlanner.Answer("SponsorUserIds", null, List.of("__AllParameterSets"),
                "without -SponsorUserIds or -SponsorGroupIds the module asks for them at a PowerShell console until"
                        + " one has items (Read-Host at " + file + ":68, in a loop at " + file + ":65), which a run"
                        + " here does not have"),
                new RequestPlanner.Answer("OwnerUserIds", null, List.of("__AllParameterSets"),
                "without -OwnerUserIds the module asks for it at a PowerShell console (Read-Host at " + file
                        + ":111), which a run here does not have")), answers);
    }

    @Test
    void withoutTheOwnersThePlanAsksForThemWithoutTheSponsorsForOneOfTheirAlternatives() {
        RequestPlanner.Unsupported owners = assertInstanceOf(RequestPlanner.Unsupported.class,
                plan(BP, null, "DisplayName", "Bp", "SponsorUserIds", List.of(SPONSOR)));
        assertEquals(List.of("OwnerUserIds"), owners.asks());
        assertEquals(List.of(), owners.choices());
        assertTrue(owners.reason().startsWith(BP + " needs -OwnerUserIds for a run here"), owners.reason());

        // neither sponsors nor owners: one of the sponsors' alternatives (New-EntraAgentIdentityBlueprint.ps1:65-68)
        // and the owners (:111), in the notes' order
        RequestPlanner.Unsupported both = assertInstanceOf(RequestPlanner.Unsupported.class,
                plan(BP, null, "DisplayName", "Bp"));
        assertEquals(List.of("OwnerUserIds"), both.asks());
        assertEquals(List.of(List.of("SponsorUserIds", "SponsorGroupIds")), both.choices());
        assertTrue(both.asksForValues());

        // the groups alone answer the alternatives: only the owners are asked for
        RequestPlanner.Unsupported groups = assertInstanceOf(RequestPlanner.Unsupported.class,
                plan(BP, null, "DisplayName", "Bp", "SponsorGroupIds", List.of(SPONSOR)));
        assertEquals(List.of("OwnerUserIds"), groups.asks());
        assertEquals(List.of(), groups.choices());
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
