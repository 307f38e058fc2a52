package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A parameter heading with a trailing note in parentheses names the parameter without the note (issue 12). */
class ParameterHeadingNoteTest {

    @Test
    void theNoteIsNotPartOfTheParameterName() {
        String page = String.join("\n", "---", "title: Get-ContosoThing", "schema: 2.0.0", "---", "",
                "# Get-ContosoThing", "", "## SYNOPSIS", "", "Gets it.", "", "## SYNTAX", "", "```",
                "Get-ContosoThing [-Filter <String>] [<CommonParameters>]", "```", "", "## PARAMETERS", "",
                "### -Filter (preview)", "", "The filter.", "", "```yaml", "Type: System.String",
                "Parameter Sets: (All)", "Aliases:", "", "Required: False", "Position: Named", "```", "");
        PlatyPsReader.ParsedPage parsed = PlatyPsReader.read(page, "t.md", "t", "Get-ContosoThing");
        assertEquals(List.of("Filter"), parsed.help().parameters().stream().map(ParameterHelp::name).toList());
        assertEquals(List.of(), parsed.diagnostics().stream().filter(d -> d.kind().startsWith("param")).toList());
    }
}
