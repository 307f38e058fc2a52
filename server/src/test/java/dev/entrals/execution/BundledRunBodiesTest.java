package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of writes whose body is a structure the module builds from an object argument, written on the line as
 * a hashtable literal: the real table ({@link Planners#bundled()}), the real session, the Graph stand-in.
 */
class BundledRunBodiesTest extends BundledRunCase {

    private static final String USER = "00000000-0000-0000-0000-0000000000b1";

    @Override
    protected void serve(GraphStandIn standIn) {
        standIn.object("/v1.0/users", Map.of("id", "u-new", "displayName", "Ann"))
                .object("/v1.0/applications/app-1/addKey", Map.of("keyId", "k-1"))
                .object("/v1.0/users/" + USER, Map.of("id", USER));
    }

    @Test
    void newUserWithAPasswordProfileHashtableSendsTheModulesNestedBodyAfterConfirmation() {
        // New-EntraUser.ps1 193-200: passwordProfile = @{ forceChangePasswordNextSignIn = $TmpValue
        // .ForceChangePasswordNextLogin; forceChangePasswordNextSignInWithMfa = $TmpValue.EnforceChangePasswordPolicy;
        // password = $TmpValue.Password }
        String line = "New-EntraUser -DisplayName 'Ann' -AccountEnabled $true -MailNickName 'ann'"
                + " -UserPrincipalName 'ann@contoso.com' -PasswordProfile @{Password = 'Pa55-w0rd'; "
                + "ForceChangePasswordNextLogin = $true}";
        String body = "{\"MailNickName\":\"ann\",\"DisplayName\":\"Ann\",\"AccountEnabled\":true,"
                + "\"UserPrincipalName\":\"ann@contoso.com\",\"passwordProfile\":{\"forceChangePasswordNextSignIn\":true,"
                + "\"forceChangePasswordNextSignInWithMfa\":null,\"password\":\"Pa55-w0rd\"}}";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertTrue(asked.request().contains(body.replace("Pa55-w0rd", ShownBody.MASK)), asked.request().toString());
        assertTrue(!asked.text().contains("Pa55-w0rd") && !asked.request().toString().contains("Pa55-w0rd"),
                "the password is shown masked: " + asked.text());
        assertEquals(List.of(), graph.requests, "nothing sent before the confirmation");
        RunResult sent = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        assertEquals(1, graph.requests.size());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("POST /v1.0/users?$select=*", r.line()); // New-EntraUser.ps1 234: the module's URL
        assertEquals(body, r.body(), "the body sent is whole");
        assertTrue(!sent.text().contains("Pa55-w0rd") && !sent.request().toString().contains("Pa55-w0rd"));
        assertTrue(r.headers().entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Content-Type")
                && h.getValue().startsWith("application/json")), r.headers().toString());
    }

    @Test
    void aSecureStringSuppliedFromOutsideIsSentAsTheModulesPlainTextAndShownMasked() {
        // Set-EntraUserPasswordProfile.ps1 52-54 PtrToStringAuto(SecureStringToBSTR($Temp)), 94-96, 102 Update-MgUser;
        // a SecureString is never a literal: the value is supplied (the editor asks, the CLI's --arg)
        String line = "Set-EntraUserPasswordProfile -UserId " + USER + " -Password $secure -ForceChangePasswordNextSignIn";
        RunInput in = new RunInput(line, 0, line.length(), Map.of("Password", "N3w-Pa55"), true, false, null, 0);
        RunResult sent = run(in);
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        GraphStandIn.Recorded r = graph.requests.get(0);
        assertEquals("PATCH /v1.0/users/" + USER, r.line());
        assertEquals("{\"passwordProfile\":{\"forceChangePasswordNextSignIn\":true,\"password\":\"N3w-Pa55\"}}",
                r.body());
        assertTrue(!sent.text().contains("N3w-Pa55") && !sent.request().toString().contains("N3w-Pa55"),
                sent.request().toString());
    }

    @Test
    void aKeyCredentialBuiltKeyByKeyIsSentInsideTheSdkProperty() {
        // New-EntraApplicationKeyCredential.ps1 45-64 $keyCredential[…] = …, $params["KeyCredential"]; 111
        // Add-MgApplicationKey: POST /applications/{id}/addKey; ASCII bytes as Base64
        RunResult sent = run(RunInput.commandLine("New-EntraApplicationKeyCredential -ApplicationId app-1"
                + " -CustomKeyIdentifier 'Test' -Type Symmetric -Usage Sign -Value 'abc'").confirm());
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        assertEquals("{\"keyCredential\":{\"customKeyIdentifier\":\"VGVzdA==\",\"key\":\"YWJj\",\"type\":\"Symmetric\","
                + "\"usage\":\"Sign\"}}", graph.requests.get(0).body());
    }
}
