package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

    static final CmdletHelp ADD = HelpIndex.load(List.of(DocsSource.bundledPages())).find("Add-EntraEnvironment")
            .orElseThrow();

    static CmdletHelp page(String text) {
        return PlatyPsReader.read(text, "t.md", "test", "X").help();
    }

    @Test
    void syntaxLineShowsPositionalRequiredOptionalAndSwitchParameters() {
        CmdletHelp c = page(DocsFolder.page("Get-ContosoUser", "Contoso")
                .replace("Get-ContosoUser [<CommonParameters>]",
                        "Get-ContosoUser [-UserId] <String> [[-Top] <Int32>] -Mode <String> [-Property <String[]>] "
                                + "[-All] [<CommonParameters>]"));
        assertEquals("Get-ContosoUser [-UserId] <String> [[-Top] <Int32>] -Mode <String> [-Property <String[]>] [-All]"
                + " [<CommonParameters>]", SyntaxLine.of(c, c.parameterSets().get(0)));
    }

    @Test
    void syntaxLineOfTheBundledAddEntraEnvironment() {
        assertEquals("Add-EntraEnvironment [-Name] <String> [-AzureADEndpoint] <String> [-GraphEndpoint] <String> "
                + "[-WhatIf] [-Confirm] [<CommonParameters>]", SyntaxLine.of(ADD, ADD.parameterSets().get(0)));
    }

    @Test
    void textHelpWrapsProseAndSyntaxElementsWithAHangingIndentAtTheGivenWidth() {
        String text = HelpText.render(ADD, HelpText.View.NORMAL, 60);
        assertTrue(text.contains("""
                SYNTAX
                    Add-EntraEnvironment [-Name] <String>
                        [-AzureADEndpoint] <String>
                        [-GraphEndpoint] <String> [-WhatIf] [-Confirm]
                        [<CommonParameters>]
                """), text);
        String prose = text.substring(0, text.indexOf("\nPARAMETERS\n"));   // metadata rows and code are not wrapped
        assertTrue(prose.lines().allMatch(l -> l.length() <= 60), prose);
    }

    @Test
    void textHelpShowsTheParameterMetadataTable() {
        String text = HelpText.parameters(ADD, List.of(ADD.parameter("Name").orElseThrow()), 80);
        assertEquals("""
                    -Name <System.String>
                        The name to give the environment; it must differ from the names of the
                        built-in clouds.

                        Required?                    true
                        Position?                    0
                        Default value                None
                        Accept pipeline input?       True (ByPropertyName, ByValue)
                        Accept wildcard characters?  false
                        Aliases                      None

                """, text);
    }

    @Test
    void fullViewAddsInputsOutputsAndNotes() {
        String normal = HelpText.render(ADD, HelpText.View.NORMAL, 80);
        String full = HelpText.render(ADD, HelpText.View.FULL, 80);
        assertTrue(!normal.contains("\nINPUTS\n") && full.contains("\nINPUTS\n    System.String\n"), full);
        assertTrue(full.contains("\nNOTES\n"));
        assertTrue(full.endsWith("\nSOURCE\n    bundled: docs-source/Add-EntraEnvironment.md\n"), full);
        assertTrue(!normal.contains("\nSOURCE\n"));
    }

    @Test
    void markdownHelpHasEverySection() {
        String md = HelpMarkdown.render(ADD);
        assertTrue(md.startsWith("# Add-EntraEnvironment\n\nModule: `Microsoft.Entra.Authentication`\n\n"), md);
        for (String h : List.of("## Syntax", "## Description", "## Parameters", "### -AzureADEndpoint", "## Examples",
                "## Inputs", "## Outputs", "## Notes", "## Related links")) {
            assertTrue(md.contains("\n" + h + "\n"), h);
        }
        assertTrue(md.contains("| Set (all) | required, position 0 |"), md);
    }
}
