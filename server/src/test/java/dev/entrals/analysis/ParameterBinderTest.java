package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.entrals.docs.ParameterHelp;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Fixture;

class ParameterBinderTest {

    private final ParameterBinder binder = new ParameterBinder(TestDocs.index());

    private Binding bind(String script) {
        ScriptDocument doc = ScriptDocument.parse(script);
        CommandInvocation c = doc.commands().get(doc.commands().size() - 1);
        return binder.bind(c, binder.index().find(c.name()).orElseThrow(),
                ParameterBinder.receivesPipelineInput(doc.text(), c));
    }

    private static List<String> names(List<ParameterHelp> ps) {
        return ps.stream().map(ParameterHelp::name).toList();
    }

    @Test
    void exactAliasAndPrefixNamesBind() {
        Binding b = bind("Get-TestUser -objectid x -Prop a,b");
        assertEquals(List.of(Binding.Outcome.BOUND, Binding.Outcome.BOUND),
                b.named().stream().map(Binding.Named::outcome).toList());
        assertEquals(List.of("UserId", "Property"), names(b.boundParameters()));
        assertEquals(List.of("GetById"), b.candidateSets());
        assertEquals(Optional.of("GetById"), b.boundSet());
    }

    @Test
    void unknownAndAmbiguousNamesDoNotBind() {
        Binding b = bind("Set-TestThing x -Nope 1 -Disp y");
        assertEquals(Binding.Outcome.UNKNOWN, b.named().get(0).outcome());
        assertEquals(Binding.Outcome.AMBIGUOUS, b.named().get(1).outcome());
        assertEquals(List.of("Display", "DisplayColor", "DisplayName"), b.named().get(1).candidates());
    }

    @Test
    void exactNameWinsOverLongerNamesSharingItsPrefix() {
        Binding b = bind("Set-TestThing x -display y");
        assertEquals("Display", b.named().get(0).parameter().name());
    }

    @Test
    void parameterGivenTwiceIsDuplicateEvenThroughAnAlias() {
        Binding b = bind("Get-TestUser -UserId a -UPN b");
        assertEquals(Binding.Outcome.DUPLICATE, b.named().get(1).outcome());
        assertEquals("UserId", b.named().get(1).parameter().name());
    }

    @Test
    void switchDoesNotTakeTheFollowingElement() {
        Binding b = bind("Set-TestThing -Force abc");
        assertNull(b.command().parameters().get(0).argument());
        assertEquals(1, b.positional().size());
        assertEquals("Id", b.positional().get(0).parameter().name());
        assertTrue(b.missingMandatory().isEmpty());
    }

    @Test
    void switchWithColonKeepsItsValue() {
        Binding b = bind("Set-TestThing -Force:$false abc");
        assertEquals("False", b.command().parameters().get(0).argument().value());
        assertEquals("Id", b.positional().get(0).parameter().name());
    }

    @Test
    void positionalArgumentsBindInPositionOrderSkippingNamedOnes() {
        Binding b = bind("Set-TestThing -Id 1 second");
        assertEquals("Name", b.positional().get(0).parameter().name());
        Binding extra = bind("Set-TestThing one two three");
        assertEquals(List.of("Id", "Name"), names(extra.boundParameters()));
        assertNull(extra.positional().get(2).parameter());
        assertTrue(extra.positional().get(2).candidates().isEmpty());
    }

    @Test
    void positionalArgumentsFollowTheSetThatBinds() {
        Binding b = bind("Add-TestMember g m");
        assertEquals(Optional.of("ByGroup"), b.boundSet());
        assertEquals(List.of("GroupId", "MemberId"), names(b.boundParameters()));
        assertTrue(b.missingMandatory().isEmpty());
        Binding byName = bind("Add-TestMember -Kind User g m");
        assertEquals(Optional.of("ByName"), byName.boundSet());
        assertEquals(List.of("Kind", "GroupName", "MemberName"), names(byName.boundParameters()));
    }

    @Test
    void parametersInAllSetsKeepEverySetPossible() {
        Binding b = bind("Get-TestUser -All -Property x");
        assertEquals(List.of("GetQuery", "GetById", "GetByValue"), b.candidateSets());
        assertEquals(Optional.of("GetQuery"), b.boundSet());
    }

    @Test
    void defaultSetBindsWhenSeveralRemain() {
        Binding b = bind("Get-TestUser");
        assertEquals(Optional.of("GetQuery"), b.boundSet());
        assertTrue(b.missingMandatory().isEmpty());
    }

    @Test
    void withoutDefaultSeveralCandidatesStayUndecided() {
        Binding b = bind("New-TestPolicy -Shared x");
        assertEquals(List.of("ByA", "ByB"), b.candidateSets());
        assertEquals(Optional.empty(), b.boundSet());
        assertTrue(b.missingMandatory().isEmpty());
    }

    @Test
    void missingMandatoryOfTheDecidedSetIsReported() {
        Binding b = bind("New-TestPolicy -Shared x -B y");
        assertTrue(b.missingMandatory().isEmpty());
        Binding none = bind("Set-TestThing -Name n");
        assertEquals(List.of("Id"), names(none.missingMandatory()));
    }

