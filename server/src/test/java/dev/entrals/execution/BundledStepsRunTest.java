package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledRunTest}, of cmdlets whose module code sends a lookup first and uses a value of its
 * reply in the write (the request table's lookups): the confirmation shows every request with a placeholder for the
 * looked-up value, {@code -WhatIf} sends nothing, a confirmed run sends the GET then the write with the reply's id,
 * and a lookup that finds nothing ends the run before any write.
 */
class BundledStepsRunTest extends BundledRunCase {

    // Set-EntraDomainFederationSettings.ps1:44 (Get-MgDomainFederationConfiguration -DomainId $Id).Id, :135 Update-Mg…
    private static final String FEDERATION = "Set-EntraDomainFederationSettings -DomainName contoso.com"
            + " -LogOffUri 'https://sts.contoso.com/logoff'";

    @Test
    void theConfirmationShowsTheLookupAndAPlaceholderAndNothingIsSentBeforeIt() {
        graph.collection("/v1.0/domains/contoso.com/federationConfiguration", List.of(Map.of("id", "fed-7")));
        RunResult asked = run(RunInput.commandLine(FEDERATION));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + "/v1.0/domains/contoso.com/federationConfiguration",
                "PATCH " + base + "/v1.0/domains/contoso.com/federationConfiguration/<value[0].id from GET"
                        + " /v1.0/domains/contoso.com/federationConfiguration>",
                "{\"signOutUri\":\"https://sts.contoso.com/logoff\"}"), asked.request());
        assertTrue(asked.text().contains("confirm to send these requests, in order (<…> is a value the reply of a"
                + " request before it gives)"), asked.text());
        assertEquals(List.of(), graph.requests, "not even the lookup is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(FEDERATION + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().startsWith("What if: Performing the operation \"GET\" on target \"" + base
                + "/v1.0/domains/contoso.com/federationConfiguration\".\nWhat if: Performing the operation \"PATCH\""
                + " on target \"" + base + "/v1.0/domains/contoso.com/federationConfiguration/<value[0].id from GET"
                + " /v1.0/domains/contoso.com/federationConfiguration>\".\n"), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing, confirmed or not");
    }

    @Test
    void aConfirmedRunSendsTheLookupThenTheWriteWithTheRepliesId() {
        graph.collection("/v1.0/domains/contoso.com/federationConfiguration", List.of(Map.of("id", "fed-7")))
                .object("/v1.0/domains/contoso.com/federationConfiguration/fed-7", Map.of("id", "fed-7"));
        RunResult r = run(RunInput.commandLine(FEDERATION).confirm());
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/domains/contoso.com/federationConfiguration",
                "PATCH /v1.0/domains/contoso.com/federationConfiguration/fed-7"
                        + " {\"signOutUri\":\"https://sts.contoso.com/logoff\"}"), sent());
        assertEquals("Done: PATCH " + graph.baseUrl() + "/v1.0/domains/contoso.com/federationConfiguration/fed-7\n",
                r.text(), "the write as sent, the looked-up id in place");
    }

    @Test
    void aLookupThatFindsNothingEndsTheRunBeforeTheWrite() {
        graph.collection("/v1.0/domains/contoso.com/federationConfiguration", List.of());
        RunResult empty = run(RunInput.commandLine(FEDERATION).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, empty.status(), empty.text());
        assertEquals(List.of("GET /v1.0/domains/contoso.com/federationConfiguration"), sent());
        assertTrue(empty.text().startsWith("Set-EntraDomainFederationSettings: Not found: the reply of GET "
                + graph.baseUrl() + "/v1.0/domains/contoso.com/federationConfiguration has no value[0].id; nothing"
                + " was changed."), empty.text());

        graph.requests.clear();
        RunResult missing = run(RunInput.commandLine("Set-EntraDomainFederationSettings -DomainName fabrikam.com"
                + " -LogOffUri 'https://sts.fabrikam.com/logoff'").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, missing.status(), missing.text());
        assertEquals(List.of("GET /v1.0/domains/fabrikam.com/federationConfiguration"), sent(), "a 404 ends it too");
        assertTrue(missing.text().contains("Status: 404"), missing.text());
        assertTrue(missing.text().contains("The module's code looks this up before its request; nothing was"
                + " changed."), missing.text());
    }

    @Test
    void anArgumentTheCodeUsesInsteadOfTheLookupSkipsIt() {
        // Set-EntraBetaDirSyncEnabled.ps1:34 $params["OrganizationId"] = TenantId, :37 else the lookup's .Id
        graph.collection("/beta/directory/onPremisesSynchronization", List.of(Map.of("id", "t-9")))
                .object("/beta/organization/t-9", Map.of("id", "t-9"))
                .object("/beta/organization/t-1", Map.of("id", "t-1"));
        RunResult looked = run(RunInput.commandLine("Set-EntraBetaDirSyncEnabled -EnableDirsync $true -Force").confirm());
        assertEquals(RunStatus.OK, looked.status(), looked.text());
        assertEquals(List.of("GET /beta/directory/onPremisesSynchronization",
                "PATCH /beta/organization/t-9 {\"onPremisesSyncEnabled\":true}"), sent());
        graph.requests.clear();
        RunResult given = run(RunInput.commandLine("Set-EntraBetaDirSyncEnabled -EnableDirsync $false -TenantId t-1"
                + " -Force").confirm());
        assertEquals(RunStatus.OK, given.status(), given.text());
        assertEquals(List.of("PATCH /beta/organization/t-1 {\"onPremisesSyncEnabled\":false}"), sent());
    }

    @Test
    void aProbeSendsTheWriteToTheFirstPathThatAnswers() {
        // Remove-EntraPolicy.ps1:27-33 asks each policy kind for the id, :50 DELETEs where it answered
        graph.object("/v1.0/policies/claimsMappingPolicies/p-1", Map.of("id", "p-1"));
        RunResult asked = run(RunInput.commandLine("Remove-EntraPolicy -Id p-1"));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(12, asked.request().size(), "eleven tries and the DELETE: " + asked.request());
        assertTrue(asked.request().get(1).endsWith("/v1.0/policies/DefaultAppManagementPolicy/p-1   (when none"
                + " before answers)"), asked.request().get(1));
        assertEquals(List.of(), graph.requests);
        RunResult r = run(RunInput.commandLine("Remove-EntraPolicy -Id p-1").confirm());
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/policies/activityBasedTimeoutPolicies/p-1",
                "GET /v1.0/policies/DefaultAppManagementPolicy/p-1", "GET /v1.0/policies/appManagementPolicies/p-1",
                "GET /v1.0/policies/authenticationFlowsPolicy/p-1", "GET /v1.0/policies/authenticationMethodsPolicy/p-1",
                "GET /v1.0/policies/claimsMappingPolicies/p-1", "DELETE /v1.0/policies/claimsMappingPolicies/p-1"),
                sent(), "the tries stop at the first answer; the DELETE goes there");
    }

    @Test
    void aProbeThatNoPathAnswersSendsNoWrite() {
        RunResult r = run(RunInput.commandLine("Remove-EntraPolicy -Id nowhere").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(11, graph.requests.size());
        assertTrue(graph.requests.stream().allMatch(q -> q.method().equals("GET")), sent().toString());
        assertTrue(r.text().startsWith("Remove-EntraPolicy: Not found: none of the 11 requests the module's code"
                + " tries in turn answered; nothing was changed."), r.text());
        assertTrue(r.text().contains("/v1.0/policies/tokenLifetimePolicies/nowhere (404)"), r.text());
    }

    @Test
    void aLaterRequestIsSentOncePerObjectOfAnEarlierReply() {
        // Remove-EntraAgentUser.ps1:38 GET the agent's users, :50-57 DELETE each one's /users/{id}
        graph.collection("/v1.0/users/microsoft.graph.agentUser", List.of(Map.of("id", "u-1"), Map.of("id", "u-2")))
                .object("/v1.0/users/u-1", Map.of("id", "u-1")).object("/v1.0/users/u-2", Map.of("id", "u-2"));
        RunResult asked = run(RunInput.commandLine("Remove-EntraAgentUser -AgentId a-1"));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals("DELETE " + graph.baseUrl() + "/v1.0/users/<id of each object from GET"
                + " /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId%20eq%20'a-1'>", asked.request().get(1));
        assertEquals(List.of(), graph.requests);
        RunResult r = run(RunInput.commandLine("Remove-EntraAgentUser -AgentId a-1").confirm());
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId%20eq%20'a-1'",
                "DELETE /v1.0/users/u-1", "DELETE /v1.0/users/u-2"), sent());
        assertEquals("Done: DELETE " + graph.baseUrl() + "/v1.0/users/u-1\nDone: DELETE " + graph.baseUrl()
                + "/v1.0/users/u-2\n", r.text());

        graph.requests.clear();
        graph.object("/v1.0/users/microsoft.graph.agentUser/au-1", Map.of("id", "au-1"))
                .object("/v1.0/users/au-1", Map.of("id", "au-1"));
        RunResult one = run(RunInput.commandLine("Remove-EntraAgentUser -AgentUserId au-1").confirm());
        assertEquals(RunStatus.OK, one.status(), one.text());
        assertEquals(List.of("GET /v1.0/users/microsoft.graph.agentUser/au-1", "DELETE /v1.0/users/au-1"), sent());

        graph.requests.clear();
        RunResult gone = run(RunInput.commandLine("Remove-EntraAgentUser -AgentUserId nobody").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, gone.status(), gone.text());
        assertEquals(List.of("GET /v1.0/users/microsoft.graph.agentUser/nobody"), sent(), "no DELETE after a 404");
        assertTrue(gone.text().contains("Not found: the object 'nobody' (-AgentUserId) in microsoft.graph.agentUser."),
                gone.text());
    }
}
