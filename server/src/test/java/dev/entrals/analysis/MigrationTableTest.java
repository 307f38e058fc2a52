package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.analysis.MigrationTable.Preference;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MigrationTableTest {

    @Test
    void findsReplacementCaseInsensitively() {
        RetiredCmdlet r = MigrationTable.bundled().find("get-azureaduser").orElseThrow();
        assertEquals("Get-AzureADUser", r.name());
        assertEquals("Get-EntraUser", r.replacement());
    }

    @Test
    void prefersPreviewMappingWhenAsked() {
        RetiredCmdlet v1 = MigrationTable.bundled().find("Get-AzureADUser", Preference.AZURE_AD).orElseThrow();
        RetiredCmdlet beta = MigrationTable.bundled().find("Get-AzureADUser", Preference.AZURE_AD_PREVIEW).orElseThrow();
        assertEquals("AzureAD", v1.module());
        assertEquals("AzureADPreview", beta.module());
        assertEquals("Get-EntraBetaUser", beta.replacement());
    }

    @Test
    void cmdletWithoutReplacementHasNone() {
        RetiredCmdlet r = MigrationTable.bundled().find("Get-AzureADApplicationProxyConnector").orElseThrow();
        assertTrue(r.replacementName().isEmpty());
    }

    @Test
    void currentCmdletsAreNotRetired() {
        assertFalse(MigrationTable.bundled().find("Get-EntraUser").isPresent());
        assertFalse(MigrationTable.bundled().find("Get-CrossCloudVerificationCode").isPresent());
        assertFalse(MigrationTable.bundled().find(null).isPresent());
    }

    @Test
    void parseSkipsCommentsAndReadsEmptyReplacement() throws Exception {
        String tsv = "# comment\nOld-Thing\tAzureAD\t\t\nOld-Other\tAzureADPreview\tNew-EntraBetaOther\tbeta\n";
        MigrationTable t = MigrationTable.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, t.all().size());
        assertTrue(t.find("old-thing").orElseThrow().replacementName().isEmpty());
        assertEquals("beta", t.find("Old-Other").orElseThrow().channel());
    }
}
