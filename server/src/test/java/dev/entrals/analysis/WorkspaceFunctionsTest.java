package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.HelpIndex;
import dev.entrals.script.ScriptDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The functions of other open scripts as the analyzer and the rules see them. */
class WorkspaceFunctionsTest {

    private static final HelpIndex INDEX = TestDocs.index();
    private static final String LIB = "function Get-LibThing { [CmdletBinding()] param([string] $Name) }\n"
            + "function Get-TestUser($Anything) { }\n";

    private static WorkspaceFunctions workspace(String... texts) {
        List<WorkspaceFunctions.Script> scripts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            scripts.add(new WorkspaceFunctions.Script("file:///ws/lib" + i + ".ps1", ScriptDocument.parse(texts[i])));
        }
        return WorkspaceFunctions.of(scripts);
    }

    private static List<String> findings(String script, WorkspaceFunctions ws) {
        return new ScriptAnalyzer(INDEX, MigrationTable.bundled()).analyze(ScriptDocument.parse(script), () -> { }, ws)
                .stream().map(d -> d.code() + " " + script.substring(d.start(), d.end())).toList();
    }

    @Test
    void definesAnswersForTheScriptTheWorkspaceAndTheIndex() {
        WorkspaceFunctions ws = workspace(LIB);
        ScriptDocument script = ScriptDocument.parse("function Mine { }\nMine\n");
        assertTrue(WorkspaceFunctions.defines("Mine", script, INDEX, ws));
        assertTrue(WorkspaceFunctions.defines("get-libthing", script, INDEX, ws));
        assertTrue(WorkspaceFunctions.defines("Get-TestUser", script, INDEX, WorkspaceFunctions.NONE));
        assertTrue(WorkspaceFunctions.defines("Microsoft.Entra\\Get-TestUser", script, INDEX, WorkspaceFunctions.NONE));
        assertFalse(WorkspaceFunctions.defines("Get-Nothing", script, INDEX, ws));
        assertFalse(WorkspaceFunctions.defines("Get-LibThing", script, INDEX, WorkspaceFunctions.NONE));
        assertEquals(List.of("Get-LibThing", "Get-TestUser"), List.copyOf(ws.names().keySet()));
    }

    @Test
    void callsAreCheckedAgainstTheOtherScriptsFunctionButItNeverHidesACmdlet() {
        WorkspaceFunctions ws = workspace(LIB);
        assertEquals(List.of("unknown-parameter -Bogus"), findings("Get-LibThing -Name a -Bogus 1", ws));
        assertEquals(List.of(), findings("Get-LibThing -Name a -Bogus 1", WorkspaceFunctions.NONE),
                "unknown without the workspace: nothing to check");
        // Get-TestUser($Anything) in another file does not hide the documented cmdlet
        assertEquals(List.of("unknown-parameter -Anything"), findings("Get-TestUser -Anything 1", ws));
        // ... unless this script may bring that function in (dot-sourcing): then the function hides the cmdlet
        assertEquals(List.of(), findings(". ./lib0.ps1\nGet-TestUser -Anything 1", ws));
        assertEquals(List.of("unknown-parameter -Anything"), findings(". ./lib0.ps1\nGet-TestUser -Anything 1",
                WorkspaceFunctions.NONE), "no other script defines it: the cmdlet runs");
        assertEquals(List.of(), new ScriptAnalyzer(INDEX, MigrationTable.bundled(), "Get-TestUser"::equalsIgnoreCase)
                .analyze(ScriptDocument.parse(". ./lib0.ps1\nget-testuser -Anything 1")), "another checked file's");
        // the script's own definition wins over the other script's
        assertEquals(List.of(), findings("function Get-LibThing { param($Bogus) }\nGet-LibThing -Bogus 1", ws));
    }

    @Test
    void aFunctionOfAnotherOpenScriptIsNoUnknownCommand() {
        // with the bundled signature index Microsoft.Entra is a loaded module, so its namespace is judged
        ScriptAnalyzer entra = new ScriptAnalyzer(HelpIndex.load(List.of(dev.entrals.docs.DocsSource.bundledPages(),
                dev.entrals.docs.signatures.SignatureSource.bundled())), MigrationTable.bundled());
        String call = "Get-EntraHelperX -Id 1";
        WorkspaceFunctions ws = workspace("function Get-EntraHelperX { param($Id) }\n");
        assertEquals(List.of(), entra.analyze(ScriptDocument.parse(call), () -> { }, ws).stream()
                .map(d -> d.code()).toList());
        assertEquals(List.of("unknown-command"), entra.analyze(ScriptDocument.parse(call), () -> { },
                WorkspaceFunctions.NONE).stream().map(d -> d.code()).toList());
    }

    @Test
    void anUnchangedFunctionKeepsItsModelAcrossVersionsOfItsScript() {
        var first = workspace(LIB).help("Get-LibThing").orElseThrow();
        var same = workspace("# an edit elsewhere\n" + LIB).help("Get-LibThing").orElseThrow();
        assertSame(first, same);
        var changed = workspace(LIB.replace("$Name", "$Other")).help("Get-LibThing").orElseThrow();
        assertNotSame(first, changed);
        assertTrue(changed.parameter("Other").isPresent());
    }
}
