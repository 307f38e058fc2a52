package dev.entrals.features.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupKind;
import org.junit.jupiter.api.Test;

import dev.entrals.features.EditorSession;
import dev.entrals.testing.Fixture;

/** Hover through the real server and client; expected texts start with the hovered text (rust-analyzer style). */
class HoverTest {

    private static final EditorSession markdown = EditorSession.shared();
    private static final EditorSession plain = EditorSession.sharedPlain();

    static String hover(EditorSession session, String marked) throws Exception {
        Fixture f = Fixture.of(marked);
        String uri = session.open(f.text());
        Hover h = session.hover(uri, EditorSession.position(f.text(), f.cursor()));
        if (h == null) {
            return null;
        }
        assertEquals(session == markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, h.getContents().getRight().getKind());
        return EditorSession.text(f.text(), h.getRange()) + "\n" + h.getContents().getRight().getValue();
    }

    static void assertHover(String marked, String expected) throws Exception {
        assertEquals(expected.stripTrailing(), hover(markdown, marked));
    }

    static void assertPlainHover(String marked, String expected) throws Exception {
        assertEquals(expected.stripTrailing(), hover(plain, marked));
    }

    @Test
    void hoverOnCmdletNameShowsEverySetSynopsisDescriptionStartAndLink() throws Exception {
        assertHover("""
                $u = Get-Entra<|>User
                """, """
                Get-EntraUser
                ```powershell
                # GetQuery (default)
                Get-EntraUser [-Filter <String>] [-All] [-Top <Int32>] [-Property <String[]>] [<CommonParameters>]
                # GetById
                Get-EntraUser [-UserId] <String> [-Property <String[]>] [<CommonParameters>]
                ```

                Reads users of the directory.

                Reads one user by ID or user principal name, or a filtered list of users.
                Without parameters it returns the first page of users.

                [Online help](https://example.test/get-entrauser)

                Needs one of: `User.ReadBasic.All`, `User.Read`, `User.Read.All`, `DeviceManagementApps.Read.All`, \
                `DeviceManagementConfiguration.Read.All` and 10 more (delegated) / `User.Read.All`, \
                `DeviceManagementApps.Read.All`, `DeviceManagementConfiguration.Read.All`, \
                `DeviceManagementManagedDevices.Read.All`, `DeviceManagementServiceConfig.Read.All` and 7 more \
                (application)
                """);
    }

    @Test
    void hoverOnCmdletNameShowsOnlyTheSetTheCallBindsTo() throws Exception {
        String h = hover(markdown, "Get-Entra<|>User 'someone@contoso.test' -Property DisplayName");
        assertEquals("""
                Get-EntraUser
                ```powershell
                Get-EntraUser [-UserId] <String> [-Property <String[]>] [<CommonParameters>]
                ```""", h.substring(0, h.indexOf("\n\n")));
    }

    @Test
    void hoverOnParameterShowsItsFacts() throws Exception {
        assertHover("""
                Get-EntraUser -User<|>Id $id
                """, """
                -UserId
                **-UserId** `String` · Get-EntraUser

                - Type: `System.String`
                - Required: yes (GetById)
                - Position: 0 (GetById)
                - Aliases: `-ObjectId`, `-UPN`
                - Pipeline input: True (ByPropertyName, ByValue)
                - Wildcards: no
                - Default value: None

                The object ID or user principal name of the user.
                """);
    }

    @Test
    void hoverOnAbbreviatedParameterCoversTheTypedText() throws Exception {
        assertHover("""
                Get-EntraUser -Fil<|>t 'x'
                """, """
                -Filt
                **-Filter** `String` · Get-EntraUser

                - Type: `System.String`
                - Required: no (GetQuery)
                - Position: named (GetQuery)
                - Pipeline input: True (ByPropertyName)
                - Wildcards: no
                - Default value: None

                An OData filter such as `startswith(DisplayName,'A')`.
                """);
    }

    @Test
    void hoverOnParameterAliasSaysWhatItStandsFor() throws Exception {
        String h = hover(markdown, "Get-EntraUser -Object<|>Id $id");
        assertEquals("-ObjectId\n`-ObjectId` is an alias of **-UserId**.", h.substring(0, h.indexOf("\n\n")));
    }

