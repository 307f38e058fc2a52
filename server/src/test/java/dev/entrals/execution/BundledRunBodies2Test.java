package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs of the writes read on the branch {@code bodies2}: the real table ({@link Planners#bundled()}), binder
 * and session, against the Graph stand-in.
 */
class BundledRunBodies2Test extends BundledRunCase {

    private static final String USER = "8f3c1c2e-5b0a-4a8e-9d53-2f1e1d0c9b7a";

    @Override
    protected void serve(GraphStandIn standIn) {
        standIn
                .object("/v1.0/users/" + USER + "/microsoft.graph.assignLicense", Map.of("id", USER))
                .object("/v1.0/me/changePassword", Map.of())
                .object("/v1.0/applications/app-1/addPassword", Map.of("keyId", "k-1", "displayName", "ci"))
                .object("/beta/groups/g-1/settings", Map.of("id", "s-1"))
                .object("/v1.0/applications/app-1/logo", Map.of())
                .object("/v1.0/users/" + USER + "/authentication/methods/28c10230-6103-485e-b985-444c60001490"
                        + "/resetPassword", Map.of("status", "succeeded"));
    }

    @Test
    void setUserLicenseWithAHashtableSendsTheModulesAssignLicenseBodyAfterConfirmation() {
        // Set-EntraUserLicense.ps1 41-54 (addLicenses: each item's skuId, Select-Object; removeLicenses: the list,
        // @() when absent), 58 "/v1.0/users/$UserId/microsoft.graph.assignLicense", 64 POST
        String line = "Set-EntraUserLicense -UserId " + USER + " -AssignedLicenses @{AddLicenses = @(@{SkuId = "
                + "'c42b9cae-ea4f-4ab7-9717-81576235ccac'; DisabledPlans = @('p1')})}";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing sent before the confirmation");
        RunResult sent = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        assertEquals(1, graph.requests.size());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("POST /v1.0/users/" + USER + "/microsoft.graph.assignLicense", r.line());
        assertEquals("{\"addLicenses\":[{\"skuId\":\"c42b9cae-ea4f-4ab7-9717-81576235ccac\"}],\"removeLicenses\":[]}",
                r.body());
    }

    @Test
    void changingTheSignedInUsersPasswordSendsBothTextsAndShowsNeither() {
        // Set-EntraSignedInUserPassword.ps1 36-46: both SecureStrings as text (PtrToStringUni), 42 /v1.0/me/changePassword
        String line = "Set-EntraSignedInUserPassword -CurrentPassword $old -NewPassword $new";
        RunInput in = new RunInput(line, 0, line.length(), Map.of("CurrentPassword", "0ld-Pa55", "NewPassword",
                "N3w-Pa55"), true, false, null, 0);
        RunResult sent = run(in);
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("POST /v1.0/me/changePassword", r.line());
        assertEquals("{\"currentPassword\":\"0ld-Pa55\",\"newPassword\":\"N3w-Pa55\"}", r.body());
        String shown = sent.text() + sent.request();
        assertTrue(!shown.contains("0ld-Pa55") && !shown.contains("N3w-Pa55"), shown);
    }

    @Test
    void anApplicationPasswordSendsTheArgumentsNonEmptyPropertiesInsideTheSdkProperty() {
        // New-EntraApplicationPassword.ps1 43-52 (the non-empty properties copied into $hash, passed as
        // -PasswordCredential), 87 Add-MgApplicationPassword: POST /applications/{id}/addPassword
        String line = "New-EntraApplicationPassword -ApplicationId app-1 -PasswordCredential @{DisplayName = 'ci';"
                + " Hint = ''; EndDateTime = '2027-01-01T00:00:00Z'}";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing sent before the confirmation");
        RunResult sent = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("POST /v1.0/applications/app-1/addPassword", r.line());
        assertEquals("{\"passwordCredential\":{\"displayName\":\"ci\",\"endDateTime\":\"2027-01-01T00:00:00Z\"}}",
                r.body());
    }

    @Test
    void anObjectSettingSendsTheNonEmptyPropertiesWithLowerCaseKeys() {
        // New-EntraBetaObjectSetting.ps1 45-50: non-empty properties, ConvertTo-Json, keys lower-cased by a regex;
        // POST /beta/$TargetType/$TargetObjectId/settings
        RunResult sent = run(RunInput.commandLine("New-EntraBetaObjectSetting -TargetType groups -TargetObjectId g-1"
                + " -DirectorySetting @{TemplateId = 't-1'; Values = @(@{Name = 'AllowToAddGuests'; Value = 'False'})}")
                .confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("POST /beta/groups/g-1/settings", r.line());
        assertEquals("{\"templateid\":\"t-1\",\"values\":[{\"name\":\"AllowToAddGuests\",\"value\":\"False\"}]}",
                r.body());
    }

    @Test
    void updatingAUserFromFederatedSendsTheNewPasswordOrAnEmptyObject() {
        // Update-EntraUserFromFederated.ps1 61, 82-93, 98: POST …/resetPassword with {newPassword} or {}
        String path = "/v1.0/users/" + USER + "/authentication/methods/28c10230-6103-485e-b985-444c60001490"
                + "/resetPassword";
        RunResult cloud = run(RunInput.commandLine("Update-EntraUserFromFederated -UserPrincipalName " + USER)
                .confirm());
        assertEquals(RunStatus.OK, cloud.status(), cloud.text());
        String line = "Update-EntraUserFromFederated -UserPrincipalName " + USER + " -NewPassword $pw";
        RunResult hybrid = run(new RunInput(line, 0, line.length(), Map.of("NewPassword", "N3w-Pa55"), true, false,
                null, 0));
        assertEquals(RunStatus.OK, hybrid.status(), hybrid.text());
        assertEquals(2, graph.requests.size());
        assertEquals("POST " + path, graph.requests.get(0).line());
        assertEquals("{}", graph.requests.get(0).body());
        assertEquals("POST " + path, graph.requests.get(1).line());
        assertEquals("{\"newPassword\":\"N3w-Pa55\"}", graph.requests.get(1).body());
        assertTrue(!(hybrid.text() + hybrid.request()).contains("N3w-Pa55"), hybrid.request().toString());
    }

    @Test
    void aLogoSendsTheLocalFilesBytesWithTheModulesContentTypeAndShowsOnlyItsNameAndSize(@TempDir Path dir)
            throws Exception {
        // Set-EntraApplicationLogo.ps1 47-48 ReadAllBytes($($params.FilePath)), 69 PUT …/logo -ContentType "image/*"
        Path logo = dir.resolve("logo.png");
        java.nio.file.Files.writeString(logo, "PNG-BYTES-0123456789");
        String line = "Set-EntraApplicationLogo -ApplicationId app-1 -FilePath '" + logo + "'";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String shown = String.join("\n", asked.request());
        assertTrue(shown.contains("PUT ") && shown.contains("/v1.0/applications/app-1/logo"), shown);
        assertTrue(shown.contains("<the bytes of the file " + logo.toAbsolutePath() + ", 20 bytes, Content-Type: image/*>"),
                shown);
        assertTrue(!shown.contains("PNG-BYTES"), "the bytes are not shown: " + shown);
        assertEquals(List.of(), graph.requests, "nothing sent before the confirmation");
        RunResult sent = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("PUT /v1.0/applications/app-1/logo", r.line());
        assertEquals("PNG-BYTES-0123456789", r.body());
        assertTrue(r.headers().entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Content-Type")
                && h.getValue().equals("image/*")), r.headers().toString());
    }

    @Test
    void aMissingLogoFileIsAClearFaultAndNothingIsSent(@TempDir Path dir) {
        Path missing = dir.resolve("nope.png");
        RunResult sent = run(RunInput.commandLine("Set-EntraApplicationLogo -ApplicationId app-1 -FilePath '"
                + missing + "'").confirm());
        assertEquals(RunStatus.FAULT, sent.status(), sent.text());
        assertTrue(sent.text().contains("The file to send does not exist: " + missing.toAbsolutePath()
                + ". Nothing was sent."), sent.text());
        assertEquals(List.of(), graph.requests);
    }
}
