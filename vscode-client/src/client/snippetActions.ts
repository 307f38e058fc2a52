import * as vscode from 'vscode';
import { CodeActionRequest, LanguageClient, Middleware } from 'vscode-languageclient/node';

/** An edit of a code action as the server sends it; `insertTextFormat: 2` marks a snippet (tab stops `$1`, `$2`). */
interface ServerEdit {
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly newText: string;
  readonly insertTextFormat?: number;
}

/** A code action as the server sends it (only what the snippet conversion reads). */
interface ServerAction {
  readonly title: string;
  readonly edit?: { documentChanges?: { textDocument?: { uri: string }; edits?: ServerEdit[] }[] };
}

/** The parts of the language client the conversion uses (the real client has them all). */
export type SnippetClient = Pick<LanguageClient, 'code2ProtocolConverter' | 'protocol2CodeConverter' | 'sendRequest'
  | 'handleFailedRequest'>;

/** The documents' snippet edits of a server action (none when it has no `documentChanges` with snippets). */
export function snippetEdits(item: unknown): { uri: string; edits: ServerEdit[] }[] {
  const changes = (item as ServerAction)?.edit?.documentChanges;
  if (!Array.isArray(changes)) return [];
  const out = changes.filter((c) => c?.textDocument?.uri && Array.isArray(c.edits))
    .map((c) => ({ uri: c.textDocument!.uri, edits: c.edits! }));
  return out.some((c) => c.edits.some((e) => e.insertTextFormat === 2)) ? out : [];
}

/**
 * `provideCodeActions` middleware: the client declares `experimental.snippetTextEdit` (rust-analyzer's extension),
 * so the server sends its missing-mandatory fix as a snippet edit (`-Id $1 -Name $2`); vscode-languageclient 9
 * would insert the `$1` literally, so such an action's edit is rebuilt here as `vscode.SnippetTextEdit`s and VS Code
 * puts the cursor in the first value, Tab moving to the next. Every other action converts as the library does.
 */
export function snippetCodeActions(client: () => SnippetClient): NonNullable<Middleware['provideCodeActions']> {
  return async (document, range, context, token) => {
    const c = client();
    const params = {
      textDocument: c.code2ProtocolConverter.asTextDocumentIdentifier(document),
      range: c.code2ProtocolConverter.asRange(range),
      context: c.code2ProtocolConverter.asCodeActionContextSync(context),
    };
    let values;
    try {
      values = await c.sendRequest(CodeActionRequest.type, params, token);
    } catch (error) {
      return c.handleFailedRequest(CodeActionRequest.type, token, error, null);
    }
    if (token.isCancellationRequested || values === null || values === undefined) return null;
    const converted = await c.protocol2CodeConverter.asCodeActionResult(values, token);
    return converted.map((action, i) => {
      const snippets = snippetEdits(values[i]);
      if (snippets.length === 0 || !(action instanceof vscode.CodeAction)) return action;
      const edit = new vscode.WorkspaceEdit();
      for (const doc of snippets) {
        edit.set(vscode.Uri.parse(doc.uri), doc.edits.map((e) => {
          const at = c.protocol2CodeConverter.asRange(e.range);
          return e.insertTextFormat === 2 ? new vscode.SnippetTextEdit(at, new vscode.SnippetString(e.newText))
            : new vscode.TextEdit(at, e.newText);
        }));
      }
      action.edit = edit;
      return action;
    });
  };
}