    @Test
    void hoverOnAcceptedValuesParameterListsThem() throws Exception {
        assertHover("""
                Set-EntraGroupVisibility -GroupId $g -Visi<|>bility:Private
                """, """
                -Visibility
                **-Visibility** `String` · Set-EntraGroupVisibility

                - Type: `System.String`
                - Required: yes
                - Position: named
                - Pipeline input: False
                - Wildcards: no
                - Accepted values: `Public`, `Private`, `HiddenMembership`
                - Default value: None

                Who can see the group.
                """);
    }

    @Test
    void hoverOnCmdletAliasNamesTheCmdlet() throws Exception {
        String h = hover(markdown, "ge<|>u -UserId $id");
        assertEquals("geu\n`geu` is an alias of **Get-EntraUser**.", h.substring(0, h.indexOf("\n\n")));
    }

    @Test
    void hoverOnRetiredAzureAdCmdletNamesTheReplacement() throws Exception {
        assertHover("""
                Get-AzureAD<|>User -ObjectId $id
                """, """
                Get-AzureADUser
                **Get-AzureADUser** (AzureAD) is retired; its Microsoft.Entra replacement is **Get-EntraUser**.

                Reads users of the directory.

                [Online help for Get-EntraUser](https://example.test/get-entrauser)
                """);
    }

    @Test
    void hoverOnRetiredMsOnlineCmdletNamesTheReplacement() throws Exception {
        assertHover("""
                Get-Msol<|>User -All
                """, """
                Get-MsolUser
                **Get-MsolUser** (MSOnline) is retired; its Microsoft.Entra replacement is **Get-EntraUser**.

                Reads users of the directory.

                [Online help for Get-EntraUser](https://example.test/get-entrauser)
                """);
        assertHover("""
                Restore-Msol<|>User
                """, """
                Restore-MsolUser
                **Restore-MsolUser** (MSOnline) is retired; its Microsoft Graph PowerShell replacement is **Restore-MgUser**.
                """);
    }

    @Test
    void hoverOnScriptFunctionShowsItsSignatureNotTheShadowedCmdlet() throws Exception {
        assertHover("""
                function Get-EntraUser($Name) { }
                Get-Entra<|>User
                """, """
                Get-EntraUser
                ```powershell
                Get-EntraUser [[-Name] <Object>]
                ```

                Defined in this script, line 1.
                """);
    }

    @Test
    void plainTextClientGetsPlainText() throws Exception {
        assertPlainHover("""
                Get-EntraUser -To<|>p 5
                """, """
                -Top
                -Top Int32 · Get-EntraUser

                Type: System.Int32
                Required: no (GetQuery)
                Position: named (GetQuery)
                Aliases: -Limit
                Pipeline input: True (ByPropertyName)
                Wildcards: no
                Default value: None

                The largest number of users to read.
                """);
    }

    @Test
    void hoversInsideOneStringAnswerForTheirOwnToken() throws Exception {
        EditorSession s = markdown;
        String text = "\"$(Get-EntraUser -Top 1)\"";
        String uri = s.open(text);
        assertEquals("Get-EntraUser", EditorSession.text(text, s.hover(uri, EditorSession.position(text, 6)).getRange()));
        assertEquals("-Top", EditorSession.text(text, s.hover(uri, EditorSession.position(text, 19)).getRange()));
        assertEquals("Get-EntraUser", EditorSession.text(text, s.hover(uri, EditorSession.position(text, 7)).getRange()),
                "asked again after another hover in the same string");
    }

    @Test
    void hoverAtTheEndOfANameAnswersForTheName() throws Exception {
        assertEquals("Get-EntraUser", hover(markdown, "Get-EntraUser<|> -Top 1").lines().findFirst().orElseThrow());
    }

    @Test
    void hoverOnUnknownCmdletReturnsNothing() throws Exception {
        assertNull(hover(markdown, "Get-Contoso<|>Thing -Name x"));
    }

    @Test
    void hoverOnUnknownParameterReturnsNothing() throws Exception {
        assertNull(hover(markdown, "Get-EntraUser -Nope<|>Nope 1"));
    }

    @Test
    void hoverInCommentsStringsAndBlanksReturnsNothing() throws Exception {
        assertNull(hover(markdown, "# Get-Entra<|>User"));
        assertNull(hover(markdown, "'Get-Entra<|>User'"));
        assertNull(hover(markdown, "Get-EntraUser -UserId 'a<|>b'"));
        assertNull(hover(markdown, "Get-EntraUser -UserId $id  <|>  "));
        assertNull(hover(markdown, "<|>"));
    }
}
