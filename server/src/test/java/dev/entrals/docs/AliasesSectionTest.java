package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes a platyPS v2 ALIASES section takes in the wild, each giving the cmdlet's aliases. */
class AliasesSectionTest {

    @TempDir
    Path dir;

    private List<String> aliasesOf(String section) throws Exception {
        Files.writeString(dir.resolve("Get-Widget.md"), """
                ---
                document type: cmdlet
                Module Name: Contoso.Widgets
                PlatyPS schema version: 2024-05-01
                title: Get-Widget
                ---

                # Get-Widget

                ## SYNOPSIS

                Gets widgets.

                ## SYNTAX

                ### __AllParameterSets

                ```
                Get-Widget [<CommonParameters>]
                ```

                ## ALIASES

                %s

                ## DESCRIPTION

                Gets widgets.
                """.formatted(section));
        HelpIndex index = HelpIndex.load(List.of(dir), false);
        List<String> aliases = index.find("Get-Widget").orElseThrow().aliases();
        for (String a : aliases) {
            assertEquals("Get-Widget", index.find(a).orElseThrow().name(), "lookup by alias " + a);
        }
        return aliases;
    }

    @Test
    void plainTextAfterTheSentenceNamesTheAliases() throws Exception {
        assertEquals(List.of("gw", "gwid"), aliasesOf("This cmdlet has the following aliases,\n  gw, gwid"));
    }

    @Test
    void listItemsNameTheAliases() throws Exception {
        assertEquals(List.of("gw"), aliasesOf("This cmdlet has the following aliases:\n\n- gw"));
    }

    @Test
    void platformListsWithCodeSpansNameTheAliases() throws Exception {
        assertEquals(List.of("gw", "gwin"), aliasesOf(
                "This cmdlet has the following aliases,\n\n- All platforms:\n  - `gw`\n- Windows:\n  - `gwin`"));
    }

    @Test
    void theUnfilledPlaceholderAndNoneGiveNoAliases() throws Exception {
        assertEquals(List.of(), aliasesOf("This cmdlet has the following aliases,\n  {{Insert list of aliases}}"));
        assertEquals(List.of(), aliasesOf("None"));
    }
}
