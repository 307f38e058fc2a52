package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;

class CallEvaluatorTest {

    private static CallEvaluator evaluator;

    @BeforeAll
    static void load() {
        evaluator = new CallEvaluator(new ParameterBinder(HelpIndex.load(dev.entrals.docs.modules.StandardSources.of(List.of(), true, false))), new TestPlanner()::knows);
    }

    private static EvaluatedCall eval(String line) {
        return evaluator.evaluate(line, Map.of());
    }

    @Test
    void literalStringsNumbersAndSwitchesBindByCanonicalName() {
        EvaluatedCall c = eval("get-entrauser -filter \"department eq 'Sales'\" -top 5");
        assertEquals("Get-EntraUser", c.command());
        assertEquals(Map.of("Filter", "department eq 'Sales'", "Top", 5L), c.arguments());
        assertEquals(List.of("Filter", "Top"), List.copyOf(c.arguments().keySet()), "source order");
        assertTrue(c.runnable());
        assertEquals("GetQuery", c.parameterSet());
    }

    @Test
    void aliasesAndPositionalArgumentsResolveToTheParameter() {
        EvaluatedCall c = eval("Get-EntraGroupMember -ObjectId 'g-1' -Limit 0x10");
        assertEquals(Map.of("GroupId", "g-1", "Top", 16L), c.arguments());
        // no Position in the module: PowerShell numbers the parameters in declaration order, $Top first
        EvaluatedCall positional = eval("Get-EntraUser 7");
        assertEquals(Map.of("Top", 7L), positional.arguments());
    }

    @Test
    void switchesTakeTrueAndColonFalse() {
        assertEquals(Boolean.TRUE, eval("Get-EntraUser -All").arguments().get("All"));
        assertEquals(Boolean.FALSE, eval("Get-EntraUser -All:$false").arguments().get("All"));
        assertEquals(Boolean.TRUE, eval("Get-EntraUser -All:$true").arguments().get("All"));
    }

    @Test
    void arraysAndHashtablesOfLiteralsAreValues() {
        EvaluatedCall c = eval("New-EntraGroup -DisplayName Sales -MailEnabled $false -SecurityEnabled $true "
                + "-MailNickname sales -GroupTypes 'Unified', \"DynamicMembership\"");
        assertEquals(List.of("Unified", "DynamicMembership"), c.arguments().get("GroupTypes"));
        assertEquals(Boolean.FALSE, c.arguments().get("MailEnabled"));
        assertEquals("Sales", c.arguments().get("DisplayName"));
        EvaluatedCall arr = eval("New-EntraGroup -DisplayName S -MailEnabled $false -SecurityEnabled $true "
                + "-MailNickname s -GroupTypes @('Unified'; \"x\")");
        assertEquals(List.of("Unified", "x"), arr.arguments().get("GroupTypes"));
    }

