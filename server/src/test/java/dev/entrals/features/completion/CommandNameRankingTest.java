package dev.entrals.features.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.InstalledModules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name completion by capitals puts the names whose capitals are exactly the typed ones first. */
class CommandNameRankingTest {

    private static void page(Path dir, String name) throws Exception {
        Files.writeString(dir.resolve(name + ".md"), """
                ---
                Module Name: Test.Module
                schema: 2.0.0
                title: %1$s
                ---

                # %1$s

                ## SYNOPSIS

                A test page.

                ## SYNTAX

                ```
                %1$s [<CommonParameters>]
                ```
                """.formatted(name));
    }

    @Test
    void exactCapitalsRankBeforeLongerNamesContainingThem(@TempDir Path dir) throws Exception {
        for (String n : List.of("Get-EntraAdministrativeUnit", "Get-EntraAgentUser", "Get-EntraUser")) {
            page(dir, n);
        }
        HelpIndex index = HelpIndex.load(List.of(dir), false);
        List<String> labels = new CommandNameItems()
                .items(index, "GEU", new Range(new Position(0, 0), new Position(0, 3)), List.of()).stream()
                .sorted(Comparator.comparing(CompletionItem::getSortText).thenComparing(CompletionItem::getLabel))
                .map(CompletionItem::getLabel).toList();
        assertEquals(List.of("Get-EntraUser", "Get-EntraAdministrativeUnit", "Get-EntraAgentUser"), labels);
    }

    @Test
    void exactHumpsCountsCapitalsAndTheLettersAfterDashes() {
        assertTrue(CommandNameItems.exactHumps("GEU", "Get-EntraUser"));
        assertTrue(CommandNameItems.exactHumps("g-eu", "Get-EntraUser"));
        assertFalse(CommandNameItems.exactHumps("GEU", "Get-EntraAgentUser"));
    }
    @Test
    void commandsAModuleExportsWithoutHelpAreOffered(@TempDir Path root) throws Exception {
        Path version = Files.createDirectories(root.resolve("Foo").resolve("1.0.0"));
        Files.writeString(version.resolve("Foo.psd1"), """
                @{
                  ModuleVersion = '1.0.0'
                  FunctionsToExport = @('Get-FooThing', 'Set-FooThing')
                }
                """);
        HelpIndex index = HelpIndex.load(InstalledModules.sources(List.of(root), Locale.US));
        assertFalse(index.find("Get-FooThing").orElseThrow().hasHelp());
        List<String> labels = new CommandNameItems()
                .items(index, "Get-Foo", new Range(new Position(0, 0), new Position(0, 7)), List.of()).stream()
                .map(CompletionItem::getLabel).toList();
        assertEquals(List.of("Get-FooThing"), labels);
        List<String> byCapitals = new CommandNameItems()
                .items(index, "SFT", new Range(new Position(0, 0), new Position(0, 3)), List.of()).stream()
                .map(CompletionItem::getLabel).toList();
        assertEquals(List.of("Set-FooThing"), byCapitals);
    }
}
