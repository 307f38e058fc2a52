package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;

/**
 * Whole runs through the planner production uses ({@link Planners#bundled()}, the generated request table) with the
 * real session: what the module itself would send for a read, a paged read, a write and its confirmation.
 */
class BundledRunTest {

    private static ParameterBinder binder;
    private SessionTestKit kit;
    private GraphStandIn graph;
    private RunEngine engine;
    private SessionService session;

    @BeforeAll
    static void docs() {
        binder = new ParameterBinder(HelpIndex.load(StandardSources.of(List.of(), true, false)));
    }

    @BeforeEach
    void connect(@TempDir Path home) throws Exception {
        kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls()).users(250).object("/v1.0/groups/g-1", Map.of("id", "g-1"));
        session = GraphSessions.connect(kit, graph);
        GraphClient client = GraphSessions.client(kit, session);
        engine = new RunEngine(binder, Planners.bundled(), client, (command, request) -> List.of());
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private RunResult run(RunInput in) {
        return engine.run(in, PageListener.NONE, CancellationSignal.NONE);
    }

    @Test
    void aReadSendsTheModulesOwnRequestAndShowsATable() {
        RunResult r = run(RunInput.commandLine("Get-EntraUser -Top 3"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(3, r.count());
        assertEquals(1, graph.requests.size());
        String sent = graph.requests.get(0).line();
        assertTrue(sent.startsWith("GET /v1.0/users/?$select=Id,AccountEnabled,"), sent);
        assertTrue(sent.endsWith("&$top=3"), sent);
        assertEquals("GET " + graph.baseUrl() + sent.substring("GET ".length()), r.request().get(0));
        assertTrue(r.text().contains("User 3      00000000-0000-0000-0000-000000000003"), r.text());
        assertEquals(List.of(), r.notes(), "nothing to say: the $top cap is the plan's own, -UserId is not given");
        RunResult byUpn = run(RunInput.commandLine("Get-EntraUser -UserId user2@contoso.com"));
        assertEquals(RunStatus.OK, byUpn.status(), byUpn.text());
        assertTrue(byUpn.notes().get(0).startsWith("the module sends the GET in one of two forms, by whether -UserId"
                + " matches"), byUpn.notes().toString());
    }

    @Test
    void allFollowsEveryPage() {
        List<Long> seen = new ArrayList<>();
        RunResult r = engine.run(RunInput.commandLine("Get-EntraUser -All"), (page, n, limit) -> seen.add(n),
                CancellationSignal.NONE);
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(250, r.count());
        assertEquals(List.of(100L, 200L, 250L), seen);
        assertEquals(3, graph.requests.size(), "three pages through @odata.nextLink");
    }

    @Test
    void aWriteWaitsForConfirmationAndWhatIfSendsNothing() {
        String line = "Remove-EntraGroup -GroupId g-1";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status());
        assertEquals(List.of("DELETE " + graph.baseUrl() + "/v1.0/groups/g-1"), asked.request());
        assertEquals(List.of("The request is the one the Graph SDK cmdlet sends (aad-to-graph page of Remove-MgGroup)."),
                asked.notes());
        assertEquals(List.of(), graph.requests, "nothing sent before the confirmation");
        RunResult whatIf = run(RunInput.commandLine(line + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing, confirmed or not");
        RunResult sent = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        assertEquals(List.of("DELETE /v1.0/groups/g-1"), graph.requests.stream().map(GraphStandIn.Recorded::line)
                .toList());
    }

    @Test
    void theContextAndTheCloudsAreAnsweredFromTheSession() {
        RunResult context = run(RunInput.commandLine("Get-EntraContext"));
        assertEquals(RunStatus.OK, context.status(), context.text());
        assertTrue(context.single());
        assertEquals(SessionTestKit.APP_ID, context.objects().get(0).get("ClientId"));
        assertEquals(SessionTestKit.TENANT_ID, context.objects().get(0).get("TenantId"));
        assertTrue(context.text().contains("Environment            : GraphStandIn"), context.text());
        assertTrue(context.text().contains("AuthType               : AppOnly"), context.text());
        RunResult clouds = run(RunInput.commandLine("Get-EntraEnvironment"));
        assertEquals(RunStatus.OK, clouds.status(), clouds.text());
        List<Object> names = clouds.objects().stream().map(o -> o.get("Name")).toList();
        assertEquals(List.of("Global", "China", "USGov", "USGovDoD"), names.subList(0, 4));
        assertEquals(session.environments().stream().map(e -> e.name()).toList(), names);
        assertTrue(names.contains("GraphStandIn"), names.toString());
        RunResult one = run(RunInput.commandLine("Get-EntraEnvironment -Name graphstandin"));
        assertEquals(List.of(Map.of("Name", "GraphStandIn", "AzureADEndpoint", kit.standInUrl(), "GraphEndpoint",
                graph.baseUrl(), "Type", "User-defined")), one.objects());
        assertEquals(List.of(), graph.requests, "no Graph request");
    }

    @Test
    void addEntraEnvironmentAddsACloudToThisMachinesListAndWhatIfChangesNothing() {
        // Add-EntraEnvironment.ps1 calls Add-MgEnvironment with -Name, -AzureADEndpoint, -GraphEndpoint: the SDK's
        // local list of clouds; here the session's (what `entra-ls environment add` changes), no Graph request
        String line = "Add-EntraEnvironment -Name Contoso -AzureADEndpoint https://login.contoso.test"
                + " -GraphEndpoint https://graph.contoso.test";
        RunResult whatIf = run(RunInput.commandLine(line + " -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("\"Add environment\" on target \"Contoso\""), whatIf.text());
        assertTrue(session.environments().stream().noneMatch(e -> e.name().equals("Contoso")), "-WhatIf added it");
        RunResult added = run(RunInput.commandLine(line));
        assertEquals(RunStatus.OK, added.status(), added.text());
        assertEquals(List.of(Map.of("Name", "Contoso", "AzureADEndpoint", "https://login.contoso.test",
                "GraphEndpoint", "https://graph.contoso.test", "Type", "User-defined")), added.objects());
        RunResult listed = run(RunInput.commandLine("Get-EntraEnvironment -Name contoso"));
        assertEquals(added.objects(), listed.objects());
        RunResult builtIn = run(RunInput.commandLine("Add-EntraEnvironment -Name Global -AzureADEndpoint"
                + " https://login.contoso.test -GraphEndpoint https://graph.contoso.test"));
        assertEquals(RunStatus.FAULT, builtIn.status(), builtIn.text());
        assertTrue(builtIn.text().contains("built-in environment"), builtIn.text());
        assertEquals(List.of(), graph.requests, "no Graph request");
    }

    @Test
    void theSignedInTenantIsWhereTheModuleReadsItsContext() {
        // Get-EntraPartnerInformation without -TenantId reads (Get-EntraContext).TenantId: the session's tenant
        graph.object("/v1.0/organization/" + SessionTestKit.TENANT_ID + "/partnerInformation",
                Map.of("companyName", "Contoso"));
        RunResult r = run(RunInput.commandLine("Get-EntraPartnerInformation"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/organization/" + SessionTestKit.TENANT_ID + "/partnerInformation"),
                graph.requests.stream().map(GraphStandIn.Recorded::line).toList());
        assertTrue(r.text().contains("Contoso"), r.text());
    }

    @Test
    void aLoopInTheModuleJoinsEveryReplyInOrder() {
        // Get-EntraPolicy asks each policy kind in turn and shows them all, not only the last kind's
        dev.entrals.graph.RequestPlan plan = ((dev.entrals.graph.RequestPlanner.Planned) Planners.bundled()
                .plan("Get-EntraPolicy", null, Map.of())).plan();
        List<String> paths = plan.requests().stream().map(q -> q.relativeUrl().replaceAll("\\?.*", "")).toList();
        for (int i = 0; i < paths.size(); i++) {
            if (i == 1) {
                graph.object(paths.get(i), Map.of("id", "p-" + i));
            } else {
                graph.collection(paths.get(i), List.of(Map.of("id", "p-" + i + "a"), Map.of("id", "p-" + i + "b")));
            }
        }
        RunResult r = run(RunInput.commandLine("Get-EntraPolicy"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(paths.size(), graph.requests.size(), "one request per policy kind");
        assertEquals(2L * paths.size() - 1, r.count(), "every reply's objects, a single object counted once");
        List<Object> ids = r.objects().stream().map(o -> o.get("id")).toList();
        assertEquals(List.of("p-0a", "p-0b", "p-1", "p-2a"), ids.subList(0, 4));
        assertEquals("p-" + (paths.size() - 1) + "b", ids.get(ids.size() - 1));
        assertTrue(!r.single());
    }

    private static final String T1 = "00000000-0000-0000-0000-0000000000a1";
    private static final String T2 = "00000000-0000-0000-0000-0000000000a2";

    @Test
    void aLoopOverAnArgumentSendsOneRequestPerValueAndShowsEachReply() {
        // Resolve-EntraTenant.ps1 77-79: foreach over the -TenantId values; 90 findTenantInformationByTenantId('$item')
        String path = "/v1.0/tenantRelationships/findTenantInformationByTenantId(tenantId='%s')";
        graph.object(String.format(path, T1), Map.of("tenantId", T1, "displayName", "One"));
        graph.object(String.format(path, T2), Map.of("tenantId", T2, "displayName", "Two"));
        RunResult r = run(RunInput.commandLine("Resolve-EntraTenant -TenantId '" + T1 + "', '" + T2
                + "' -SkipOidcMetadataEndpoint"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("GET " + String.format(path, T1), "GET " + String.format(path, T2)),
                graph.requests.stream().map(q -> q.line()).toList());
        assertEquals(List.of("One", "Two"), r.objects().stream().map(o -> o.get("displayName")).toList());
    }
}
