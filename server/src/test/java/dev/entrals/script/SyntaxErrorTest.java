package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.entrals.testing.Corpus;

/** Syntax errors: PowerShell's messages at the places it points, one per root cause, and recovery after them. */
class SyntaxErrorTest {

    /** Snippet ({@code <[ ]>} marks the expected range, {@code <^>} an empty one) and PowerShell's message. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Write-Host <[']>abc                          | The string is missing the terminator: '.
            Write-Host <["]> abc                         | The string is missing the terminator: ".
            $x = <[@']>\\n abc                           | The string is missing the terminator: '@.
            $x = <[@"]>\\n abc                           | The string is missing the terminator: "@.
            if ($a) <[{]> Get-EntraUser                 | Missing closing '}' in statement block or type definition.
            $h = @{<^> a = 1                            | Missing closing '}' in statement block or type definition.
            $h = @{<^> a = 1; b = 2;                    | Missing closing '}' in statement block or type definition.
            $x = (1 + 2<^>                              | Missing closing ')' in expression.
            $x = (1 + 2<^>\\nGet-EntraUser -Top 1        | Missing closing ')' in expression.
            Get-EntraUser -Filter (\\nGet-EntraGroup -All<^>\\n | Missing closing ')' in expression.
            [Parameter(Mandatory<^>                     | Missing closing ')' in expression.
            $x = [int<^>                                | Missing ] at end of attribute or type literal.
            if ($a -eq 1<^> {\\n Get-EntraUser\\n}        | Missing closing ')' after expression in 'if' statement.
            if ($a -eq 1<^>                             | Missing closing ')' after expression in 'if' statement.
            do { $i++ } while ($i -lt 3<^>              | Missing closing ')' after expression in 'while' statement.
            foreach ($u in $users<^> { Get-EntraUser }  | Missing closing ')' after expression part of foreach loop.
            try { 1 } finally<^>                        | The Finally block is missing its statement block.
            try { 1 } catch<^>\\nGet-EntraUser           | The Catch block is missing its statement block.
            try { 1 } catch [System.Exception]<^>       | The Catch block is missing its statement block.
            try { 1 }<^>\\nGet-EntraUser                 | The Try statement is missing its Catch or Finally block.
            try { 1 }<^>                                | The Try statement is missing its Catch or Finally block.
            if ($a)<^>\\nGet-EntraUser                   | Missing statement block after if ( condition ).
            if<^> $a { Get-EntraUser }                  | Missing '(' after 'if' in if statement.
            if ($b) { } elseif<^> $a { }                | Missing '(' after 'elseif' in if statement.
            while<^> $true { Get-EntraUser }            | Missing opening '(' after keyword 'while'.
            foreach<^> $u in $users { }                 | Missing opening '(' after keyword 'foreach'.
            do { $i++ } until<^>                        | Missing opening '(' after keyword 'until'.
            $x = $(Get-EntraUser<^>                     | Missing closing ')' in subexpression.
            $x = @(1, 2<^>                              | Missing closing ')' in subexpression.
            $x = $a.Substring(1<^>                      | Missing ')' in method call.
            $x = $a[0<^>                                | Missing ']' after array index expression.
            function f { param($a<^>\\n }               | Missing ')' in function parameter list.
            $x = 1 <[)]>                                | Unexpected token ')' in expression or statement.
            Get-EntraUser <[}]>                         | Unexpected token '}' in expression or statement.
            if ($a)<^> Get-EntraUser                    | Missing statement block after if ( condition ).
            if ($a) {} elseif ($b)<^>                   | Missing statement block after elseif ( condition ).
            if ($a) {} else<^> Get-EntraUser            | Missing statement block after 'else' keyword.
            foreach ($u in $users)<^> Get-EntraUser     | Missing statement body in foreach loop.
            while ($true)<^>                            | Missing statement body in while loop.
            function Get-Thing<^>                       | Missing function body in function declaration.
            $x = 1\\n<[param]>($a)                        | Unexpected token 'param' in expression or statement.
            Import-Module X\\n[CmdletBinding()]\\n<[param]>() | Unexpected token 'param' in expression or statement.
            function f { Get-EntraUser; <[param]>($a) }   | Unexpected token 'param' in expression or statement.
            $sb = { (1); <[Param]>($a) }                  | Unexpected token 'Param' in expression or statement.
            $a = 1 <[2]>                                | Unexpected token '2' in expression or statement.
            $x <["a"]>                                  | Unexpected token '"a"' in expression or statement.
            $a = $b <[$c]>                              | Unexpected token '$c' in expression or statement.
            (1 <[2]>)                                   | Unexpected token '2' in expression or statement.
            if ($a <[$b]>) {}                           | Unexpected token '$b' in expression or statement.
            $h = @{ a = 1 <[2]> }                       | Unexpected token '2' in expression or statement.
            $a = 1 <[2]> 3 4                            | Unexpected token '2' in expression or statement.
            $a = (Get-EntraUser) <['x']>                | Unexpected token ''x'' in expression or statement.
            $a = $b[0] <[1]>                            | Unexpected token '1' in expression or statement.
            $n = $a.Count <[$b]>                        | Unexpected token '$b' in expression or statement.
            Write-Host "$($free <[TB]>)"                | Unexpected token 'TB' in expression or statement.
            $a = 1\\n$b = 2 <[3]>                        | Unexpected token '3' in expression or statement.
            """)
    void reportsPowerShellsMessage(String marked, String message) {
        String withBreaks = marked.strip().replace("\\n", "\n");
        int start = withBreaks.indexOf("<[");
        int end;
        String text;
        if (start >= 0) {
            end = withBreaks.indexOf("]>") - 2;
            text = withBreaks.replace("<[", "").replace("]>", "");
        } else {
            start = withBreaks.indexOf("<^>");
            end = start;
            text = withBreaks.replace("<^>", "");
        }
        List<SyntaxError> errors = Scripts.parse(text).syntaxErrors();
        assertEquals(List.of(new SyntaxError(start, end, message.strip())), errors, text);
    }

    @Test
    void validScriptsHaveNone() {
        for (String ok : List.of("do { $i++ } while ($i -lt 3)\nGet-EntraUser", "do { $i++ }\nuntil ($i -gt 3)",
                "if ($a)\n{\n}\nelse\n{\n}", "try { } catch [System.Exception], [System.IO.IOException] { } finally { }",
                "function f\n{\n param([Parameter(Mandatory)] [string] $a)\n}", "$h = @{ a = 1; 'b' = @(1, 2) }",
                "Write-Host \"$(Get-EntraUser -Top 1)\"", "$x = $a[0][1]", "trap { continue }",
                "switch ($x) { 1 { 'a' } default { 'b' } }", "class C { [string] $N\n [void] M() { } }",
                "# c\n#Requires -Modules Microsoft.Entra\nusing namespace System.Text\n[CmdletBinding()]\nparam($a)\n$x = 1",
                "$sb = { param($a) $a }\nfunction g { [CmdletBinding()] param($b) begin { } }\n$f = { <# c #> param() }")) {
            assertEquals(List.of(), Scripts.parse(ok).syntaxErrors(), ok);
        }
    }

    /** A value after a complete value is an error only in expression mode: arguments, operators and such are fine. */
    @Test
    void noUnexpectedTokenOutsideExpressions() {
        for (String ok : List.of("Get-EntraUser -Top 3 $x \"a\" 2", "Write-Output 1 2", "& $cmd 1 2", ". $x 1",
                "$a | Write-Output 1 2", "$a.b", "$x = $a.b.c", "$a[0]", "$a++", "$a--\n$b", "$a -eq 1", "1 + 2",
                "-not $x", "$r = 1..2", "$a = 1, 2", "[int]$x", "[int] $x", "$s = [string]::Format('{0}', 1)",
                "$a.M(1)", "$a.M(1).N", "$a = 1 -1", "$a = $b +1", "$a = 5 % 2", "$a = 10 / 2 * 3",
                "$h = @{\n a = 1\n b = 2\n}", "$h = @{ a = 1; b = 2 }", "$x = @'\nabc\n'@\n$y = 1",
                "$x = $(Get-EntraUser)", "$x = $($a; $b)", "$sb = { $a }", "$a = 1\n$b = 2", "$a = 1; $b = 2",
                "$a = 1 + `\n 2", "$a = $b `\n -and $c", "$x = Get-EntraUser 2>&1", "(Get-EntraUser) 2>&1",
                "$null = $x.Y 2>&1", "foreach ($u in $users) { $u }", "for ($i = 0; $i -lt 3; $i++) { }",
                "$a = \"x\" -f $b", "$a = $b -replace 'x', 'y'", "$a = -1", "$a = !$b", "$x = $a -is [string]",
                "$a = $b ? 1 : 2", "$a = $b ?? 1", "$x = [pscustomobject]@{ a = 1 }", "$a = ,$b",
                "param([Parameter(Mandatory)] [string] $a, [int] $b = 1)", "[ValidateSet('a', 'b')][string]$x = 'a'",
                "$x = if ($a) { 1 } else { 2 }", "$x = $a.Where({ $_ })", "$x = $a[0].Name", "$x = $a[0][1]",
                "enum E {\n A = 1\n B\n}", "class C { [string] $N = 'a'\n [int] $M }", "break outer",
                "$x = \"$($a.b) $c\"", "$x = $a -as [int]", "$x = $a.b -eq $c.d", "$x = 1kb + 2",
                "$a = @(1, 2) + @(3)", "$x = $a::b", "$a = $b ?.C", "return $x", "throw 'x'", "exit 1",
                "$a.b = 1\n$a[0] = 1\n$a += 1", "${env:X} = $env:PATH", "$x = 1 # c", "$x = $a::new()",
                "class C { [int] M([int] $a) { return $a + 1 }\n hidden [string] $x\n static [int] $y = 1 }",
                "function f([int] $a = 1, $b) { }", "$x = $(1) + 2", "Get-EntraUser -Filter ($a) $b",
                "$a, $b = 1, 2", "$x = @\"\n$a\n\"@", "$a && $b", "[Flags()] enum E { A = 1 }", "$a *> $null",
                "$x = 0x1F + 1e3 + 1d", "$x = [ordered]@{ a = 1 }", "[void]$list.Add(1)", "$x = [int]'1' + 2",
                "$x = $y -split ','", "$x = -join $a", "$x = $a.b[0].c", "Get-EntraUser | % { $_.Id } | sort",
                "$x = $y[-1]", "data { 'a' }", "$h = @{\n 'k' = 'v' # c\n n = @{ m = 1 }\n}")) {
            assertEquals(List.of(), Scripts.parse(ok).syntaxErrors(), ok);
        }
    }

