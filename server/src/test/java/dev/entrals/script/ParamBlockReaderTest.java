package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The param-block reader on every prefix of a real function, on random edits, and on the whole module corpus. */
class ParamBlockReaderTest {

    private static final String SAMPLE = """
            function Get-EntraUser {
                [CmdletBinding(DefaultParameterSetName = 'GetQuery')]
                [Alias("Get-AzureADUser")]
                param (
                    [Parameter(ParameterSetName = "GetQuery", ValueFromPipeline = $true)]
                    [Parameter(ParameterSetName = "GetFiltered")]
                    [Alias("Limit")]
                    [ValidateRange(1, [int]::MaxValue)]
                    [System.Nullable`1[System.Int32]] $Top = 10,
                    [ValidateScript({ if ($_ -match '^x') { $true } else { throw "no" } })]
                    [ValidateSet("A", 'B')] [string] ${Odd Name}
                )
                <# .SYNOPSIS
                   Gets. #>
            }
            Set-Alias -Name x -Value Get-EntraUser
            """;

    @Test
    void paramAfterAnAttributeOnTheSameLineIsRead() {
        FunctionSignature f = ParamBlockReader.read("function F { [CmdletBinding()] param([int] $Top) }").functions().get(0);
        assertEquals(java.util.List.of("Top"), f.parameters().stream().map(ParameterSignature::name).toList());
        assertTrue(f.isAdvanced());
    }

    @Test
    void everyPrefixOfAFunctionReadsWithoutException() {
        for (int i = 0; i <= SAMPLE.length(); i++) {
            ParamBlockReader.readOrThrow(ScriptDocument.parse(SAMPLE.substring(0, i)));
        }
    }

    @Test
    void randomDeletionsAndInsertionsReadWithoutException() {
        Random random = new Random(12);
        String alphabet = "[](){},=$'\"`#<>@ \nparamfunction";
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder(SAMPLE);
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(s.length());
                if (random.nextBoolean()) {
                    s.deleteCharAt(at);
                } else {
                    s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            ParamBlockReader.readOrThrow(ScriptDocument.parse(s.toString()));
        }
    }

    @Test
    void readsBracedVariableNamesAndEndOfBodyHelp() {
        FunctionSignature f = ParamBlockReader.read(SAMPLE).functions().get(0);
        assertEquals(List.of("Top", "Odd Name"), f.parameters().stream().map(ParameterSignature::name).toList());
        assertEquals(List.of("A", "B"), f.parameters().get(1).validateSet());
        assertEquals("Gets.", f.help().section("SYNOPSIS"));
        assertEquals("10", f.parameters().get(0).defaultValue());
    }

    @Test
    void everyModuleFileDefinesItsCommandAtTopLevel() throws IOException {
        Path modules = Corpus.require("entra-module/module");
        List<Path> files;
        try (Stream<Path> s = Files.walk(modules)) {
            files = s.filter(p -> p.toString().endsWith(".ps1")).sorted().toList();
        }
        assertTrue(files.size() > 600, "module files: " + files.size());
        int parameters = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ScriptSignatures s = ParamBlockReader.readOrThrow(ScriptDocument.parse(text));
            String expected = file.getFileName().toString().replace(".ps1", "");
            List<FunctionSignature> top = s.functions().stream().filter(FunctionSignature::topLevel).toList();
            // the file name may differ in case from the function (Grant-EntraBetaMcpServerPermission), and one
            // file holds a second copy of another file's function (Set-EntraBetaApplicationProxyApplicationConnectorGroup)
            FunctionSignature own = top.stream().filter(f -> f.name().equalsIgnoreCase(expected)).findFirst()
                    .orElseThrow(() -> new AssertionError(file + ": " + top));
            parameters += own.parameters().size();
        }
        assertTrue(parameters > 2000, "parameters read: " + parameters);
    }
}
