import * as vscode from 'vscode';
import {
  CodeAction as LspCodeAction, CodeActionRequest, CodeActionResolveRequest, CodeActionTriggerKind, Command as LspCommand,
} from 'vscode-languageclient/node';
import { ServerConnection } from '../client/serverConnection';
import { SOURCE_FIX_ALL } from '../client/protocol';

/**
 * Entra: Fix All Retired AzureAD Cmdlets in File — asks the server for its `source.fixAll` code actions on the
 * whole active document and applies them.
 */
export async function fixAllRetired(server: ServerConnection): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'powershell') {
    void vscode.window.showInformationMessage('Entra: open a PowerShell file first.');
    return;
  }
  const client = server.client;
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const diagnostics = client.diagnostics?.get(document.uri) ?? [];
  const actions = await client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
    range: client.code2ProtocolConverter.asRange(whole),
    context: {
      diagnostics: await client.code2ProtocolConverter.asDiagnostics([...diagnostics]),
      only: [SOURCE_FIX_ALL],
      triggerKind: CodeActionTriggerKind.Invoked,
    },
  });
  const fixes = (actions ?? []).filter((a) => !('kind' in a) || !a.kind || isFixAll(a.kind));
  if (fixes.length === 0) {
    void vscode.window.showInformationMessage('Entra: no retired AzureAD cmdlets to fix in this file.');
    return;
  }
  const titles: string[] = [];
  for (const fix of fixes) {
    if (await apply(server, fix)) titles.push(fix.title);
  }
  void vscode.window.showInformationMessage(titles.length
    ? `Entra: ${titles.join('; ')}.`
    : 'Entra: the server offered no edit to apply.');
}

function isFixAll(kind: string): boolean {
  return kind === SOURCE_FIX_ALL || kind.startsWith(`${SOURCE_FIX_ALL}.`);
}

async function apply(server: ServerConnection, item: LspCodeAction | LspCommand): Promise<boolean> {
  const client = server.client;
  if (LspCommand.is(item)) {
    await server.execute(item.command, item.arguments ?? []);
    return true;
  }
  let action = item;
  if (!action.edit && !action.command && action.data !== undefined) {
    action = await client.sendRequest(CodeActionResolveRequest.type, action);
  }
  let applied = false;
  if (action.edit) {
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
    applied = await vscode.workspace.applyEdit(edit);
    if (!applied) throw new Error(`the editor refused the edit "${action.title}"`);
  }
  if (action.command) {
    await server.execute(action.command.command, action.command.arguments ?? []);
    applied = true;
  }
  return applied;
}
