package dev.entrals.features.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.Test;

import dev.entrals.features.EditorSession;
import dev.entrals.testing.Fixture;

/** Go to definition: a cmdlet goes to its page's title line when the page is in a folder; script functions to their name. */
class DefinitionTest {

    private static final EditorSession session = EditorSession.shared();

    static List<? extends Location> definition(String marked) throws Exception {
        Fixture f = Fixture.of(marked);
        return session.definition(session.open(f.text()), EditorSession.position(f.text(), f.cursor()));
    }

    @Test
    void cmdletFromAFolderGoesToTheTitleLineOfItsPage() throws Exception {
        List<? extends Location> found = definition("Get-Entra<|>User -UserId $id");
        assertEquals(1, found.size());
        Path page = Path.of(java.net.URI.create(found.get(0).getUri()));
        assertEquals(EditorSession.TEST_DOCS.resolve("Get-EntraUser.md").toAbsolutePath().normalize(), page);
        String titleLine = Files.readAllLines(page).get(found.get(0).getRange().getStart().getLine());
        assertEquals("# Get-EntraUser", titleLine);
    }

    @Test
    void retiredCmdletGoesToItsReplacementsPage() throws Exception {
        List<? extends Location> found = definition("Get-AzureAD<|>User");
        assertTrue(found.get(0).getUri().endsWith("/Get-EntraUser.md"), found.toString());
    }

    @Test
    void bundledPagesHaveNoFileToGoTo() throws Exception {
        assertEquals(List.of(), definition("Connect-En<|>tra -Scopes 'User.Read.All'"));
    }

    @Test
    void scriptFunctionGoesToItsName() throws Exception {
        Fixture f = Fixture.of("function <[Get-Thing]> { }\nGet-Th<|>ing");
        String uri = session.open(f.text());
        List<? extends Location> found = session.definition(uri, EditorSession.position(f.text(), f.cursor()));
        assertEquals(uri, found.get(0).getUri());
        assertEquals("Get-Thing", EditorSession.text(f.text(), found.get(0).getRange()));
    }

    @Test
    void unknownNamesAndParametersGoNowhere() throws Exception {
        assertEquals(List.of(), definition("Get-Contoso<|>Thing"));
        assertEquals(List.of(), definition("Get-EntraUser -User<|>Id 1"));
    }
}
