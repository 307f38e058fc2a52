/**
 * Loaded in place of `vscode-languageclient/node` by `install.ts`: the real protocol definitions
 * (`vscode-languageserver-protocol`: request types, `ResponseError`, `MessageType`, ...) with a fake
 * {@link LanguageClient} that plays the server. The real library cannot load outside VS Code (its classes extend
 * `vscode` ones), and everything the extension does with a client goes through the handful of methods below.
 */
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { CancellationToken, EventEmitter } from './vscode';

export * from 'vscode-languageserver-protocol/node';

/** As vscode-languageclient's `State`. */
export enum State { Stopped = 1, Starting = 3, Running = 2 }

/** As vscode-languageclient's `RevealOutputChannelOn`. */
export enum RevealOutputChannelOn { Debug = 0, Info = 1, Warn = 2, Error = 3, Never = 4 }

/** The server side of `workspace/executeCommand`: the result, or a throw that becomes the error reply. */
export type CommandHandler = (args: unknown[], token: CancellationToken | undefined) => unknown;

/** A request the extension sent, with the cancellation token it gave (the library sends `$/cancelRequest` on it). */
export interface SentRequest {
  readonly method: string;
  readonly params: { command?: string; arguments?: unknown[]; workDoneToken?: string; [key: string]: unknown };
  readonly token?: CancellationToken;
}

interface MessageSignature {
  readonly method: string;
}

const LSP_REQUEST_CANCELLED = -32800;
const METHOD_NOT_FOUND = -32601;

/** What the fake server answers and what it was sent. */
export const server = {
  /** `workspace/executeCommand` handlers by command id. */
  commands: new Map<string, CommandHandler>(),
  requests: [] as SentRequest[],
  notifications: [] as { method: string; params: unknown }[],
  clients: [] as LanguageClient[],
  /** When set, `start()` rejects with it (a server that does not start). */
  startFailure: undefined as Error | undefined,
  /** When set, called once while the next client starts (before it runs): e.g. settings that change meanwhile. */
  duringStart: undefined as (() => void) | undefined,

  /** The last client made. */
  get client(): LanguageClient {
    const client = server.clients.at(-1);
    if (!client) throw new Error('no LanguageClient was created');
    return client;
  },

  /** `entra.<command>` requests sent so far. */
  commandRequests(command: string): SentRequest[] {
    return server.requests.filter((r) => r.method === 'workspace/executeCommand' && r.params.command === command);
  },

  reset(): void {
    server.commands.clear();
    server.requests = [];
    server.notifications = [];
    server.clients = [];
    server.startFailure = undefined;
    server.duringStart = undefined;
  },
};

type Handler = (...params: unknown[]) => unknown;

export class LanguageClient {
  private currentState = State.Stopped;
  private readonly stateEmitter = new EventEmitter<{ oldState: State; newState: State }>();
  private readonly notificationHandlers = new Map<string, Handler>();
  private readonly requestHandlers = new Map<string, Handler>();
  private readonly progressHandlers = new Map<string, (value: unknown) => void>();
  private readonly features: { fillClientCapabilities(c: Record<string, unknown>): void }[] = [];
  /** The capabilities the client declared at start (as the real client fills them from its features). */
  readonly capabilities: Record<string, unknown> = {};
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(readonly id: string, readonly name: string, readonly serverOptions: unknown, readonly clientOptions: unknown) {
    server.clients.push(this);
  }

  get state(): State {
    return this.currentState;
  }

  registerFeature(feature: { fillClientCapabilities(c: Record<string, unknown>): void }): void {
    this.features.push(feature);
  }

  onNotification(type: string | MessageSignature, handler: Handler): { dispose(): void } {
    this.notificationHandlers.set(methodOf(type), handler);
    return { dispose: () => this.notificationHandlers.delete(methodOf(type)) };
  }

  onRequest(type: string | MessageSignature, handler: Handler): { dispose(): void } {
    this.requestHandlers.set(methodOf(type), handler);
    return { dispose: () => this.requestHandlers.delete(methodOf(type)) };
  }

  async start(): Promise<void> {
    this.setState(State.Starting);
    const during = server.duringStart;
    server.duringStart = undefined;
    during?.();
    for (const f of this.features) f.fillClientCapabilities(this.capabilities);
    if (server.startFailure) {
      this.setState(State.Stopped);
      throw server.startFailure;
    }
    this.setState(State.Running);
  }

  needsStop(): boolean {
    return this.currentState !== State.Stopped;
  }

  async stop(): Promise<void> {
    this.setState(State.Stopped);
  }

  async sendRequest(type: string | MessageSignature, params: SentRequest['params'], token?: CancellationToken): Promise<unknown> {
    const method = methodOf(type);
    server.requests.push({ method, params, token });
    if (this.currentState !== State.Running) throw new Error('Client is not running');
    if (method !== 'workspace/executeCommand') throw new ResponseError(METHOD_NOT_FOUND, `no fake for ${method}`);
    const handler = server.commands.get(params.command ?? '');
    if (!handler) throw new ResponseError(METHOD_NOT_FOUND, `no fake for command ${params.command}`);
    // lsp4j answers a cancelled request with -32800, which the library rejects with
    const cancelled = new Promise<never>((_, reject) => token?.onCancellationRequested(
      () => reject(new ResponseError(LSP_REQUEST_CANCELLED, 'The request was cancelled.'))));
    return Promise.race([Promise.resolve().then(() => handler(params.arguments ?? [], token)), cancelled]);
  }

  async sendNotification(type: string | MessageSignature, params?: unknown): Promise<void> {
    server.notifications.push({ method: methodOf(type), params });
  }

  onProgress(_type: unknown, token: string, handler: (value: unknown) => void): { dispose(): void } {
    this.progressHandlers.set(token, handler);
    return { dispose: () => this.progressHandlers.delete(token) };
  }

  // -------------------------------------------------------------------------------- the server's side

  /** The server sends a notification; fails when the extension registered no handler for it. */
  notify(method: string, params: unknown): void {
    const handler = this.notificationHandlers.get(method);
    if (!handler) throw new Error(`the extension does not handle the notification ${method}`);
    handler(params);
  }

  /** The server sends a request; resolves with the extension's answer. */
  async request(method: string, params: unknown): Promise<unknown> {
    const handler = this.requestHandlers.get(method);
    if (!handler) throw new Error(`the extension does not handle the request ${method}`);
    return handler(params);
  }

  /** The server reports `$/progress` on a work-done token; false when nobody listens to it. */
  progress(token: string, value: unknown): boolean {
    const handler = this.progressHandlers.get(token);
    handler?.(value);
    return handler !== undefined;
  }

  /** The server process goes away, as after a crash. */
  crash(): void {
    this.setState(State.Stopped);
  }

  /** The library has started a new server process after a crash (same client object). */
  recover(): void {
    this.setState(State.Starting);
    this.setState(State.Running);
  }

  private setState(newState: State): void {
    const oldState = this.currentState;
    this.currentState = newState;
    if (oldState !== newState) this.stateEmitter.fire({ oldState, newState });
  }
}

function methodOf(type: string | MessageSignature): string {
  return typeof type === 'string' ? type : type.method;
}
