package dev.entrals.script;

import static dev.entrals.script.Scripts.command;
import static dev.entrals.script.Scripts.describeAll;
import static dev.entrals.script.Scripts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    @Test
    void parametersTakeTheFollowingElementAsCandidateArgument() {
        assertEquals(List.of("Get-EntraUser -Top=3 -All -Filter=\"a eq 'b'\""),
                describeAll("Get-EntraUser -Top 3 -All -Filter \"a eq 'b'\""));
    }

    @Test
    void commandsInsideArraySubexpressionsAreCommands() {
        String text = "$users = @( Get-EntraUser -Top 1 )\n$n = @(Get-EntraGroup -All; Get-EntraDevice).Count";
        assertEquals(List.of("Get-EntraUser -Top=1", "Get-EntraGroup -All", "Get-EntraDevice"), describeAll(text));
        CommandInvocation c = command(parse(text), "Get-EntraUser");
        assertEquals("1", c.parameter("Top").argument().value());
    }

    @Test
    void colonFormBindsTheArgumentEvenAfterBlanks() {
        String setX = "Set-X -Enabled:$false -Name: 'n'";
        CommandInvocation c = command(parse(setX), "Set-X");
        assertEquals("-Enabled:$false -Name:'n'", Scripts.describe(setX, c).substring("Set-X ".length()));
        assertEquals("False", c.parameter("Enabled").argument().value());
        assertEquals(ArgumentKind.BOOLEAN, c.parameter("Enabled").argument().kind());
        assertTrue(c.parameter("Name").colonForm());
    }

    @Test
    void switchArgumentsBecomePositionalWhenTheBinderSaysSo() {
        String text = "Remove-X -Force obj1 -Confirm:$false";
        CommandInvocation c = command(parse(text), "Remove-X");
        assertEquals("obj1", c.parameter("Force").argument().text(text));
        CommandInvocation bound = c.withSwitches(n -> n.equalsIgnoreCase("Force") || n.equalsIgnoreCase("Confirm"));
        assertNull(bound.parameter("Force").argument());
        assertEquals("$false", bound.parameter("Confirm").argument().text(text), "colon form keeps its argument");
        assertEquals(List.of("obj1"), bound.positional().stream().map(a -> a.text(text)).toList());
    }

    @Test
    void arraysOfBarewordsAndStringsAreOneArgument() {
        CommandInvocation c = command(parse("Connect-Entra -Scopes User.Read.All, 'Group.Read.All',\n  \"Mail.Send\""),
                "Connect-Entra");
        CommandArgument scopes = c.parameter("Scopes").argument();
        assertTrue(scopes.isArray());
        assertEquals(List.of("User.Read.All", "Group.Read.All", "Mail.Send"),
                scopes.elements().stream().map(CommandArgument::value).toList());
    }

    @Test
    void literalValuesOfArguments() {
        CommandInvocation c = command(parse("X -A 'it''s' -B \"t`tab\" -C 0x10 -D bare`word -E \"$v\" -F $true -G $x.Id"), "X");
        assertEquals("it's", c.parameter("A").argument().value());
        assertEquals("t\tab", c.parameter("B").argument().value());
        assertEquals("0x10", c.parameter("C").argument().value());
        assertEquals("bareword", c.parameter("D").argument().value());
        assertNull(c.parameter("E").argument().value());
        assertEquals("True", c.parameter("F").argument().value());
        assertEquals(ArgumentKind.EXPRESSION, c.parameter("G").argument().kind());
        assertNull(c.parameter("G").argument().value());
    }

    @Test
    void positionalArgumentsAndRedirectionTargets() {
        String text = "Copy-Item a.txt b.txt 2>$null > log.txt";
        CommandInvocation c = command(parse(text), "Copy-Item");
        assertEquals(List.of("a.txt", "b.txt"), c.positional().stream().map(a -> a.text(text)).toList());
        assertEquals(0, c.start());
        assertEquals("Copy-Item a.txt b.txt 2>$null > log.txt".length(), c.end());
    }

    @Test
    void splattingVariablesAndHashtableLiterals() {
        CommandInvocation c = command(parse("New-X @p @{ Name = 'a'; 'Display Name' = 1\n Mail = $m } -Verbose"), "New-X");
        assertTrue(c.splatted());
        assertEquals("p", c.splats().get(0).variable());
        assertEquals(List.of("Name", "Display Name", "Mail"), c.splats().get(1).keys());
        assertTrue(c.splats().get(1).keysComplete());
        assertNull(c.parameter("Verbose").argument(), "a splat is never a parameter's argument");
        CommandInvocation h = command(parse("Set-X -Body @{ a = 1 }"), "Set-X");
        assertFalse(h.splatted());
        assertEquals(ArgumentKind.HASHTABLE, h.parameter("Body").argument().kind());
    }

    @Test
    void commandsNestedInScriptBlocksSubexpressionsHashtablesAndPipelines() {
        String text = String.join("\n",
                "Get-EntraGroup -All | ForEach-Object { Get-EntraGroupMember -GroupId $_.Id }",
                "$h = @{ Users = Get-EntraUser -Top 5; N = (Get-EntraUserCount) }",
                "if (Test-Path x) { Write-A } elseif ($y) { Write-B } else { Write-C }",
                "try { Invoke-D -Uri u } catch [System.Net.WebException], [System.IO.IOException] { Write-E $_ } finally { Write-F }",
                "switch -Regex ($v) { 'a' { Write-G } default { Write-H -X 1 } }",
                "while ($true) { Write-I; break }",
                "do { Write-J } until ($done)",
                "$r = $list.Where({ Test-K $_ })",
                "Write-Output \"n = $(Get-EntraUser -Top 1 | Select-Object -First 1)\"");
        assertEquals(List.of("Get-EntraGroup -All", "ForEach-Object { Get-EntraGroupMember -GroupId $_.Id }",
                "Get-EntraGroupMember -GroupId=$_.Id", "Get-EntraUser -Top=5", "Get-EntraUserCount", "Test-Path x",
                "Write-A", "Write-B", "Write-C", "Invoke-D -Uri=u", "Write-E $_", "Write-F", "Write-G", "Write-H -X=1",
                "Write-I", "Write-J", "Test-K $_",
                "Write-Output \"n = $(Get-EntraUser -Top 1 | Select-Object -First 1)\"", "Get-EntraUser -Top=1",
                "Select-Object -First=1"), describeAll(text));
    }

    @Test
    void expressionsAreNotCommands() {
        assertEquals(List.of(), describeAll("$a = $b + 1\n$c.Method(1, 'x')\n[Math]::Max(1, 2)\n$d[0] -eq 'x'\n"
                + "@{ Name = 'v' }\n'text' -replace 'a', 'b'\nreturn $x\nexit 1"));
    }

    @Test
    void callOperatorWithLiteralAndDynamicNames() {
        ScriptDocument doc = parse("& 'Get-EntraUser' -Top 1\n& $cmd -X\n. ./lib.ps1 arg\n& (\"Get-\" + \"X\") -Y");
        List<CommandInvocation> cs = doc.commands();
        assertEquals("Get-EntraUser", cs.get(0).name());
        assertEquals(InvocationOperator.CALL, cs.get(0).operator());
        assertNull(cs.get(1).name());
        assertEquals("$cmd", doc.text().substring(cs.get(1).nameStart(), cs.get(1).nameEnd()));
        assertEquals("./lib.ps1", cs.get(2).name());
        assertEquals(InvocationOperator.DOT_SOURCE, cs.get(2).operator());
        assertNull(cs.get(3).name());
        assertEquals("(\"Get-\" + \"X\")", doc.text().substring(cs.get(3).nameStart(), cs.get(3).nameEnd()));
        assertEquals("Y", cs.get(3).parameters().get(0).name());
    }

    @Test
    void pipelineContinuesAfterPipeOnNextLineAndBacktick() {
        assertEquals(List.of("Get-A -B=1", "Get-C -D=2", "Get-E"),
                describeAll("Get-A `\n  -B 1 |\n  Get-C `\n -D 2\n| Get-E"));
    }

    @Test
    void newlineEndsACommandUnlessAfterAComma() {
        assertEquals(List.of("Get-A -B=x,\n  y", "Get-C"), describeAll("Get-A -B x,\n  y\nGet-C"));
    }

    @Test
    void functionDefinitionsWithParamBlockAndInlineParameters() {
        String text = String.join("\n",
                "function Get-Report {",
                "  [CmdletBinding()]",
                "  param(",
                "    [Parameter(Mandatory = $true)][string]$UserId,",
                "    [int]$Top = ($default + 1),",
                "    [switch]$Force",
                "  )",
                "  Get-EntraUser -UserId $UserId",
                "}",
                "filter Only-Even($x, ${y z}) { if ($_ % 2 -eq 0) { $_ } }",
                "function global:Inner { function Nested {} }");
        ScriptDocument doc = parse(text);
        List<FunctionDefinition> fs = doc.functions();
        assertEquals(List.of("Get-Report", "Only-Even", "global:Inner", "Nested"),
                fs.stream().map(FunctionDefinition::name).toList());
        FunctionDefinition report = fs.get(0);
        assertEquals(List.of("UserId", "Top", "Force"),
                report.parameters().stream().map(FunctionDefinition.ParameterDeclaration::name).toList());
        assertEquals("$UserId", text.substring(report.parameters().get(0).start(), report.parameters().get(0).end()));
        assertEquals("Get-Report", text.substring(report.nameStart(), report.nameEnd()));
        assertEquals(0, report.start());
        assertEquals(text.indexOf("}\nfilter") + 1, report.end());
        assertEquals(FunctionDefinition.Kind.FILTER, fs.get(1).kind());
        assertEquals(List.of("x", "y z"), fs.get(1).parameters().stream().map(FunctionDefinition.ParameterDeclaration::name).toList());
        assertEquals(List.of("Get-EntraUser -UserId=$UserId"), doc.commands().stream().map(c -> Scripts.describe(text, c)).toList());
    }

    @Test
    void classAndEnumBodiesHoldNoCommandsButTheirMethodsDo() {
        String text = "enum Color { Red; Green }\nclass Report : Base {\n  [string]$Name = 'x'\n  hidden [int] Count() { return (Get-Count -All) }\n}";
        assertEquals(List.of("Get-Count -All"), describeAll(text));
    }

    @Test
    void missingClosingBraceOnlyAffectsItsBlock() {
        assertEquals(List.of("ForEach-Object { Get-A -B 1\nGet-C -D 2", "Get-A -B=1", "Get-C -D=2"),
                describeAll("ForEach-Object { Get-A -B 1\nGet-C -D 2"));
        assertEquals(List.of("Get-A -B=(Get-C", "Get-C", "Get-D -E=1"),
                describeAll("if ($x) { Get-A -B (Get-C }\nGet-D -E 1"));
    }

    @Test
    void strayClosingBracketsAreIgnored() {
        assertEquals(List.of("Get-A -B=1", "Get-C"), describeAll(") ] }\nGet-A -B 1 }\nGet-C"));
    }

    @Test
    void usingAndLabelsAreNotCommands() {
        assertEquals(List.of("Get-A"), describeAll("using namespace System.Text\n:outer foreach ($a in $b) { Get-A }"));
    }
}
