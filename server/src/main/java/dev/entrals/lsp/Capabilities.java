package dev.entrals.lsp;

import java.util.List;

import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;

import dev.entrals.features.ClientInfo;
import dev.entrals.features.ServerCommands;

/** The capabilities the server declares in its {@code initialize} answer. */
public final class Capabilities {

    private Capabilities() {
    }

    public static ServerCapabilities declared(ClientInfo client) {
        ServerCapabilities caps = new ServerCapabilities();
        caps.setPositionEncoding(ClientInfo.lspName(client.encoding()));
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        caps.setHoverProvider(true);
        caps.setCompletionProvider(new CompletionOptions(true, List.of("-", " ")));
        caps.setSignatureHelpProvider(new SignatureHelpOptions(List.of(" ", "-")));
        caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll)));
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(ServerCommands.ALL));
        caps.setDefinitionProvider(true);
        caps.setDocumentSymbolProvider(true);
        caps.setCodeLensProvider(new CodeLensOptions(false));
        return caps;
    }
}
