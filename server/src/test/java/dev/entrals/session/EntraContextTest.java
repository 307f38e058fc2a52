package dev.entrals.session;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntraContextTest {

    private static final EntraContext APP_ONLY = new EntraContext("00001111-aaaa-2222-bbbb-3333cccc4444",
            "bbbbcccc-1111-dddd-2222-eeee3333ffff", List.of("Agreement.ReadWrite.All",
            "CustomSecAttributeDefinition.ReadWrite.All", "TeamMember.Read.All", "User.Read.All", "Group.Read.All"),
            AuthType.AppOnly, TokenCredentialType.ClientCertificate, "AA11BB22CC33DD44EE55FF66AA77BB88CC99DD00", "",
            "", "MG_graph_auth", ContextScope.Process, "certificate-bytes", "entra-ls 0.1.0", "", "secret!",
            "Global");

    @Test
    void formatListAlignsNamesAsDisconnectEntraPrintsThem() {
        assertEquals("""
                ClientId               : 00001111-aaaa-2222-bbbb-3333cccc4444
                TenantId               : bbbbcccc-1111-dddd-2222-eeee3333ffff
                Scopes                 : {Agreement.ReadWrite.All, CustomSecAttributeDefinition.ReadWrite.All, \
                TeamMember.Read.All, User.Read.All...}
                AuthType               : AppOnly
                TokenCredentialType    : ClientCertificate
                CertificateThumbprint  : AA11BB22CC33DD44EE55FF66AA77BB88CC99DD00
                CertificateSubjectName :
                Account                :
                AppName                : MG_graph_auth
                ContextScope           : Process
                Certificate            :
                PSHostVersion          : entra-ls 0.1.0
                ManagedIdentityId      :
                ClientSecret           :
                Environment            : Global
                """, APP_ONLY.formatList());
    }

    @Test
    void secretsAreAlwaysEmpty() {
        assertEquals("", APP_ONLY.clientSecret());
        assertEquals("", APP_ONLY.certificate());
    }

    @Test
    void orderedMapHasTheFifteenNamesInOrderAndScopesAsList() {
        Map<String, Object> m = APP_ONLY.toOrderedMap();
        assertEquals(EntraContext.FIELD_NAMES, List.copyOf(m.keySet()));
        assertEquals(APP_ONLY.scopes(), m.get("Scopes"));
        assertEquals("AppOnly", m.get("AuthType"));
        assertEquals("", m.get("ClientSecret"));
    }

    @Test
    void mapRoundTripGivesTheSameContext() {
        assertEquals(APP_ONLY, EntraContext.fromMap(APP_ONLY.toOrderedMap()));
    }

    @Test
    void shortScopeListShowsEveryScopeWithoutEllipsis() {
        EntraContext c = new EntraContext("a", "t", List.of("User.Read"), AuthType.Delegated,
                TokenCredentialType.DeviceCode, null, null, "u@x", null, ContextScope.CurrentUser, null, null, null,
                null, "Global");
        assertEquals("Scopes                 : {User.Read}", c.formatList().lines().toList().get(2));
    }

    @Test
    void whoIsSignedInFollowsTheSharedCases() throws Exception {
        // the same file pins the VS Code client's principal() (vscode-client/src/test/unit/principal.test.ts)
        java.nio.file.Path cases = dev.entrals.testing.Corpus.projectRoot()
                .resolve("server/src/test/resources/session/principal-cases.json");
        List<Map<String, Object>> all = new com.fasterxml.jackson.databind.ObjectMapper().readValue(cases.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
        assertEquals(5, all.size());
        for (Map<String, Object> c : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) c.get("context");
            assertEquals(c.get("who"), EntraContext.fromMap(fields).who(), fields.toString());
        }
    }
}
