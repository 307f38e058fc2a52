package dev.entrals.graph.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The SDK naming rule: a Graph path and the noun the Microsoft Graph PowerShell SDK gives its cmdlets (each pair from
 * the SDK's own cmdlet reference), and how often the rule agrees with the aad-to-graph pages.
 */
class SdkNamingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/users/{user-id}/ownedDevices | UserOwnedDevice",
        "/servicePrincipals/{servicePrincipal-id}/claimsMappingPolicies | ServicePrincipalClaimMappingPolicy",
        "/policies/featureRolloutPolicies/{featureRolloutPolicy-id} | PolicyFeatureRolloutPolicy",
        "/directory/onPremisesSynchronization | DirectoryOnPremiseSynchronization",
        "/auditLogs/signIns | AuditLogSignIn",
        "/domains/{domain-id}/domainNameReferences | DomainNameReference",
        "/identity/identityProviders | IdentityProvider",
        "/applications/{application-id}/owners/$ref | ApplicationOwnerByRef",
        "/users/{user-id}/photo/$value | UserPhotoContent",
        "/servicePrincipals/microsoft.graph.agentIdentity | ServicePrincipalAsAgentIdentity",
        "/privilegedAccess/{privilegedAccess-id}/resources | PrivilegedAccessResource",
    })
    void namesAPathAsTheSdkDoes(String path, String noun) {
        assertEquals(noun, SdkNaming.noun(path));
    }

    @Test
    void agreesWithMostOfThePagesGetNewUpdateRemoveCmdlets() {
        MgCatalog pages = new MgCatalog(Corpus.require("aad-to-graph").resolve("docs"));
        int[] m = pages.namingAgreement();
        // measured on the aad-to-graph corpus: 146 of 157 Get/New/Update/Remove cmdlets, 149 of 172 in all (actions
        // take their verb from the action, not the path); the rule is used only to pick a documented path
        assertTrue(m[1] > 100 && m[3] > 100, "pages read: " + m[1]);
        assertTrue(m[2] * 10 >= m[3] * 9, "the rule names " + m[2] + " of " + m[3] + " cmdlets right: "
                + pages.namingDisagreements());
    }
}
