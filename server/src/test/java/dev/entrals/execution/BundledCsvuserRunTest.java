package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs of {@code Set-EntraBetaAppRoleToApplicationUser} (Microsoft.Entra.Beta, Governance/
 * Set-EntraBetaAppRoleToApplicationUser.ps1), whose table entry is refused with {@code via} {@code Import-Csv} and which
 * the engine answers per row of its CSV file ({@link AppRoleUsers}): the file read first, one confirmation, -WhatIf
 * sends nothing, an existing user found and a missing one created, the role added to the application and assigned, a
 * failing step stops and says what was changed, a malformed file is a clear error.
 */
class BundledCsvuserRunTest extends BundledRunCase {

    private static final String APPS = "/beta/applications";
    private static final String SPS = "/beta/servicePrincipals";
    // :84 the user's $select, its space before UserPrincipalName sent as %20
    private static final String SELECT = "&$select=Id,CreationType,DisplayName,GivenName,Mail,MailNickName,MobilePhone,"
            + "OtherMails,%20UserPrincipalName,EmployeeId,JobTitle";
    private static final String CSV = "userPrincipalName,displayName,mailNickname,Role,memberType\n"
            + "Alice@Contoso.com,Alice Smith,alice,Reader,User\n"
            + "bob@contoso.com,\"Bob  Jones\",bob,admin,User\n"
            + ",Nobody,nobody,reader,User\n";

    @TempDir
    Path folder;

    private String call(String extra) throws Exception {
        Path file = folder.resolve("users.csv");
        if (!Files.exists(file)) {
            Files.writeString(file, CSV);
        }
        return "Set-EntraBetaAppRoleToApplicationUser -DataSource Generic -FilePath '" + file
                + "' -ApplicationName 'HR App'" + extra;
    }

    /** The application and its service principal exist; alice exists and has her role, bob does not exist. */
    private void tenant() {
        tenant(true);
    }

    private void tenant(boolean usersCreated) {
        graph.filtered(APPS, "displayName eq 'HR App'", List.of(Map.of("id", "app-1", "appId", "appid-1")))
                .filtered(SPS, "appId eq 'appid-1'", List.of(Map.of("id", "sp-1")))
                .object(APPS + "/app-1", Map.of("id", "app-1", "appRoles", List.of(Map.of("id", "role-r",
                        "displayName", "reader"))))
                .filtered("/beta/users", "userPrincipalName eq 'alice@contoso.com'", List.of(Map.of("id", "u-alice")))
                .filtered("/beta/users", "userPrincipalName eq 'bob@contoso.com'", List.of())
                .object(SPS + "/sp-1", Map.of("id", "sp-1", "appRoles", List.of(Map.of("id", "role-r",
                        "displayName", "Reader"), Map.of("id", "role-a", "displayName", "admin"))))
                .collection(SPS + "/sp-1/appRoleAssignedTo", List.of(Map.of("id", "asg-1", "appRoleId", "role-r",
                        "principalId", "u-alice")))
                .object(SPS + "/sp-1/appRoleAssignments", Map.of("id", "asg-2"));
        if (usersCreated) { // else POST /beta/users answers 404
            graph.object("/beta/users", Map.of("id", "u-bob", "userPrincipalName", "bob@contoso.com"));
        }
    }

