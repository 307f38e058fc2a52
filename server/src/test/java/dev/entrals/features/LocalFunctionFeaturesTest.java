package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.testing.Fixture;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.junit.jupiter.api.Test;

/** Hover, completion and signature help for the script's own functions, through the real server and client. */
class LocalFunctionFeaturesTest {

    private static final EditorSession session = EditorSession.shared();

    private static final String SCRIPT = """
            function Set-Thing {
                <#
                .SYNOPSIS
                Sets a thing.
                .DESCRIPTION
                Sets the thing named by its ID or by its name.
                .PARAMETER Id
                The thing's ID.
                #>
                [CmdletBinding(DefaultParameterSetName = 'ById', SupportsShouldProcess)]
                param(
                    [Parameter(Mandatory, ParameterSetName = 'ById', Position = 0)] [string] $Id,
                    [Parameter(Mandatory, ParameterSetName = 'ByName')] [string] $Name,
                    [switch] $Force
                )
            }
            function Say($Text, [int] $Times) { }
            """;

    private static String hover(String marked) throws Exception {
        Fixture f = Fixture.of(marked);
        String uri = session.open(f.text());
        Hover h = session.hover(uri, EditorSession.position(f.text(), f.cursor()));
        assertNotNull(h, "a hover");
        return EditorSession.text(f.text(), h.getRange()) + "\n" + h.getContents().getRight().getValue();
    }

    private static List<String> completion(String marked) throws Exception {
        Fixture f = Fixture.of(marked);
        String uri = session.open(f.text());
        return session.completion(uri, EditorSession.position(f.text(), f.cursor())).getItems().stream()
                .map(CompletionItem::getLabel).toList();
    }

    @Test
    void hoverOnTheFunctionNameShowsItsSetsAndCommentHelp() throws Exception {
        assertEquals("""
                Set-Thing
                ```powershell
                Set-Thing [-Id] <String> [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]
                ```

                Sets a thing.

                Sets the thing named by its ID or by its name.

                Defined in this script, line 1.""", hover(SCRIPT + "Set-Th<|>ing 1\n"));
    }

    @Test
    void hoverOnAParameterShowsItsCommentHelp() throws Exception {
        String h = hover(SCRIPT + "Set-Thing -I<|>d 1\n");
        assertTrue(h.startsWith("-Id\n**-Id** `String` · Set-Thing"), h);
        assertTrue(h.contains("The thing's ID."), h);
    }

    @Test
    void hoverOnASimpleFunctionShowsItsSignature() throws Exception {
        String h = hover(SCRIPT + "Sa<|>y hi\n");
        assertTrue(h.startsWith("Say\n```powershell\nSay [[-Text] <Object>] [[-Times] <Int32>]"), h);
    }

    @Test
    void completesTheParametersOfTheScriptsOwnFunctions() throws Exception {
        List<String> advanced = completion(SCRIPT + "Set-Thing -<|>\n");
        assertTrue(advanced.containsAll(List.of("-Id", "-Name", "-Force", "-WhatIf", "-Verbose")), advanced.toString());
        List<String> simple = completion(SCRIPT + "Say -T<|>\n");
        assertTrue(simple.containsAll(List.of("-Text", "-Times")), simple.toString());
    }

    @Test
    void signatureHelpOffersOneSignaturePerSetOfTheFunction() throws Exception {
        Fixture f = Fixture.of(SCRIPT + "Set-Thing -Name n <|>\n");
        SignatureHelp h = session.signatureHelp(session.open(f.text()), EditorSession.position(f.text(), f.cursor()));
        assertNotNull(h);
        List<String> labels = h.getSignatures().stream().map(SignatureInformation::getLabel).toList();
        assertEquals(2, labels.size(), labels.toString());
        assertTrue(labels.get(h.getActiveSignature()).contains("-Name <String>"), labels.toString());
    }
}
