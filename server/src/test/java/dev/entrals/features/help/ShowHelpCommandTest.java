package dev.entrals.features.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.entrals.features.EditorSession;
import dev.entrals.features.ServerCommands;

/** {@code entra.showHelp} through the real server: full help as Markdown, or an error naming close cmdlets. */
class ShowHelpCommandTest {

    private static final EditorSession session = EditorSession.shared();

    @Test
    void returnsTheFullHelpAsMarkdownForAName() throws Exception {
        Object md = session.execute(ServerCommands.SHOW_HELP, "get-entrauser");
        String text = md.toString().replace("\\n", "\n");
        assertTrue(text.contains("# Get-EntraUser"), text);
        assertTrue(text.contains("### -UserId"), text);
        assertTrue(text.contains("A second paragraph that a hover leaves out."), "the full description: " + text);
    }

    @Test
    void acceptsAnObjectWithAName() throws Exception {
        JsonObject arg = new JsonObject();
        arg.addProperty("name", "Set-EntraGroupVisibility");
        assertTrue(session.execute(ServerCommands.SHOW_HELP, arg).toString().contains("# Set-EntraGroupVisibility"));
    }

    @Test
    void unknownNameIsAnErrorWithSuggestions() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> session.execute(ServerCommands.SHOW_HELP, "Get-EntraUsr"));
        ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
        assertEquals("No help found for 'Get-EntraUsr'. Did you mean Get-EntraUser?", error.getResponseError().getMessage());
    }

    @Test
    void retiredNameNamesItsReplacement() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> session.execute(ServerCommands.SHOW_HELP, "Get-AzureADUser"));
        assertEquals("No help found for 'Get-AzureADUser'. It is a retired AzureAD cmdlet; its replacement is "
                + "Get-EntraUser.", ((ResponseErrorException) e.getCause()).getResponseError().getMessage());
    }

    @Test
    void missingNameIsAnError() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> session.execute(ServerCommands.SHOW_HELP));
        assertTrue(e.getCause().getMessage().contains("needs a cmdlet name"), e.getCause().getMessage());
    }
}
