import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ServerConnection } from './client/serverConnection';
import { ClientHandlers, startClient } from './client/startClient';
import { LanguageClient } from 'vscode-languageclient/node';
import { ServerCommand } from './client/protocol';
import { registerCommands } from './commands/registerCommands';
import { offerDocs } from './commands/docsOffer';
import { Command } from './commands/ids';
import { ReadOnlyDocuments } from './commands/readOnlyDocuments';
import { RunHistory } from './commands/runResults';
import { SignIn } from './commands/signIn';
import { describeProblems, findJava, JavaRuntime } from './java/findJava';
import { asContext } from './session/context';
import { buildLaunch, classArchive, serverJarPath } from './server/serverOptions';
import { settingsPayload } from './settings/settingsPayload';
import { SessionStatus } from './status/sessionStatus';

let connection: ServerConnection | undefined;
/** What the running server was launched with: the Java settings and the settings payload it got. */
let launched: { java: string; settings: string } | undefined;

/** Find Java → build the launch → start the client (`startServer`) → register commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  launched = undefined;
  const output = vscode.window.createOutputChannel('Entra Language Server');
  const status = new SessionStatus();
  const helpDocs = new ReadOnlyDocuments('entra-help');
  const contextDocs = new ReadOnlyDocuments('entra-context');
  const resultDocs = new ReadOnlyDocuments('entra-results');
  context.subscriptions.push(output, status, helpDocs, contextDocs, resultDocs);

  const handlers: ClientHandlers = {
    sessionChanged: (ctx) => status.update(asContext(ctx)),
    deviceCode: (params) => void signIn.deviceCode(params),
    showMessageRequest: (params) => signIn.showMessageRequest(params),
  };
  const server: ServerConnection = new ServerConnection(
    () => startServer(context, output, handlers), () => void refreshStatus(server, status));
  const signIn = new SignIn(server);
  connection = server;
  context.subscriptions.push(server);

  // Settings can change while the server starts (after a window reload the user's settings may reach the extension
  // host after it activated): changes are not lost, and the start is reconciled with them once it is over.
  let starting = true;
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (!starting) onSettingsChanged(e, server);
  }));
  await server.start();
  starting = false;
  await reconcileAfterStart(server, output);

  registerCommands(context, { server, status, signIn, secrets: context.secrets, contextDocs, output, helpDocs,
    resultDocs, history: new RunHistory() });
  // activation is the first PowerShell file: offer the docs once if none are present (not awaited: never blocks)
  void offerDocs({
    docsStatus: () => server.execute(ServerCommand.docsStatus),
    state: context.globalState,
    ask: (text, ...buttons) => vscode.window.showInformationMessage(text, ...buttons),
    download: () => vscode.commands.executeCommand(Command.fetchDocs),
  }).then((outcome) => output.appendLine(`Docs offer: ${outcome}`), () => undefined);
}

export async function deactivate(): Promise<void> {
  await connection?.stop();
}

/** Find Java → build the launch → start the client; undefined (after telling the user why) when a step fails. */
async function startServer(
  context: vscode.ExtensionContext, output: vscode.OutputChannel, handlers: ClientHandlers,
): Promise<LanguageClient | undefined> {
  // one snapshot of what the launch reads, taken before the (slow) Java lookup: a change after it is reconciled
  const javaSnapshot = javaSettings();
  const config = vscode.workspace.getConfiguration('entra');
  const vmargs = config.get<string>('server.vmargs');
  launched = { java: javaSnapshot, settings: '' };
  const java = await locateJava(output, config.get<string | null>('java.home'));
  if (!java) return undefined;
  const jar = serverJarPath(context.extensionPath);
  const storage = context.globalStorageUri.fsPath;
  await fs.promises.mkdir(storage, { recursive: true }).catch(() => undefined);
  const launch = buildLaunch({
    java: java.executable,
    jar,
    vmargs,
    cwd: workspaceFolder(),
    archive: classArchive(storage, jar, java.home),
  });
  output.appendLine(`Starting ${launch.command} ${launch.args.join(' ')}`);
  const initialSettings = currentSettings();
  launched = { java: javaSnapshot, settings: JSON.stringify(initialSettings) };
  try {
    return await startClient({ launch, initialSettings, output, handlers });
  } catch (e) {
    output.appendLine(`The language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('Entra: the language server did not start.', 'Show Output')
      .then((choice) => choice && output.show(true));
    return undefined;
  }
}

/** Java 17+, or undefined after telling the user what was found and offering the setting. */
async function locateJava(output: vscode.OutputChannel, javaHomeSetting: string | null | undefined,
): Promise<JavaRuntime | undefined> {
  const lookup = await findJava({
    javaHomeSetting,
    env: process.env,
    platform: process.platform,
  });
  if (lookup.ok) {
    for (const skipped of lookup.skipped) output.appendLine(`Java: skipped ${skipped.source}: ${skipped.detail}`);
    output.appendLine(`Java ${lookup.java.major} from ${lookup.java.source}: ${lookup.java.executable}`);
    return lookup.java;
  }
  const message = describeProblems(lookup);
  output.appendLine(message);
  void vscode.window.showErrorMessage(message, 'Open Setting').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'entra.java.home');
  });
  return undefined;
}

/**
 * Asks the server for its session whenever a client is running: a session restored at start-up shows even if its
 * notification went out before the handler was installed, and a crash that lost the session clears the status.
 * A session-changed notification that arrives while the question is out is newer than the answer, and wins.
 */
async function refreshStatus(server: ServerConnection, status: SessionStatus): Promise<void> {
  const before = status.changes;
  try {
    const context = asContext(await server.execute(ServerCommand.getContext));
    if (status.changes === before) status.update(context);
  } catch {
    // a server without session support yet: keep "Not connected"
  }
}

/**
 * After the start: Java settings that changed meanwhile restart the server with them (nothing to ask: it has just
 * started); other settings that changed meanwhile are sent to it.
 */
async function reconcileAfterStart(server: ServerConnection, output: vscode.OutputChannel): Promise<void> {
  if (!launched) return;
  if (javaSettings() !== launched.java) { // also when the lookup failed on settings that were not there yet
    output.appendLine('The Java settings changed while the server started: restarting it with them.');
    await server.restart();
    return;
  }
  sendIfChanged(server);
}

/** Sends the settings when they differ from what the running server last got. */
function sendIfChanged(server: ServerConnection): void {
  const settings = currentSettings();
  const text = JSON.stringify(settings);
  if (!launched || !server.running || text === launched.settings) return;
  launched = { ...launched, settings: text };
  void server.sendSettings(settings);
}

/** `entra.java.home` and `entra.server.vmargs` as they are now: what a launch reads. */
function javaSettings(): string {
  const config = vscode.workspace.getConfiguration('entra');
  return JSON.stringify([config.get('java.home') ?? null, config.get('server.vmargs') ?? '']);
}

function onSettingsChanged(e: vscode.ConfigurationChangeEvent, server: ServerConnection): void {
  if (!e.affectsConfiguration('entra')) return;
  // one save of settings.json can change both kinds: the others are sent whatever is decided about Java
  sendIfChanged(server);
  const javaChanged = e.affectsConfiguration('entra.java.home') || e.affectsConfiguration('entra.server.vmargs');
  if (!javaChanged || (launched && server.running && javaSettings() === launched.java)) return; // runs with them
  void vscode.window.showInformationMessage('Entra: restart the language server to use the new Java settings?', 'Restart')
    .then((choice) => choice && server.restart());
}

function currentSettings() {
  const config = vscode.workspace.getConfiguration('entra');
  return settingsPayload((key) => config.get(key), { workspaceFolder: workspaceFolder(), home: process.env.HOME ?? process.env.USERPROFILE });
}

function workspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
}
