package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.script.CommandContext.Element;
import dev.entrals.testing.Fixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandAtTest {

    private String text;

    /** The context at the fixture's cursor; the fixture's range marks the invocation expected. */
    private CommandContext at(String marked) {
        Fixture f = Fixture.of(marked);
        text = f.text();
        ScriptDocument doc = Scripts.parse(f.text());
        CommandContext ctx = doc.commandAt(f.cursor()).orElseThrow(() -> new AssertionError("no command at cursor"));
        Fixture.Range r = f.range();
        assertEquals(r.of(f.text()), f.text().substring(ctx.command().start(), ctx.command().end()), "invocation range");
        return ctx;
    }

    @Test
    void cursorInCommandNameIsName() {
        CommandContext c = at("$u = <[Get-Entra<|>User -UserId $id]>");
        assertEquals(Element.NAME, c.element());
        assertEquals("Get-EntraUser", c.command().name());
        assertEquals(Element.NAME, at("<[<|>Get-X]>").element());
        assertEquals(Element.NAME, at("<[Get-X<|>]>").element());
    }

    @Test
    void cursorOnParameterNamesTheParameter() {
        CommandContext c = at("<[Get-EntraUser -To<|>p 3]>");
        assertEquals(Element.PARAMETER, c.element());
        assertEquals("Top", c.parameter().name());
        assertEquals("Top", at("<[Get-EntraUser -Top<|> 3]>").parameter().name());
    }

    @Test
    void cursorAfterALoneDashIsAParameterWithAnEmptyName() {
        CommandContext c = at("<[Get-EntraUser -UserId x -<|>]>");
        assertEquals(Element.PARAMETER, c.element());
        assertEquals("", c.parameter().name());
    }

    @Test
    void cursorInNamedArgumentNamesItsParameter() {
        CommandContext c = at("<[Get-EntraUser -Filter \"dis<|>playName eq 'x'\" -All]>");
        assertEquals(Element.ARGUMENT, c.element());
        assertEquals("Filter", c.parameter().name());
        assertEquals("\"displayName eq 'x'\"", c.argument().text(text));
        assertEquals("Id", at("<[Get-EntraUser -Id:<|>abc]>").parameter().name());
    }

    @Test
    void cursorInPositionalArgumentGivesItsIndex() {
        CommandContext c = at("<[Copy-Item a.txt b<|>.txt -Force]>");
        assertEquals(Element.ARGUMENT, c.element());
        assertNull(c.parameter());
        assertEquals(1, c.positionalIndex());
    }

    @Test
    void cursorOnSplatIsSplat() {
        CommandContext c = at("<[Set-EntraUser @par<|>ams -Verbose]>");
        assertEquals(Element.SPLAT, c.element());
        assertEquals("params", c.splat().variable());
    }

    @Test
    void blankAfterTheInvocationOnTheSameLineIsBlank() {
        CommandContext c = at("<[Get-EntraUser -Top 3]> <|>");
        assertEquals(Element.BLANK, c.element());
        assertNull(c.parameter(), "-Top has its argument; a new parameter goes here");
        assertEquals(Element.BLANK, at("<[Get-EntraUser]>   <|>\nGet-Other").element());
    }

    @Test
    void blankAfterAParameterWithoutArgumentNamesThatParameter() {
        CommandContext c = at("<[Get-EntraUser -UserId]> <|>");
        assertEquals(Element.BLANK, c.element());
        assertEquals("UserId", c.parameter().name(), "the parser cannot know -UserId is no switch: it names it");
        assertEquals("All", at("<[Get-EntraUser -All]>  <|>").parameter().name());
    }

    @Test
    void blankInsideTheInvocationIsBlank() {
        CommandContext c = at("<[Get-EntraUser -Top 3  <|>  -All]>");
        assertEquals(Element.BLANK, c.element());
        assertNull(c.parameter());
    }

    @Test
    void innermostInvocationWins() {
        CommandContext c = at("Get-A -B (<[Get-EntraUser -Top <|>1]>)");
        assertEquals("Get-EntraUser", c.command().name());
        assertEquals("Top", c.parameter().name());
        CommandContext s = at("Get-Group | ForEach-Object { <[Get-EntraGroupMember -Gr<|>oupId $_.Id]> }");
        assertEquals("GroupId", s.parameter().name());
        CommandContext inString = at("Write-Host \"x $(<[Get-EntraUser -Fil<|>ter 'a']>)\"");
        assertEquals("Filter", inString.parameter().name());
    }

    @Test
    void noCommandOutsideInvocations() {
        ScriptDocument doc = Scripts.parse("Get-A -B 1\n$x = 2\n");
        Fixture f = Fixture.of("Get-A -B 1\n$x<|> = 2\n");
        assertTrue(doc.commandAt(f.cursor()).isEmpty());
        Optional<CommandContext> afterPipe = Scripts.parse("Get-A | ").commandAt(8);
        assertTrue(afterPipe.isEmpty(), "after a pipe a new command starts, not a blank of Get-A");
        assertTrue(Scripts.parse("Get-A\n").commandAt(6).isEmpty(), "the next line is not blank of Get-A");
    }
}
