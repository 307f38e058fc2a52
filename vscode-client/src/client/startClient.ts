import * as vscode from 'vscode';
import {
  ClientCapabilities, FeatureState, LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions,
  ShowMessageRequest, ShowMessageRequestParams, StaticFeature,
} from 'vscode-languageclient/node';
import { ServerLaunch } from '../server/serverOptions';
import { SettingsPayload } from '../settings/settingsPayload';
import { Command } from '../commands/ids';
import { CLIENT_ID, DEVICE_CODE, DeviceCodeParams, SESSION_CHANGED } from './protocol';
import { runCodeLenses } from './runLenses';
import { snippetCodeActions } from './snippetActions';

/** What the running client reports back to the rest of the extension. */
export interface ClientHandlers {
  /** `entra/sessionChanged`: the context, or null after a sign-out. */
  sessionChanged(context: unknown): void;
  /** `entra/deviceCode`. */
  deviceCode(params: DeviceCodeParams): void;
  /** `window/showMessageRequest`: the chosen action's title, or null. */
  showMessageRequest(params: ShowMessageRequestParams): Promise<string | null>;
}

export interface StartOptions {
  readonly launch: ServerLaunch;
  readonly initialSettings: SettingsPayload;
  readonly output: vscode.OutputChannel;
  readonly handlers: ClientHandlers;
}

/** Creates the language client for PowerShell documents, wires the Entra notifications, and starts it. */
export async function startClient(options: StartOptions): Promise<LanguageClient> {
  const serverOptions: ServerOptions = {
    command: options.launch.command,
    args: options.launch.args,
    options: options.launch.options,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'powershell', scheme: 'file' },
      { language: 'powershell', scheme: 'untitled' },
    ],
    initializationOptions: options.initialSettings,
    outputChannel: options.output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // hovers may run only the docs download from a link (the server's "Download the Entra docs" hint), nothing else
    markdown: { isTrusted: { enabledCommands: [Command.fetchDocs] }, supportHtml: false },
    // the missing-mandatory fix's placeholders as tab stops (the client declares `experimental.snippetTextEdit`)
    // the server's "▶ Run" lens runs through the client's run command (progress, confirmation, results document)
    middleware: { provideCodeActions: snippetCodeActions(() => client), provideCodeLenses: runCodeLenses() },
  };
  const client: LanguageClient = new LanguageClient(CLIENT_ID, 'Entra Language Server', serverOptions, clientOptions);
  client.registerFeature(new DeviceCodeNotificationCapability());
  // Registered before start: the client installs them as soon as the server has answered initialize.
  client.onNotification(SESSION_CHANGED, (context: unknown) => options.handlers.sessionChanged(context ?? null));
  client.onNotification(DEVICE_CODE, (params: DeviceCodeParams) => options.handlers.deviceCode(params));
  client.onRequest(ShowMessageRequest.type, (params) => options.handlers.showMessageRequest(params)
    .then((title) => (title === null ? null : params.actions?.find((a) => a.title === title) ?? null)));
  await client.start();
  return client;
}

/**
 * Declares `experimental.entra.deviceCodeNotification`: the server then sends `entra/deviceCode` (shown with a
 * "Copy code and open browser" button) instead of a generic `window/showMessageRequest`; and
 * `experimental.entra.fetchDocsCommand`: the hover's "full help is one step away" hint links that command; and
 * `experimental.snippetTextEdit` (rust-analyzer's extension): code actions may carry snippet edits, which the
 * `provideCodeActions` middleware ({@link snippetCodeActions}) applies as tab stops.
 */
class DeviceCodeNotificationCapability implements StaticFeature {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const experimental = (capabilities.experimental ?? {}) as Record<string, unknown>;
    capabilities.experimental = { ...experimental, snippetTextEdit: true, entra: {
      ...(experimental.entra as object), deviceCodeNotification: true, fetchDocsCommand: Command.fetchDocs,
    } };
  }

  initialize(): void {
    // nothing to set up: the notification handler is registered with the client
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {
    // nothing to clear
  }
}
