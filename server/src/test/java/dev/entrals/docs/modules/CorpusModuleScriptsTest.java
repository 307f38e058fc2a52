package dev.entrals.docs.modules;

import static dev.entrals.docs.modules.ModuleFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.signatures.SignatureSource;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real module sources laid out as installed modules are (the build concatenates a sub-module's files into one
 * {@code .psm1} and lists its functions in the manifest): every command binds exactly as the bundled index says.
 */
class CorpusModuleScriptsTest {

    @TempDir
    Path tmp;

    /** Installs {@code module/<sourceFolder>} as the module {@code name}: one psm1 of all its files, a manifest. */
    private List<String> install(Path modules, String name, Path sourceFolder) throws IOException {
        StringBuilder psm1 = new StringBuilder();
        List<String> functions = new ArrayList<>();
        try (Stream<Path> files = Files.list(sourceFolder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ps1")).sorted().toList()) {
                psm1.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n");
                String function = f.getFileName().toString().replaceAll("\\.ps1$", "");
                if (!isHelper(sourceFolder, f.getFileName())) {
                    functions.add(function); // the build's manifest exports commands, not the shared helpers
                }
            }
        }
        StringBuilder list = new StringBuilder();
        functions.forEach(f -> list.append(list.length() == 0 ? "" : ", ").append('\'').append(f).append('\''));
        write(modules, name + "/1.0.0/" + name + ".psd1", "@{\n  RootModule = '" + name + ".psm1'\n"
                + "  ModuleVersion = '1.0.0'\n  FunctionsToExport = @(" + list + ")\n  CmdletsToExport = @()\n"
                + "  AliasesToExport = '*'\n}\n");
        write(modules, name + "/1.0.0/" + name + ".psm1", psm1.toString());
        return functions;
    }

    /** A private helper copied into every sub-module: a file of that name in a sibling sub-module folder too. */
    private static boolean isHelper(Path folder, Path file) throws IOException {
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            return siblings.filter(d -> !d.equals(folder) && Files.isDirectory(d))
                    .anyMatch(d -> Files.isRegularFile(d.resolve(file)));
        }
    }

    @Test
    void installedEntraScriptModulesBindLikeTheBundledIndex() throws IOException {
        Path source = Corpus.require("entra-module/module");
        Path modules = tmp.resolve("Modules");
        List<String> names = new ArrayList<>();
        names.addAll(install(modules, "Microsoft.Entra.Users", source.resolve("Entra/Microsoft.Entra/Users")));
        names.addAll(install(modules, "Microsoft.Entra.Beta.Groups",
                source.resolve("EntraBeta/Microsoft.Entra.Beta/Groups")));
        HelpIndex installed = HelpIndex.load(InstalledModules.sources(List.of(modules), Locale.US));
        HelpIndex bundled = HelpIndex.load(List.of(SignatureSource.bundled()));
        assertTrue(names.size() > 60, names.toString());
        int parameters = 0;
        for (String name : names) {
            CmdletHelp mine = installed.find(name).orElseThrow(() -> new AssertionError(name));
            CmdletHelp expected = bundled.find(name).orElseThrow(() -> new AssertionError(name));
            assertEquals(binding(expected), binding(mine), name);
            assertTrue(mine.source().origin().startsWith("module Microsoft.Entra."), mine.source().origin());
            parameters += mine.parameters().size();
        }
        assertTrue(parameters > 300, "parameters compared: " + parameters);
        // a Set-Alias line of the module: Update-EntraUser runs Set-EntraUser
        assertEquals("Set-EntraUser", installed.find("Update-EntraUser").orElseThrow().name());
    }

    /** What PowerShell binds against, as text: aliases, sets and their members, parameters and their facts. */
    private static String binding(CmdletHelp h) {
        StringBuilder b = new StringBuilder(h.name()).append(" aliases=").append(h.aliases())
                .append(" common=").append(h.supportsCommonParameters()).append('\n');
        for (ParameterSet s : h.parameterSets()) {
            b.append("set ").append(s.name()).append(s.isDefault() ? " (default)" : "").append(": ")
                    .append(s.members()).append('\n');
        }
        for (ParameterHelp p : h.parameters()) {
            b.append("-").append(p.name()).append(" ").append(p.type()).append(" aliases=").append(p.aliases())
                    .append(" values=").append(p.acceptedValues()).append(" pipeline=").append(p.pipelineInput())
                    .append(" sets=").append(p.sets()).append('\n');
        }
        return b.toString();
    }
}
