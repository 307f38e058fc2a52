import * as vscode from 'vscode';
import { ServerConnection, ServerError } from '../client/serverConnection';
import { helpMarkdown, ServerCommand } from '../client/protocol';
import { ReadOnlyDocuments } from './readOnlyDocuments';

/** A cmdlet-like word: Verb-Noun (letters and digits after the dash). */
const CMDLET = /[A-Za-z]+-[A-Za-z][A-Za-z0-9]*/;

/**
 * Entra: Show Help for Cmdlet — the cmdlet under the cursor (or the one typed) rendered from the server's
 * `entra.showHelp` Markdown in a read-only Markdown preview.
 */
export async function showHelp(server: ServerConnection, docs: ReadOnlyDocuments, arg?: unknown): Promise<void> {
  const name = typeof arg === 'string' && arg.trim() ? arg.trim() : await askName();
  if (!name) return;
  let markdown: string | undefined;
  try {
    markdown = helpMarkdown(await server.execute(ServerCommand.showHelp, [name]));
  } catch (e) {
    // "No help found for 'X'. Did you mean ...?": the suggestions become buttons
    if (!(e instanceof ServerError) || e.suggestions.length === 0) throw e;
    const choice = await vscode.window.showWarningMessage(`Entra: ${e.message}`, ...e.suggestions.slice(0, 3));
    if (choice) await showHelp(server, docs, choice);
    return;
  }
  if (!markdown) {
    void vscode.window.showInformationMessage(`Entra: no help found for ${name}.`);
    return;
  }
  const uri = docs.put(`${name}.md`, markdown);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

async function askName(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const word = editor && wordAt(editor.document, editor.selection.active);
  if (word) return word;
  const typed = await vscode.window.showInputBox({
    title: 'Entra: Show Help for Cmdlet',
    prompt: 'Cmdlet name',
    placeHolder: 'Get-EntraUser',
    validateInput: (v) => (v.trim() ? undefined : 'Type a cmdlet name'),
  });
  return typed?.trim() || undefined;
}

function wordAt(document: vscode.TextDocument, position: vscode.Position): string | undefined {
  const range = document.getWordRangeAtPosition(position, CMDLET);
  return range ? document.getText(range) : undefined;
}