    @Test
    void theWholeRunIsShownAndConfirmedOnceAndWhatIfSendsNothing() throws Exception {
        tenant();
        RunResult asked = run(RunInput.commandLine(call("")));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");
        String base = graph.baseUrl();
        List<String> shown = asked.request();
        assertEquals("GET " + base + APPS + "?$filter=displayName%20eq%20'HR%20App'", shown.get(0));
        assertEquals("POST " + base + APPS + "   (only if that GET returned none)", shown.get(1));
        assertEquals("{\"displayName\":\"HR App\",\"signInAudience\":\"AzureADMyOrg\",\"web\":{\"RedirectUris\":"
                + "[\"https://localhost\"]}}", shown.get(2));
        assertTrue(shown.contains("PATCH " + base + APPS + "/<id of the application>   (only with the roles its appRoles"
                + " lack, if any: reader, admin)"), shown.toString());
        // :90-108 the new user's body, its password masked
        assertTrue(shown.contains("{\"displayName\":\"bob jones\",\"passwordProfile\":{\"ForceChangePasswordNextSignIn\""
                + ":true,\"Password\":\"********\"},\"userPrincipalName\":\"bob@contoso.com\",\"accountEnabled\":false,"
                + "\"mailNickName\":\"bob\",\"mail\":\"bob@contoso.com\"}"), shown.toString());
        assertTrue(shown.contains("POST " + base + SPS + "/<id of the service principal>/appRoleAssignments   (unless"
                + " the user has that role)"), shown.toString());
        assertTrue(asked.notes().stream().anyMatch(n -> n.contains("Skipping user due to invalid userPrincipalName:"
                + " '' (line 4)")), asked.notes().toString());

        RunResult whatIf = run(RunInput.commandLine(call(" -WhatIf")).confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"POST\" on target \"" + base
                + "/beta/users?$select=*\"."), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void anExistingUserIsFoundAMissingOneCreatedAndTheRoleAssigned() throws Exception {
        tenant();
        RunResult done = run(RunInput.commandLine(call(" -Export -ExportFilePath out.csv")).in(folder).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        List<String> sent = sent();
        assertEquals(List.of(
                "GET " + APPS + "?$filter=displayName%20eq%20'HR%20App'",
                "GET " + SPS + "?$filter=appId%20eq%20'appid-1'",
                "GET " + APPS + "/app-1"), sent.subList(0, 3));
        // :371-380 the role the application lacks appended to its appRoles, with a new GUID
        JsonNode patch = new ObjectMapper().readTree(sent.get(3).substring(sent.get(3).indexOf(' ', 6) + 1));
        assertTrue(sent.get(3).startsWith("PATCH " + APPS + "/app-1 "), sent.get(3));
        assertEquals(2, patch.get("appRoles").size());
        assertEquals("role-r", patch.get("appRoles").get(0).get("id").asText());
        assertEquals("admin", patch.get("appRoles").get(1).get("displayName").asText());
        assertEquals("[\"user\"]", patch.get("appRoles").get(1).get("allowedMemberTypes").toString());
        assertEquals(36, patch.get("appRoles").get(1).get("id").asText().length());
        assertEquals("[\"WindowsAzureActiveDirectoryIntegratedApp\"]", patch.get("tags").toString());
        assertEquals(List.of(
                "GET /beta/users?$filter=userPrincipalName%20eq%20'alice@contoso.com'" + SELECT,
                "GET " + SPS + "/sp-1",
                "GET " + SPS + "/sp-1/appRoleAssignedTo",
                "GET /beta/users?$filter=userPrincipalName%20eq%20'bob@contoso.com'" + SELECT),
                sent.subList(4, 8), "alice has her role: no assignment sent for her");
        assertTrue(sent.get(8).startsWith("POST /beta/users?$select=* {\"displayName\":\"bob jones\","
                + "\"passwordProfile\":{\"ForceChangePasswordNextSignIn\":true,\"Password\":\""), sent.get(8));
        assertEquals(List.of("GET " + SPS + "/sp-1", "GET " + SPS + "/sp-1/appRoleAssignedTo",
                "POST " + SPS + "/sp-1/appRoleAssignments {\"appRoleId\":\"role-a\",\"principalId\":\"u-bob\","
                        + "\"resourceId\":\"sp-1\"}"), sent.subList(9, 12));
        assertEquals(12, sent.size());
        assertEquals(2, done.count());
        assertEquals("Exists", done.objects().get(0).get("RoleAssignmentStatus"));
        assertEquals("Created", done.objects().get(1).get("UserCreationStatus"));
        assertEquals("asg-2", done.objects().get(1).get("AssignmentId"));
        assertTrue(done.text().indexOf("********") < 0 && !done.text().contains("Password"), done.text());
        String out = Files.readString(folder.resolve("out.csv"));
        assertTrue(out.startsWith("\"UserPrincipalName\",\"DisplayName\",\"UserId\",\"Role\""), out);
        assertEquals(3, out.lines().count());
    }

    @Test
    void aFailingStepStopsAndSaysWhatWasChangedAndWhatWasNotSent() throws Exception {
        tenant(false);
        RunResult r = run(RunInput.commandLine(call("")).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        List<String> sent = sent();
        assertEquals(9, sent.size(), sent.toString());
        assertTrue(sent.get(8).startsWith("POST /beta/users?$select=* "), sent.get(8));
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("Sent and done before it (changed): PATCH " + graph.baseUrl() + APPS + "/app-1."
                + " Not sent: the rest of the requests of line 3 (bob@contoso.com)."), r.text());
    }

    @Test
    void aFailingFirstStepSaysNothingWasChanged() throws Exception {
        RunResult r = run(RunInput.commandLine(call("")).confirm()); // no application collection: the GET is 404
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(1, graph.requests.size());
        assertTrue(r.text().contains("Nothing was changed. Not sent: the requests of line 2 (alice@contoso.com),"
                + " the requests of line 3 (bob@contoso.com)."), r.text());
    }

    @Test
    void itGetsARunLensThoughThePlannerRefusesIt() {
        // the table refuses it (via Import-Csv): the engine answers it, so some call runs
        assertTrue(Planners.bundled().refusesEveryCall("Set-EntraBetaAppRoleToApplicationUser"));
        assertTrue(RunnableCommands.runsSomeCall(Planners.bundled()).test("Set-EntraBetaAppRoleToApplicationUser"));
    }

    @Test
    void aMalformedCsvIsAClearErrorAndNothingIsSent() throws Exception {
        tenant();
        Files.writeString(folder.resolve("users.csv"), "userPrincipalName,displayName\n\"a@contoso.com,A\n");
        RunResult r = run(RunInput.commandLine(call("")).confirm());
        assertEquals(RunStatus.FAULT, r.status(), r.text());
        assertTrue(r.text().contains("cannot be read as Import-Csv reads it: a quoted field is not closed (line 2)."
                + " Nothing was sent."), r.text());
        Files.writeString(folder.resolve("users.csv"), "Role,role\nx,y\n");
        r = run(RunInput.commandLine(call("")).confirm());
        assertTrue(r.text().contains("the column \"role\" is named twice (line 1)"), r.text());
        r = run(RunInput.commandLine(call("").replace("users.csv", "none.csv")).confirm());
        assertTrue(r.text().contains("Cannot validate argument on parameter 'FilePath'"), r.text());
        assertEquals(List.of(), graph.requests);
    }
}
