package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a parameter's YAML {@code Type:} and the SYNTAX spell the same type differently, the YAML's type is the
 * documented one: the set members (and so the syntax lines) take its spelling; a different type is left alone.
 */
class YamlTypeMendTest {

    private static String entry(String name, String type) {
        return String.join("\n", "### -" + name, "", "The " + name + ".", "", "```yaml", "Type: " + type,
                "Parameter Sets: (All)", "Aliases:", "", "Required: False", "Position: Named", "```", "");
    }

    private static CmdletHelp page(String syntax, String... entries) {
        String page = String.join("\n", "---", "title: Get-ContosoThing", "schema: 2.0.0", "---", "",
                "# Get-ContosoThing", "", "## SYNOPSIS", "", "Gets it.", "", "## SYNTAX", "", "```", syntax, "```",
                "", "## PARAMETERS", "", String.join("\n", entries));
        return PlatyPsReader.read(page, "t.md", "t", "Get-ContosoThing").help();
    }

    @Test
    void theYamlSpellingOfTheSameTypeWinsInTheSyntax() {
        CmdletHelp h = page("Get-ContosoThing [-Ids <string[]>] [-Tags <List[string]>] [-Count <Int32>] "
                        + "[<CommonParameters>]",
                entry("Ids", "System.String[]"),
                entry("Tags", "System.Collections.Generic.List`1[System.String]"),
                entry("Count", "System.String"));
        List<String> types = h.parameterSets().get(0).members().stream().map(ParameterSet.Member::type).toList();
        assertEquals(List.of("String[]", "List`1[System.String]", "Int32"), types,
                "same type: the YAML's spelling; a different type (Int32 vs String) is not a spelling and stays");
        assertEquals("Get-ContosoThing [-Ids <String[]>] [-Tags <List`1[System.String]>] [-Count <Int32>] "
                + "[<CommonParameters>]", SyntaxLine.of(h, h.parameterSets().get(0)));
    }

    @Test
    void sameTypeIgnoresNamespacesArityBlanksAndCase() {
        assertTrue(TypeMend.sameType("System.String[]", "string[]"));
        assertTrue(TypeMend.sameType("System.Nullable`1[System.Boolean]", "Nullable[bool ean]".replace(" ", "")));
        assertFalse(TypeMend.sameType("System.String", "Int32"));
        assertFalse(TypeMend.sameType("System.String", "String[]"));
    }
}
