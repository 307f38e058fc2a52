import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { ServerConnection } from '../client/serverConnection';
import { ServerCommand } from '../client/protocol';

/**
 * Entra: Download Cmdlet Docs… — `entra.fetchDocs` for the chosen channel, with the server's `$/progress` in a
 * cancellable notification; the server reloads its help index afterwards.
 */
export async function fetchDocs(server: ServerConnection): Promise<void> {
  const channel = await vscode.window.showQuickPick(
    [{ label: 'v1.0', detail: 'Microsoft.Entra: the generally available cmdlets' },
      { label: 'beta', detail: 'Microsoft.Entra.Beta: the preview cmdlets' }],
    { title: 'Entra: Download Cmdlet Docs', placeHolder: 'Which module\'s reference docs?' });
  if (!channel) return;
  const result = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: `Entra: downloading the ${channel.label} cmdlet docs`,
    cancellable: true,
  }, async (progress, token) => {
    const workDoneToken = randomUUID();
    const listener = server.onProgress(workDoneToken, (message) => progress.report({ message }));
    try {
      return await server.execute<Record<string, unknown> | null>(ServerCommand.fetchDocs, [channel.label], token, workDoneToken);
    } finally {
      listener.dispose();
    }
  });
  if (field(result, 'pages') !== undefined) {
    void vscode.window.showInformationMessage(
      `Entra: ${field(result, 'pages')} ${channel.label} help pages downloaded to ${field(result, 'folder') ?? 'the docs cache'}.`);
  }
}

function field(result: Record<string, unknown> | null | undefined, key: string): string | undefined {
  const value = result?.[key];
  return value === undefined || value === null ? undefined : String(value);
}
