package dev.entrals.features.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.junit.jupiter.api.Test;

import dev.entrals.features.EditorSession;
import dev.entrals.testing.Fixture;

/** Signature help through the real server: one signature per set, the binder's set active, the parameter at the cursor. */
class SignatureHelpTest {

    private static final EditorSession session = EditorSession.shared();

    static SignatureHelp help(String marked) throws Exception {
        Fixture f = Fixture.of(marked);
        return session.signatureHelp(session.open(f.text()), EditorSession.position(f.text(), f.cursor()));
    }

    /** The active signature's label with the active parameter in brackets: {@code Get-EntraUser «[-UserId] <String>» ...}. */
    static String active(SignatureHelp h) {
        SignatureInformation s = h.getSignatures().get(h.getActiveSignature());
        if (h.getActiveParameter() == null) {
            return s.getLabel();
        }
        ParameterInformation p = s.getParameters().get(h.getActiveParameter());
        int from = p.getLabel().getRight().getFirst();
        int to = p.getLabel().getRight().getSecond();
        return s.getLabel().substring(0, from) + "«" + s.getLabel().substring(from, to) + "»" + s.getLabel().substring(to);
    }

    @Test
    void offersOneSignaturePerParameterSet() throws Exception {
        SignatureHelp h = help("Get-EntraUser <|>");
        assertEquals(List.of(
                "Get-EntraUser [-Filter <String>] [-All] [-Top <Int32>] [-Property <String[]>] [<CommonParameters>]",
                "Get-EntraUser [-UserId] <String> [-Property <String[]>] [<CommonParameters>]"),
                h.getSignatures().stream().map(SignatureInformation::getLabel).toList());
        assertEquals(0, h.getActiveSignature(), "the default set while nothing is bound");
    }

    @Test
    void activeSignatureIsTheSetTheCallBindsTo() throws Exception {
        assertEquals("Get-EntraUser «[-UserId] <String>» [-Property <String[]>] [<CommonParameters>]",
                active(help("Get-EntraUser -UserId <|>")));
    }

    @Test
    void activeParameterIsTheOneUnderTheCursor() throws Exception {
        assertEquals("Get-EntraUser [-Filter <String>] [-All] «[-Top <Int32>]» [-Property <String[]>] [<CommonParameters>]",
                active(help("Get-EntraUser -All -To<|>p 5")));
    }

    @Test
    void positionalArgumentActivatesItsParameter() throws Exception {
        assertEquals("Get-EntraUser «[-UserId] <String>» [-Property <String[]>] [<CommonParameters>]",
                active(help("Get-EntraUser 'some<|>one'")));
    }

    @Test
    void parameterLabelsPointIntoTheSignature() throws Exception {
        SignatureInformation s = help("Set-EntraGroupVisibility <|>").getSignatures().get(0);
        List<String> parts = s.getParameters().stream().map(p -> s.getLabel().substring(
                p.getLabel().getRight().getFirst(), p.getLabel().getRight().getSecond())).toList();
        assertEquals(List.of("-GroupId <String>", "-Visibility <String>", "[-WhatIf]", "[-Confirm]"), parts);
    }

    @Test
    void nothingOutsideAKnownCmdletCall() throws Exception {
        assertNull(help("Get-ContosoThing -Name <|>"));
        assertNull(help("$x = 1 <|>"));
        assertNull(help("Get-Entra<|>User"));
    }
}
