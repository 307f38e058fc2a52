import * as vscode from 'vscode';
import { Command } from './ids';
import { RunLensArgument } from './runLine';
import { runnableLines } from './runnableLines';

/**
 * A "Run" code lens over every line that calls an Entra cmdlet (the server's own lens covers the session cmdlets);
 * it runs `Entra: Run Line or Selection` on that line. Whether the cmdlet can run is the server's answer.
 */
export function registerRunLens(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.languages.registerCodeLensProvider({ language: 'powershell' }, {
    provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
      return runnableLines(document.getText()).map(({ line, text }) => {
        const argument: RunLensArgument = { uri: document.uri.toString(), line, text };
        return new vscode.CodeLens(new vscode.Range(line, 0, line, 0),
          { title: '▶ Run', tooltip: 'Run this Entra command against Microsoft Graph', command: Command.runLine,
            arguments: [argument] });
      });
    },
  }));
}
