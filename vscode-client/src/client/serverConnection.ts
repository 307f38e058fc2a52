import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification, ExecuteCommandRequest, LanguageClient, ResponseError, State, WorkDoneProgress,
} from 'vscode-languageclient/node';
import { SERVER_READY_KEY } from '../commands/ids';
import { SettingsPayload } from '../settings/settingsPayload';

/** Starts a client: find Java, build the launch, start (see extension.ts); undefined when it cannot. */
export type ClientStarter = () => Promise<LanguageClient | undefined>;

/**
 * The running language client, replaced on restart. Keeps the `entra.serverReady` context key in step with the
 * client's state and forwards settings changes to the server.
 */
export class ServerConnection implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private stateListener: vscode.Disposable | undefined;
  /** Starts, restarts and stops run one after another: two overlapping restarts would leave a server behind. */
  private queue: Promise<void> = Promise.resolve();

  /**
   * @param starter makes and starts a client
   * @param onRunning called each time a client is running: after start, restart, and the library's own restart
   *   after a crash (a Process-scope session is gone then, so the status bar must ask again)
   */
  constructor(private readonly starter: ClientStarter, private readonly onRunning: () => void = () => undefined) {
    void setReady(false);
  }

  /** The running client; throws a message for the user when there is none. */
  get client(): LanguageClient {
    if (!this.current || this.current.state !== State.Running) {
      throw new Error('The Entra language server is not running (see Entra: Show Server Output, or Entra: Restart Server).');
    }
    return this.current;
  }

  get running(): boolean {
    return this.current?.state === State.Running;
  }

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async doStart(): Promise<void> {
    const client = await this.starter();
    if (!client) return;
    this.current = client;
    this.stateListener = client.onDidChangeState((e) => {
      void setReady(e.newState === State.Running);
      if (e.newState === State.Running) this.onRunning();
    });
    await setReady(client.state === State.Running);
    if (client.state === State.Running) this.onRunning();
  }


  /**
   * Runs a server command (`workspace/executeCommand`); a cancel of the token cancels the request. With a
   * `workDoneToken` the server reports its progress on it (see {@link onProgress}).
   */
  async execute<T = unknown>(command: string, args: unknown[] = [], token?: vscode.CancellationToken,
    workDoneToken?: string): Promise<T> {
    try {
      const params = { command, arguments: args, ...(workDoneToken ? { workDoneToken } : {}) };
      return await this.client.sendRequest(ExecuteCommandRequest.type, params, token) as T;
    } catch (e) {
      throw e instanceof ResponseError ? new ServerError(e.message, e.data) : e;
    }
  }

  /**
   * Listens to `$/progress` on a token this client made: begin/report messages to `report`, and the begin and end
   * of the work to `phase` (the end comes when the server's work is over, which for a cancelled request can be
   * after its reply).
   */
  onProgress(workDoneToken: string, report: (message: string) => void,
    phase?: (kind: 'begin' | 'end') => void): vscode.Disposable {
    return this.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind !== 'report') phase?.(value.kind);
      if (value.kind !== 'end' && value.message) report(value.message);
    });
  }

  /** Sends the settings in the same shape as `initializationOptions` (no restart needed). */
  async sendSettings(payload: SettingsPayload): Promise<void> {
    if (this.running) {
      await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: payload.settings });
    }
  }

  private async doStop(): Promise<void> {
    this.stateListener?.dispose();
    this.stateListener = undefined;
    const client = this.current;
    this.current = undefined;
    await setReady(false);
    if (client && client.needsStop()) await client.stop(5_000).catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
  }
}

/** An error reply of the server: its message is written for the user; `data` may hold more (e.g. suggestions). */
export class ServerError extends Error {
  constructor(message: string, readonly data?: unknown) {
    super(message);
  }

  /** `data.suggestions` when the server sent a list of strings. */
  get suggestions(): string[] {
    const list = (this.data as { suggestions?: unknown } | undefined)?.suggestions;
    return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  }
}

function setReady(ready: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', SERVER_READY_KEY, ready);
}
