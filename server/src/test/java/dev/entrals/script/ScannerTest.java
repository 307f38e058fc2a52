package dev.entrals.script;

import static dev.entrals.script.Scripts.parse;
import static dev.entrals.script.Scripts.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerTest {

    @Test
    void lineCommentsBlockCommentsAndRequiresAreComments() {
        assertEquals(List.of("COMMENT #requires -Modules Microsoft.Entra", "NEWLINE \n",
                        "COMMENT <# .SYNOPSIS\n  Help #>", "NEWLINE \n", "GENERIC Get-X", "COMMENT # trailing"),
                tokens("#requires -Modules Microsoft.Entra\n<# .SYNOPSIS\n  Help #>\nGet-X # trailing"));
    }

    @Test
    void singleQuotedStringsKeepDoubledQuotes() {
        assertEquals(List.of("GENERIC Write-Output", "STRING 'it''s'", "STRING \u2018curly\u2019"),
                tokens("Write-Output 'it''s' \u2018curly\u2019"));
    }

    @Test
    void expandableStringsCarryTheirVariablesAndSubexpressions() {
        String text = "\"a `\"q`\" \"\"b\"\" $x ${my var} $env:PATH $(Get-Date -Format 'o')\"";
        ScriptDocument doc = parse(text);
        assertEquals(1, doc.tokens().size());
        Token s = doc.tokens().get(0);
        assertEquals(TokenKind.EXPANDABLE_STRING, s.kind());
        List<String> nested = s.nested().stream().filter(t -> t.kind() != TokenKind.WHITESPACE)
                .map(t -> t.kind() + " " + t.text(text)).toList();
        assertEquals(List.of("VARIABLE $x", "VARIABLE ${my var}", "VARIABLE $env:PATH", "SUBEXPRESSION_OPEN $(",
                "GENERIC Get-Date", "PARAMETER -Format", "STRING 'o'", "CLOSE_PAREN )"), nested);
    }

    @Test
    void subexpressionsNestInsideStrings() {
        String text = "\"x $(\"y $(Get-Inner)\") z\"";
        assertEquals(List.of("EXPANDABLE_STRING " + text), tokens(text));
        assertEquals("Get-Inner", parse(text).commands().get(0).name());
    }

    @Test
    void unicodeDoubleQuotesDelimitStrings() {
        assertEquals(List.of("GENERIC Write-Host", "EXPANDABLE_STRING \u201chello\u201d"),
                tokens("Write-Host \u201chello\u201d"));
    }

    @Test
    void hereStringsRunToTheirClosingLine() {
        String text = "$a = @'\nit's '@ not here\n'@\n$b = @\"\nHi $name\n\"@\nGet-X";
        assertEquals(List.of("VARIABLE $a", "OPERATOR =", "HERE_STRING @'\nit's '@ not here\n'@", "NEWLINE \n",
                "VARIABLE $b", "OPERATOR =", "EXPANDABLE_HERE_STRING @\"\nHi $name\n\"@", "NEWLINE \n",
                "GENERIC Get-X"), tokens(text));
    }

    @Test
    void variablesOfEveryForm() {
        assertEquals(List.of("VARIABLE $x", "VARIABLE ${any name}", "VARIABLE $script:count", "VARIABLE $env:PATH",
                        "VARIABLE $_", "VARIABLE $$", "VARIABLE $?", "VARIABLE $^"),
                tokens("$x ${any name} $script:count $env:PATH $_ $$ $? $^").stream()
                        .filter(s -> !s.startsWith("COMMA")).toList());
    }

    @Test
    void splatVariableInArguments() {
        assertEquals(List.of("GENERIC Get-EntraUser", "SPLAT_VARIABLE @params", "PARAMETER -All"),
                tokens("Get-EntraUser @params -All"));
    }

    @Test
    void numbersWithHexExponentMultiplierAndSuffix() {
        assertEquals(List.of("VARIABLE $a", "OPERATOR =", "NUMBER 0x1F", "OPERATOR +", "NUMBER 1.5e3", "OPERATOR +",
                        "NUMBER 3kb", "OPERATOR +", "NUMBER 10l", "OPERATOR +", "NUMBER 2.5MB", "OPERATOR +", "NUMBER .5"),
                tokens("$a = 0x1F + 1.5e3 + 3kb + 10l + 2.5MB + .5"));
    }

    @Test
    void lowNineAndReversedQuotesOpenAndCloseStringsOfTheirFamily() {
        assertEquals(List.of("GENERIC Write-Output", "STRING \u201Aa\u201B", "STRING \u201Bb\u2018",
                        "EXPANDABLE_STRING \u201Ec $x\u201C", "EXPANDABLE_STRING \u201Dd\u201E"),
                tokens("Write-Output \u201Aa\u201B \u201Bb\u2018 \u201Ec $x\u201C \u201Dd\u201E"));
    }

    @Test
    void aQuoteOfTheOtherFamilyDoesNotCloseAString() {
        assertEquals(List.of("GENERIC Write-Output", "STRING \u201Aa\u201Cb\u201B"),
                tokens("Write-Output \u201Aa\u201Cb\u201B"));
        assertEquals(List.of("GENERIC Write-Output", "EXPANDABLE_STRING \u201Ea\u2019b\u201D"),
                tokens("Write-Output \u201Ea\u2019b\u201D"));
    }

    @Test
    void everyMultiplierAndTypeSuffixIsPartOfTheNumber() {
        List<String> numbers = List.of("1gb", "2TB", "3pb", "4d", "5u", "6ul", "7y", "8uy", "9s", "10us", "11n",
                "12L", "1.5d", "2dkb", "3ulmb");
        List<String> expected = new java.util.ArrayList<>(List.of("VARIABLE $a", "OPERATOR ="));
        StringBuilder text = new StringBuilder("$a =");
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0) {
                expected.add("COMMA ,");
                text.append(',');
            }
            expected.add("NUMBER " + numbers.get(i));
            text.append(' ').append(numbers.get(i));
        }
        assertEquals(expected, tokens(text.toString()));
    }

    @Test
    void emDashAndHorizontalBarOperatorsInExpressions() {
        assertEquals(List.of("KEYWORD if", "OPEN_PAREN (", "VARIABLE $a", "OPERATOR \u2015eq", "NUMBER 1",
                        "OPERATOR \u2014and", "VARIABLE $b", "OPERATOR \u2014ne", "NUMBER 2", "CLOSE_PAREN )",
                        "OPEN_BRACE {", "CLOSE_BRACE }"),
                tokens("if ($a \u2015eq 1 \u2014and $b \u2014ne 2) {}"));
    }

    @Test
    void numberLikeArgumentsThatAreNotNumbersAreGeneric() {
        assertEquals(List.of("GENERIC ping", "GENERIC 10.0.0.1", "GENERIC 2025-01-01", "NUMBER 42", "NUMBER -1"),
                tokens("ping 10.0.0.1 2025-01-01 42 -1"));
    }

    @Test
    void typeLiterals() {
        assertEquals(List.of("TYPE_LITERAL [string[]]", "VARIABLE $a", "OPERATOR =",
                        "TYPE_LITERAL [System.Collections.Generic.List[string]]", "MEMBER_ACCESS ::", "GENERIC new",
                        "OPEN_PAREN (", "CLOSE_PAREN )"),
                tokens("[string[]]$a = [System.Collections.Generic.List[string]]::new()"));
    }

    @Test
    void attributesAreBracketsAndTheTypeAfterThemIsATypeLiteral() {
        assertEquals(List.of("OPEN_BRACKET [", "GENERIC Parameter", "OPEN_PAREN (", "GENERIC Mandatory", "CLOSE_PAREN )",
                        "CLOSE_BRACKET ]", "TYPE_LITERAL [string]", "VARIABLE $Name"),
                tokens("[Parameter(Mandatory)][string]$Name"));
    }

    @Test
    void parametersWithColonAndUnicodeDashes() {
        assertEquals(List.of("GENERIC Get-EntraUser", "PARAMETER -Top:", "NUMBER 3", "PARAMETER \u2013All",
                        "PARAMETER \u2014Filter", "STRING 'x'", "PARAMETER \u2015Debug"),
                tokens("Get-EntraUser -Top:3 \u2013All \u2014Filter 'x' \u2015Debug"));
    }

    @Test
    void dashWordsAreOperatorsInExpressions() {
        assertEquals(List.of("KEYWORD if", "OPEN_PAREN (", "VARIABLE $a", "OPERATOR -eq", "NUMBER 1", "OPERATOR \u2013and",
                        "OPERATOR -not", "VARIABLE $b", "CLOSE_PAREN )", "OPEN_BRACE {", "CLOSE_BRACE }"),
                tokens("if ($a -eq 1 \u2013and -not $b) {}"));
        assertEquals(List.of("VARIABLE $s", "OPERATOR =", "STRING '{0}'", "OPERATOR -f", "VARIABLE $x", "OPERATOR -replace",
                "STRING 'a'", "COMMA ,", "STRING 'b'"), tokens("$s = '{0}' -f $x -replace 'a', 'b'"));
    }

    @Test
    void redirectionsPipesAndChains() {
        assertEquals(List.of("GENERIC Get-X", "REDIRECTION 2>&1", "PIPE |", "GENERIC Out-File", "GENERIC a.txt",
                        "CHAIN_OPERATOR &&", "GENERIC Get-Y", "REDIRECTION *>", "GENERIC log", "CHAIN_OPERATOR ||",
                        "GENERIC Get-Z", "REDIRECTION >>", "GENERIC b.txt", "SEMICOLON ;", "GENERIC Start-Job",
                        "OPERATOR &"),
                tokens("Get-X 2>&1 | Out-File a.txt && Get-Y *> log || Get-Z >> b.txt; Start-Job &"));
    }

    @Test
    void invocationOperatorsAndDotSourcing() {
        assertEquals(List.of("CALL_OPERATOR &", "VARIABLE $cmd", "PARAMETER -X", "NEWLINE \n", "CALL_OPERATOR .",
                        "GENERIC ./lib.ps1", "NEWLINE \n", "GENERIC .\\run.ps1", "NEWLINE \n", "CALL_OPERATOR &",
                        "STRING 'C:\\Program Files\\x.exe'"),
                tokens("& $cmd -X\n. ./lib.ps1\n.\\run.ps1\n& 'C:\\Program Files\\x.exe'"));
    }

    @Test
    void groupingPunctuationAndRanges() {
        assertEquals(List.of("VARIABLE $a", "OPERATOR =", "ARRAY_OPEN @(", "NUMBER 1", "OPERATOR ..", "NUMBER 3",
                        "CLOSE_PAREN )", "SEMICOLON ;", "VARIABLE $h", "OPERATOR =", "HASHTABLE_OPEN @{", "CLOSE_BRACE }",
                        "SEMICOLON ;", "SUBEXPRESSION_OPEN $(", "VARIABLE $a", "CLOSE_PAREN )", "MEMBER_ACCESS .",
                        "GENERIC Count", "SEMICOLON ;", "VARIABLE $a", "OPEN_BRACKET [", "NUMBER 0", "CLOSE_BRACKET ]"),
                tokens("$a = @(1..3); $h = @{}; $($a).Count; $a[0]"));
    }

    @Test
    void keywordsOnlyAtStatementStart() {
        assertEquals(List.of("GENERIC Get-X", "PIPE |", "GENERIC foreach", "OPEN_BRACE {", "VARIABLE $_", "CLOSE_BRACE }",
                        "NEWLINE \n", "KEYWORD foreach", "OPEN_PAREN (", "VARIABLE $i", "GENERIC in", "VARIABLE $x",
                        "CLOSE_PAREN )", "OPEN_BRACE {", "CLOSE_BRACE }"),
                tokens("Get-X | foreach { $_ }\nforeach ($i in $x) {}"));
    }

    @Test
    void genericArgumentsInCommandMode() {
        assertEquals(List.of("GENERIC Send-Mail", "GENERIC user@contoso.com", "GENERIC a", "COMMA ,", "GENERIC b",
                        "GENERIC ./script.ps1", "GENERIC C:\\temp\\*.csv", "GENERIC --name=\"x y\""),
                tokens("Send-Mail user@contoso.com a,b ./script.ps1 C:\\temp\\*.csv --name=\"x y\""));
    }

    @Test
    void lineContinuationAndLineBreaks() {
        assertEquals(List.of("GENERIC Get-X", "LINE_CONTINUATION `\r\n", "PARAMETER -Top", "NUMBER 1", "NEWLINE \r",
                        "GENERIC Get-Y", "NEWLINE \n"),
                tokens("Get-X `\r\n  -Top 1\rGet-Y\n"));
    }

    @Test
    void strayCharactersAreUnknownAndKeptInOrder() {
        String text = "$a = 1 \u0000 ^ \uD83D\uDE00";
        assertEquals(List.of("VARIABLE $a", "OPERATOR =", "NUMBER 1", "UNKNOWN \u0000", "UNKNOWN ^",
                "UNKNOWN \uD83D\uDE00"), tokens(text));
    }

    @Test
    void unterminatedStringEndsAtItsLineSoTheNextLinesStillParse() {
        String text = "Get-A -Name \"oops\nGet-B -Top 1\n'also open\nGet-C";
        assertEquals(List.of("Get-A -Name=\"oops", "Get-B -Top=1", "Get-C"), Scripts.describeAll(text));
    }

    @Test
    void unterminatedCommentAndHereStringRunToTheEnd() {
        assertEquals(List.of("GENERIC Get-X", "NEWLINE \n", "COMMENT <# never closed\nGet-Y"),
                tokens("Get-X\n<# never closed\nGet-Y"));
        assertEquals(List.of("VARIABLE $x", "OPERATOR =", "EXPANDABLE_HERE_STRING @\"\nopen $(Get-Y)"),
                tokens("$x = @\"\nopen $(Get-Y)"));
    }

    @Test
    void aLoneDashInArgumentsIsAParameterBeingTyped() {
        assertEquals(List.of("GENERIC Get-EntraUser", "PARAMETER -", "NEWLINE \n", "GENERIC Get-X", "PARAMETER -"),
                tokens("Get-EntraUser - \nGet-X -"));
        assertEquals("", parse("Get-X -").commands().get(0).parameters().get(0).name());
    }

    @Test
    void everyTokenKindOccursInARealisticScript() {
        String text = "#requires -Version 7\nfunction f { param([string[]]$a) }\n"
                + "$h = @{ k = @(1, 0x2) }; & $cmd -P:$($h.k) @s 2>&1 | Out-Null && Get-X `\n -Y 'a' \"b $x\" ||"
                + " Get-Z @'\nraw\n'@ @\"\nx\n\"@ $a[0]; $z + ^";
        java.util.Set<TokenKind> seen = java.util.EnumSet.noneOf(TokenKind.class);
        parse(text).tokens().forEach(t -> seen.add(t.kind()));
        java.util.Set<TokenKind> missing = java.util.EnumSet.allOf(TokenKind.class);
        missing.removeAll(seen);
        assertEquals(java.util.Set.of(), missing);
    }

    @Test
    void tokenAtFindsTheTokenByBinarySearchAndInnermostTokenDescendsIntoStrings() {
        String text = "Get-X \"a $(Get-Y -Z 1)\"";
        ScriptDocument doc = parse(text);
        assertEquals(TokenKind.GENERIC, doc.tokenAt(0).orElseThrow().kind());
        assertEquals(TokenKind.WHITESPACE, doc.tokenAt(5).orElseThrow().kind());
        assertEquals(TokenKind.EXPANDABLE_STRING, doc.tokenAt(text.indexOf("-Z")).orElseThrow().kind());
        assertEquals(TokenKind.PARAMETER, doc.innermostTokenAt(text.indexOf("-Z")).orElseThrow().kind());
        assertEquals(TokenKind.EXPANDABLE_STRING, doc.tokenAt(text.length()).orElseThrow().kind());
        assertEquals(true, doc.tokenAt(-1).isEmpty());
        assertEquals(true, parse("").tokenAt(0).isEmpty());
    }
}