    @Test
    void oneErrorForAnUnclosedParenInsideABlock() {
        String text = "function f {\n  Get-EntraUser -Filter (\n}\nGet-EntraGroup -Top 1\n";
        ScriptDocument doc = Scripts.parse(text);
        assertEquals(1, doc.syntaxErrors().size(), doc.syntaxErrors().toString());
        assertTrue(doc.commands().stream().anyMatch(c -> "Get-EntraGroup".equals(c.name())));
    }

    /** Broken snippets where a naive parser reports a cascade: one error each, PowerShell's first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Get-EntraUser\\n[CmdletBinding(\\nparam($a)            | Missing closing ')' in expression.
            if (Test-Path $p {\\n Get-EntraUser\\n}\\nGet-EntraGroup | Missing closing ')' after expression in 'if' statement.
            if ($a -eq 1 {\\n Get-EntraUser\\n}\\nGet-EntraGroup  | Missing closing ')' after expression in 'if' statement.
            try { Get-EntraUser }\\nGet-EntraGroup -All       | The Try statement is missing its Catch or Finally block.
            $a = 1 2 3 $b 'c'\\nGet-EntraUser               | Unexpected token '2' in expression or statement.
            while $a -lt 1 { Get-EntraUser }            | Missing opening '(' after keyword 'while'.
            """)
    void oneErrorPerRootCause(String snippet, String message) {
        String text = snippet.strip().replace("\\n", "\n");
        ScriptDocument doc = Scripts.parse(text);
        assertEquals(List.of(message.strip()), doc.syntaxErrors().stream().map(SyntaxError::message).toList(), text);
        assertTrue(doc.commands().stream().anyMatch(c -> "Get-EntraUser".equals(c.name())), text);
    }

    /** Every {@code .ps1} of the Entra module is valid PowerShell: no syntax error may be reported on any. */
    @Test
    void noFalseAlarmOnTheModuleSource() throws IOException {
        Path root = Corpus.require("entra-module");
        List<String> alarms = new ArrayList<>();
        int files = 0;
        for (Path p : ps1(root)) {
            files++;
            String text = Files.readString(p, StandardCharsets.UTF_8);
            for (SyntaxError e : Scripts.parse(text).syntaxErrors()) {
                alarms.add(root.relativize(p) + " @" + e.start() + ": " + e.message() + " near «"
                        + text.substring(Math.max(0, e.start() - 40), Math.min(text.length(), e.end() + 20)) + "»");
            }
        }
        assertTrue(files > 100, "module scripts found: " + files);
        assertEquals(List.of(), alarms.stream().limit(20).collect(Collectors.toList()), alarms.size() + " alarms");
    }

    static List<Path> ps1(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".ps1")).sorted().collect(Collectors.toList());
        }
    }
}