    @Test
    void pipelineInputSatisfiesMandatoryParametersThatTakeIt() {
        Binding b = bind("$things | Set-TestThing -Name n");
        assertTrue(b.pipelineInput());
        assertTrue(b.missingMandatory().isEmpty());
        Binding continued = bind("$things |\n    Set-TestThing -Name n");
        assertTrue(continued.missingMandatory().isEmpty());
    }

    @Test
    void parametersOfDisjointSetsConflict() {
        Binding b = bind("Get-TestUser -Filter x -UserId y");
        assertTrue(b.candidateSets().isEmpty());
        assertEquals(Optional.empty(), b.boundSet());
        assertEquals(1, b.conflicts().size());
        Binding.Conflict c = b.conflicts().get(0);
        assertEquals("UserId", c.element().parameter().name());
        assertEquals(List.of("GetById"), c.setsOfElement());
        assertEquals(List.of("GetQuery"), c.possibleBefore());
        assertEquals("Filter", c.with().get(0).parameter().name());
        assertTrue(b.missingMandatory().isEmpty());
    }

    @Test
    void entryNamingAnUnknownSetFallsBackToTheSyntax() {
        Binding b = bind("Get-TestUser -SearchString x");
        assertEquals(List.of("GetByValue"), b.candidateSets());
    }

    @Test
    void commonParametersBelongToEverySet() {
        Binding b = bind("Get-TestUser -UserId x -ErrorAction Stop -ea 0 -Verb");
        assertEquals(List.of("GetById"), b.candidateSets());
        assertEquals(Binding.Outcome.DUPLICATE, b.named().get(2).outcome());
        assertEquals("Verbose", b.named().get(3).parameter().name());
    }

    @Test
    void whatIfIsKnownOnlyWhereListed() {
        assertEquals(Binding.Outcome.BOUND, bind("Set-TestThing x -WhatIf").named().get(0).outcome());
        assertEquals(Binding.Outcome.UNKNOWN, bind("Get-TestUser -WhatIf").named().get(0).outcome());
    }

    @Test
    void literalValuesOutsideTheAcceptedOnesAreReported() {
        Binding b = bind("Set-TestThing x -State enabled");
        assertTrue(b.invalidValues().isEmpty());
        Binding bad = bind("Set-TestThing x -State 'Paused'");
        assertEquals("Paused", bad.invalidValues().get(0).value());
        assertTrue(bind("Set-TestThing x -State $state").invalidValues().isEmpty());
        assertEquals(1, bind("Add-TestMember -Kind User, Robot g m").invalidValues().size());
    }

    @Test
    void hashtableSplatKeysCountAsBoundAndVariableSplatsMakeTheBindingIncomplete() {
        Binding b = bind("Set-TestThing @{ Id = 'x' }");
        assertTrue(b.complete());
        assertEquals(List.of("Id"), names(b.splatted()));
        assertTrue(b.missingMandatory().isEmpty());
        assertFalse(bind("Set-TestThing @params").complete());
    }

    @Test
    void cursorFindsTheParameterItIsOn() {
        Fixture f = Fixture.of("Set-TestThing -Na<|>me n");
        assertEquals("Name", bind(f.text()).parameterAt(f.cursor()).orElseThrow().name());
        Fixture arg = Fixture.of("Set-TestThing -State Ena<|>bled");
        assertEquals("State", bind(arg.text()).parameterAt(arg.cursor()).orElseThrow().name());
        Fixture pending = Fixture.of("Set-TestThing -State <|>");
        assertEquals("State", bind(pending.text()).parameterAt(pending.cursor()).orElseThrow().name());
        Fixture next = Fixture.of("Set-TestThing one <|>");
        assertEquals("Name", bind(next.text()).parameterAt(next.cursor()).orElseThrow().name());
        Fixture afterSwitch = Fixture.of("Set-TestThing -Force <|>");
        assertEquals("Id", bind(afterSwitch.text()).parameterAt(afterSwitch.cursor()).orElseThrow().name());
    }

    @Test
    void bestSetsPutTheBoundSetFirstAndRankConflictsByBoundParameters() {
        assertEquals(List.of("GetQuery", "GetById", "GetByValue"), bind("Get-TestUser -All").bestSets());
        assertEquals(List.of("ByName"), bind("Add-TestMember -GroupId g -GroupName n -MemberName m").bestSets());
        assertEquals(List.of("ByA", "ByB"), bind("New-TestPolicy -Shared x").bestSets());
    }

    @Test
    void availableParametersAreUnboundAndFitASetStillPossible() {
        List<String> avail = names(bind("Get-TestUser -UserId x").available());
        assertTrue(avail.contains("All"));
        assertTrue(avail.contains("Property"));
        assertFalse(avail.contains("UserId"));
        assertFalse(avail.contains("Filter"));
    }

    @Test
    void unknownOrComputedNamesDoNotBind() {
        assertTrue(binder.bind(ScriptDocument.parse("& $cmd -x").commands().get(0)).isEmpty());
        assertTrue(binder.bind(ScriptDocument.parse("Get-Nothing -x").commands().get(0)).isEmpty());
    }
}
