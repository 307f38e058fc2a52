package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.entrals.script.ScriptDocument;

class ScriptFactsTest {

    @Test
    void requiresLineNamingAzureADPreviewIsFoundOnAnyLine() {
        assertTrue(ScriptFacts.requiresPreview("Get-X\n  #Requires -Modules AzureADPreview\nGet-Y"));
        assertTrue(ScriptFacts.requiresPreview("#REQUIRES -Modules @{ModuleName='azureadpreview'}"));
        assertTrue(ScriptFacts.requiresPreview("# note\r\n#requires -Modules AzureADPreview\r\n"));
    }

    @Test
    void previewMentionedOutsideARequiresLineIsNotARequirement() {
        assertFalse(ScriptFacts.requiresPreview("# AzureADPreview is gone\n#requires -Modules Microsoft.Entra\n"));
        assertFalse(ScriptFacts.requiresPreview("Get-X #requires -Modules AzureADPreview"));
        assertFalse(ScriptFacts.requiresPreview("#requires -Modules Microsoft.Entra\nAzureADPreview"));
        assertFalse(ScriptFacts.requiresPreview("#requiresX AzureADPreview"));
        assertFalse(ScriptFacts.requiresPreview("#"));
    }

    @Test
    void requiresPreviewSelectsThePreviewMapping() {
        ScriptFacts facts = ScriptFacts.of(ScriptDocument.parse("#requires -Modules AzureADPreview\nGet-AzureADUser\n"));
        assertEquals(MigrationTable.Preference.AZURE_AD_PREVIEW, facts.preference());
        assertEquals(MigrationTable.Preference.AZURE_AD,
                ScriptFacts.of(ScriptDocument.parse("# AzureADPreview\nGet-AzureADUser\n")).preference());
    }

    @Test
    void entraBetaNamesAreRecognisedWhateverTheirCase() {
        assertTrue(ScriptFacts.isEntraBeta("Get-EntraBetaUser"));
        assertTrue(ScriptFacts.isEntraBeta("get-entrabetaapplication2"));
        assertFalse(ScriptFacts.isEntraBeta("Get-EntraUser"));
        assertFalse(ScriptFacts.isEntraBeta("Get-EntraBeta-User"));
        assertFalse(ScriptFacts.isEntraBeta("-EntraBetaUser"));
        assertFalse(ScriptFacts.isEntraBeta("EntraBeta"));
    }
}
