import * as vscode from 'vscode';
import { ServerConnection } from '../client/serverConnection';
import { ServerCommand } from '../client/protocol';
import { asContext, EntraContext, formatList, summary } from '../session/context';
import { connectRequest } from '../session/flows';
import { SessionStatus } from '../status/sessionStatus';
import { askConnect, offerToSaveSecrets } from './connectDialog';
import { Command } from './ids';
import { ReadOnlyDocuments } from './readOnlyDocuments';
import { SignIn } from './signIn';

const SHOW_ALL_FIELDS = 'Show All Fields';

export interface SessionDeps {
  readonly server: ServerConnection;
  readonly status: SessionStatus;
  readonly signIn: SignIn;
  readonly secrets: vscode.SecretStorage;
  readonly contextDocs: ReadOnlyDocuments;
}

/** Entra: Connect… — the dialogue, then `entra.connect`; a slow browser sign-in may switch to device code. */
export async function connect(deps: SessionDeps): Promise<void> {
  const choice = await askConnect(deps.server, deps.secrets);
  if (!choice) return;
  const scope = vscode.workspace.getConfiguration('entra.session').get<string>('contextScope') || undefined;
  let flow = choice.flow.id;
  let label = choice.flow.label;
  for (;;) {
    const outcome = await deps.signIn.connect(connectRequest(flow, choice.answers, scope), label);
    if (outcome.kind === 'switchToDeviceCode') {
      flow = 'deviceCode';
      label = 'Device code';
      continue;
    }
    if (outcome.kind === 'cancelled') {
      void vscode.window.showInformationMessage('Entra: sign-in cancelled.');
      return;
    }
    deps.status.update(outcome.context);
    void vscode.window.showInformationMessage(outcome.context
      ? `Entra: connected: ${summary(outcome.context)}.` : 'Entra: connected.');
    await offerToSaveSecrets(deps.secrets, choice);
    return;
  }
}

/** What Disconnect-Entra says when there is no session (the server's SessionService.NOTHING_TO_SIGN_OUT). */
export const NOTHING_TO_SIGN_OUT = 'No application to sign out from.';

/**
 * Entra: Disconnect — signs out and names the context it signed out of, all its fields on request. Without a
 * session the server answers null and the extension says so, in Disconnect-Entra's words (the server shows session
 * messages only for its own code lenses; what the palette starts, the extension reports).
 */
export async function disconnect(deps: SessionDeps): Promise<void> {
  const context = asContext(await deps.server.execute(ServerCommand.disconnect));
  deps.status.update(null);
  if (!context) {
    void vscode.window.showInformationMessage(`Entra: ${NOTHING_TO_SIGN_OUT}`);
    return;
  }
  const choice = await vscode.window.showInformationMessage(`Entra: signed out of ${summary(context)}.`, SHOW_ALL_FIELDS);
  if (choice) await showAllFields(deps.contextDocs, 'Signed-Out Entra Context', context);
}

/** Entra: Show Context — the session in one line, all fields on request. */
export async function showContext(deps: SessionDeps): Promise<void> {
  const context = asContext(await deps.server.execute(ServerCommand.getContext));
  deps.status.update(context);
  if (!context) {
    const choice = await vscode.window.showInformationMessage('Entra: Not connected.', 'Connect…');
    if (choice) await vscode.commands.executeCommand(Command.connect);
    return;
  }
  const details = [context.AuthType, context.TokenCredentialType].filter(Boolean).join(', ');
  const choice = await vscode.window.showInformationMessage(
    `Entra: ${summary(context)}${details ? ` (${details})` : ''}.`, SHOW_ALL_FIELDS);
  if (choice) await showAllFields(deps.contextDocs, 'Entra Context', context);
}

/** The context's fields aligned as PowerShell's Format-List, in a read-only document. */
async function showAllFields(docs: ReadOnlyDocuments, name: string, context: EntraContext): Promise<void> {
  const document = await vscode.workspace.openTextDocument(docs.put(name, formatList(context)));
  await vscode.window.showTextDocument(document, { preview: true });
}

/** The status bar menu: Connect / Disconnect / Show Context. */
export async function sessionMenu(deps: SessionDeps): Promise<void> {
  const connected = deps.status.current !== null;
  const items = [
    { label: '$(sign-in) Connect…', command: Command.connect },
    ...(connected ? [{ label: '$(sign-out) Disconnect', command: Command.disconnect }] : []),
    { label: '$(info) Show Context', command: Command.showContext },
  ];
  const choice = await vscode.window.showQuickPick(items, { title: 'Entra session', placeHolder: deps.status.current ? summary(deps.status.current) : 'Not connected' });
  if (choice) await vscode.commands.executeCommand(choice.command);
}