    @Test
    void hashtableLiteralsKeepSourceOrderAndNest() {
        Object v = HashtableLiteral.parse("@{ b = 'two'; a = 1\n c = @{ d = $true }; 'e f' = 1.5, 2 }");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", "two");
        expected.put("a", 1L);
        expected.put("c", Map.of("d", true));
        expected.put("e f", List.of(1.5, 2L));
        assertEquals(expected, v);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(((Map<?, ?>) v).keySet()));
        assertEquals(LiteralValues.NOT_LITERAL, HashtableLiteral.parse("@{ a = $x }"));
        assertEquals(LiteralValues.NOT_LITERAL, HashtableLiteral.parse("@{ a = \"$($x.Id)\" }"));
        assertEquals(LiteralValues.NOT_LITERAL, HashtableLiteral.parse("@{ a = Get-Thing }"));
    }

    @Test
    void nonLiteralArgumentsAreReportedExactly() {
        EvaluatedCall c = eval("Get-EntraGroupMember -GroupId $group.Id -Top 3");
        assertFalse(c.runnable());
        assertEquals(List.of("-GroupId $group.Id"), c.unevaluated());
        assertEquals(Map.of("Top", 3L), c.arguments());
        EvaluatedCall s = eval("Get-EntraUser -Filter \"department eq '$dept'\"");
        assertEquals(List.of("-Filter \"department eq '$dept'\""), s.unevaluated());
    }

    @Test
    void suppliedValuesFillNonLiteralsAndAddParametersByType() {
        EvaluatedCall c = evaluator.evaluate("Get-EntraGroupMember -GroupId $g", Map.of("GroupId", "g-7", "top", "4",
                "All", "false"));
        assertTrue(c.runnable(), c.toString());
        assertEquals(Map.of("GroupId", "g-7", "Top", 4L, "All", false), c.arguments());
        EvaluatedCall bad = evaluator.evaluate("Get-EntraUser", Map.of("NoSuchThing", "1"));
        assertFalse(bad.runnable());
        assertTrue(bad.problems().get(0).contains("NoSuchThing"), bad.problems().toString());
    }

    @Test
    void inAPipelineOrAssignmentTheEntraCommandRunsAndTheRestIsNotRun() {
        EvaluatedCall c = eval("$sales = Get-EntraUser -Top 5 | Where-Object { $_.City } | Select-Object DisplayName");
        assertEquals("Get-EntraUser", c.command());
        assertEquals(Map.of("Top", 5L), c.arguments());
        assertEquals(List.of("Where-Object { $_.City }", "Select-Object DisplayName"), c.notRun());
    }

    @Test
    void aContinuationLineRunsTheCommandItBelongsTo() {
        String script = "$x = 1\nGet-EntraUser `\n  -Filter \"city eq 'Oslo'\" `\n  -Top 2\n";
        int third = script.indexOf("  -Top");
        EvaluatedCall c = evaluator.evaluate(script, third, script.indexOf('\n', third), Map.of());
        assertEquals(Map.of("Filter", "city eq 'Oslo'", "Top", 2L), c.arguments());
    }

    @Test
    void whatIfIsReadAndConfirmFalseIsIgnoredNotObeyed() {
        EvaluatedCall c = eval("Remove-EntraGroup -GroupId g-1 -WhatIf");
        assertTrue(c.whatIf());
        assertEquals(Map.of("GroupId", "g-1"), c.arguments());
        EvaluatedCall confirm = eval("Remove-EntraGroup -GroupId g-1 -Confirm:$false -Verbose");
        assertFalse(confirm.whatIf());
        assertEquals(Map.of("GroupId", "g-1"), confirm.arguments());
        assertEquals(2, confirm.ignored().size(), confirm.ignored().toString());
        assertTrue(confirm.ignored().get(0).startsWith("-Confirm:$false"));
    }

    @Test
    void bindingErrorsStopTheRun() {
        EvaluatedCall unknown = eval("Get-EntraUser -Nope 1");
        assertFalse(unknown.runnable());
        assertTrue(unknown.problems().get(0).contains("'Nope'"));
        EvaluatedCall missing = eval("Remove-EntraGroup");
        assertEquals(List.of("Missing the mandatory parameter -GroupId."), missing.problems());
        EvaluatedCall splat = eval("Get-EntraUser @params");
        assertFalse(splat.runnable());
        assertTrue(splat.problems().get(0).contains("supply them"), splat.problems().toString());
    }

    @Test
    void suppliedValuesStandForASplat() {
        EvaluatedCall c = evaluator.evaluate("Get-EntraGroupMember @params", Map.of("GroupId", "g-1", "Top", "5"));
        assertTrue(c.runnable(), c.problems().toString());
        assertEquals(Map.of("GroupId", "g-1", "Top", 5L), c.arguments());
    }

    @Test
    void aLineWithoutARunnableEntraCommandSaysSo() {
        CallEvaluator.NoCallException e = assertThrows(CallEvaluator.NoCallException.class,
                () -> eval("Get-ChildItem | Sort-Object"));
        assertTrue(e.getMessage().contains("Get-ChildItem"), e.getMessage());
        assertThrows(CallEvaluator.NoCallException.class, () -> eval("   "));
    }

    @Test
    void aScriptAlreadyParsedIsReadAsItsText() {
        String script = "# users\n$u = Get-EntraUser -Filter \"startswith(displayName,'A')\" -Top 2 | Sort-Object Id\n";
        int line = script.indexOf('$');
        EvaluatedCall fromText = evaluator.evaluate(script, line, script.length(), Map.of());
        EvaluatedCall fromParse = evaluator.evaluate(dev.entrals.script.ScriptDocument.parse(script), line,
                script.length(), Map.of());
        assertEquals(fromText, fromParse);
        assertEquals(Map.of("Filter", "startswith(displayName,'A')", "Top", 2L), fromParse.arguments());
        assertEquals(List.of("Sort-Object Id"), fromParse.notRun());
        assertThrows(IllegalArgumentException.class, () -> new RunInput(script, 0, 1, Map.of(), false, false,
                ResultFormat.AUTO, 0, dev.entrals.script.ScriptDocument.parse("Get-EntraUser")));
    }

    @Test
    void aSimpleFunctionOfTheModulesRunsWithoutHelp() {
        // Get-EntraBetaGlobalSecureAccessTenantStatus.ps1:5 has no [CmdletBinding()] and no param(): the signature
        // index knows it without help, and the bundled table has its request
        CallEvaluator bundled = new CallEvaluator(new ParameterBinder(HelpIndex.load(
                dev.entrals.docs.modules.StandardSources.of(List.of(), true, false))),
                RunnableCommands.runs(Planners.bundled()));
        EvaluatedCall c = bundled.evaluate("Get-EntraBetaGlobalSecureAccessTenantStatus", Map.of());
        assertEquals("Get-EntraBetaGlobalSecureAccessTenantStatus", c.command());
        assertTrue(c.runnable(), c.problems()::toString);
    }

    @Test
    void aMandatoryParameterTheCommandBeforeThePipeGivesIsAValueToSupply() {
        // Remove-EntraGroup.md example 2: Get-EntraGroup -Filter … | Remove-EntraGroup (GroupId takes pipeline input)
        String script = "Get-EntraGroup -Filter \"DisplayName eq 'HelpDesk'\" | Remove-EntraGroup";
        int at = script.indexOf("Remove-EntraGroup");
        EvaluatedCall piped = evaluator.evaluate(script, at, script.length(), Map.of());
        assertEquals(List.of(), piped.problems());
        assertEquals(List.of("-GroupId (from the pipeline's input)"), piped.unevaluated());
        EvaluatedCall supplied = evaluator.evaluate(script, at, script.length(), Map.of("GroupId", "g-1"));
        assertTrue(supplied.runnable(), supplied.problems()::toString);
        assertEquals(Map.of("GroupId", "g-1"), supplied.arguments());
        assertEquals(List.of("Missing the mandatory parameter -GroupId."), eval("Remove-EntraGroup").problems(),
                "without a pipe the parameter is missing");
    }

    @Test
    void oneValueForAListParameterIsAListOfOne() {
        // New-EntraBetaApplication.md example 7: -IdentifierUris 'https://…' (List`1[System.String]); Graph takes an array
        CallEvaluator bundled = new CallEvaluator(new ParameterBinder(HelpIndex.load(
                dev.entrals.docs.modules.StandardSources.of(List.of(), true, false))),
                RunnableCommands.runs(Planners.bundled()));
        EvaluatedCall one = bundled.evaluate("New-EntraBetaApplication -DisplayName 'Contoso App'"
                + " -IdentifierUris 'https://myselfserve.contoso.com'", Map.of());
        assertEquals(List.of("https://myselfserve.contoso.com"), one.arguments().get("IdentifierUris"));
        assertEquals("Contoso App", one.arguments().get("DisplayName"), "a string parameter keeps its one value");
        EvaluatedCall two = bundled.evaluate("New-EntraBetaApplication -DisplayName A -IdentifierUris 'u1','u2'",
                Map.of());
        assertEquals(List.of("u1", "u2"), two.arguments().get("IdentifierUris"));
    }

    @Test
    void aSwitchFollowedByABooleanLeavesTheBooleanToAGuidPositionAndTheCallFails() {
        // Set-EntraBetaDirSyncEnabled.md example 1: -Force $true puts $true at position 1, -TenantId (System.Guid);
        // PowerShell cannot convert True to a Guid, and the call must not PATCH /organization/True
        CallEvaluator bundled = new CallEvaluator(new ParameterBinder(HelpIndex.load(
                dev.entrals.docs.modules.StandardSources.of(List.of(), true, false))),
                RunnableCommands.runs(Planners.bundled()));
        EvaluatedCall c = bundled.evaluate("Set-EntraBetaDirSyncEnabled -EnableDirsync $true -Force $true", Map.of());
        assertEquals(List.of("Cannot process argument transformation on parameter 'TenantId'. Cannot convert value"
                + " \"True\" to type \"System.Guid\"."), c.problems());
        assertTrue(bundled.evaluate("Set-EntraBetaDirSyncEnabled -EnableDirsync $true -Force", Map.of()).runnable());
    }

    @Test
    void aCallThatCannotRunSaysWhy() {
        CallEvaluator.NoCallException unknown = assertThrows(CallEvaluator.NoCallException.class,
                () -> eval("Get-EntraBetaNoSuchThing -Id 1"));
        assertEquals("No Entra command that can be run here: Get-EntraBetaNoSuchThing (Get-EntraBetaNoSuchThing is not"
                + " a command of the Entra modules).", unknown.getMessage());
        CallEvaluator.NoCallException notPlanned = assertThrows(CallEvaluator.NoCallException.class,
                () -> new CallEvaluator(new ParameterBinder(HelpIndex.load(dev.entrals.docs.modules.StandardSources
                        .of(List.of(), true, false))), name -> false).evaluate("Get-EntraUser -Top 1", Map.of()));
        assertTrue(notPlanned.getMessage().endsWith("(Get-EntraUser has no request in the request table)."),
                notPlanned.getMessage());
    }

    @Test
    void aFunctionOfTheScriptShadowsTheCmdletOfItsNameAndAStringHoldsNoCall() {
        String script = "function Get-EntraUser { 'mine' }\nGet-EntraUser -Top 1 | Write-Host \"$(Get-EntraUser -Top 2)\"\n"
                + "Microsoft.Entra.Users\\Get-EntraUser -Top 3\n";
        int line2 = script.indexOf("Get-EntraUser -Top 1");
        int line3 = script.indexOf("Microsoft.Entra");
        CallEvaluator.NoCallException e = assertThrows(CallEvaluator.NoCallException.class,
                () -> evaluator.evaluate(script, line2, line3, Map.of()));
        assertTrue(e.getMessage().startsWith("No Entra command that can be run here"), e.getMessage());
        EvaluatedCall qualified = evaluator.evaluate(script, line3, script.length(), Map.of());
        assertEquals(Map.of("Top", 3L), qualified.arguments(), "a module-qualified name calls the cmdlet");
    }

    @Test
    void numbersOfEveryLiteralShape() {
        assertEquals(2048L, LiteralValues.number("2kb"));
        assertEquals(1.5, LiteralValues.number("1.5"));
        assertEquals(7L, LiteralValues.number("7L"));
        assertEquals(LiteralValues.NOT_LITERAL, LiteralValues.number("12abc"));
        assertNull(HashtableLiteral.parse("$null"));
    }
}
