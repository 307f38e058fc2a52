package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.InstalledModules;
import dev.entrals.features.helptext.HelpSnippets;
import dev.entrals.script.ScriptDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command a module exports without installing help is known, but documents no parameters: no false alarms. */
class CommandWithoutHelpTest {

    private static HelpIndex moduleWithoutHelp(Path root) throws Exception {
        Path version = Files.createDirectories(root.resolve("Foo").resolve("1.0.0"));
        Files.writeString(version.resolve("Foo.psd1"), """
                @{
                  ModuleVersion = '1.0.0'
                  FunctionsToExport = @('Get-FooThing', 'Set-FooThing')
                }
                """);
        return HelpIndex.load(InstalledModules.sources(List.of(root), Locale.US));
    }

    @Test
    void exportedCommandWithoutHelpGetsNoParameterDiagnostics(@TempDir Path root) throws Exception {
        HelpIndex index = moduleWithoutHelp(root);
        CmdletHelp stub = index.find("Get-FooThing").orElseThrow();
        assertFalse(stub.hasHelp());
        List<ScriptDiagnostic> found = new ScriptAnalyzer(index, MigrationTable.bundled())
                .analyze(ScriptDocument.parse("Get-FooThing -Any 1 -Other\nSet-FooThing x y z\n"));
        assertEquals(List.of(), found);
    }

    @Test
    void binderDoesNotBindAgainstACommandWithoutHelp(@TempDir Path root) throws Exception {
        HelpIndex index = moduleWithoutHelp(root);
        var command = ScriptDocument.parse("Get-FooThing -Any 1").commands().get(0);
        assertTrue(new ParameterBinder(index).bind(command).isEmpty());
    }

    @Test
    void hoverOfACommandWithoutHelpSaysSo(@TempDir Path root) throws Exception {
        CmdletHelp stub = moduleWithoutHelp(root).find("Set-FooThing").orElseThrow();
        String text = HelpSnippets.cmdlet(stub, List.of(), false).build();
        assertTrue(text.startsWith("Set-FooThing"), text);
        assertTrue(text.contains("Module Foo exports this command but installs no help for it."), text);
    }
}
