/**
 * A hand-written stand-in for the part of the `vscode` API the extension uses, loaded in place of `vscode` by
 * `install.ts`. It records what the extension shows and runs, and lets a test answer as the user would: every quick
 * pick, input box and message is a {@link Prompt} that stays open until the test answers it (see {@link ui}).
 */
import * as path from 'node:path';

/** Captured before a test mocks the timers: waiting for a prompt must use real time. */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

// ---------------------------------------------------------------------------------------------- basic types

export class Disposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}

  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }

  dispose(): void {
    this.onDispose();
  }
}

type Listener<T> = (value: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];

  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  dispose(): void {
    this.listeners = [];
  }
}

export interface CancellationToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: Listener<void>): Disposable;
}

export class CancellationTokenSource {
  private cancelled = false;
  private readonly emitter = new EventEmitter<void>();
  readonly token: CancellationToken;

  constructor() {
    const source = this;
    this.token = {
      get isCancellationRequested() {
        return source.cancelled;
      },
      onCancellationRequested(listener: Listener<void>): Disposable {
        // as VS Code: a listener added after the cancel is called soon after
        if (source.cancelled) queueMicrotask(() => listener(undefined));
        return source.emitter.event(listener);
      },
    };
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly authority: string, readonly path: string,
    readonly query: string, readonly fragment: string) {}

  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`not a URI: ${value}`);
    return new Uri(m[1], m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5] ?? '');
  }

  static file(fsPath: string): Uri {
    return new Uri('file', '', path.resolve(fsPath), '', '');
  }

  static from(parts: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(parts.scheme, parts.authority ?? '', parts.path ?? '', parts.query ?? '', parts.fragment ?? '');
  }

  get fsPath(): string {
    return this.path;
  }

  toString(): string {
    return `${this.scheme}:${this.authority || this.scheme === 'file' || this.scheme.startsWith('http') ? `//${this.authority}` : ''}`
      + `${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;

  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c as number, d as number) : b as Position;
  }
}

export class MarkdownString {
  constructor(public value = '') {}
}

export enum StatusBarAlignment { Left = 1, Right = 2 }
export enum ProgressLocation { SourceControl = 1, Window = 10, Notification = 15 }

// ---------------------------------------------------------------------------------------------- prompts

export interface QuickPickItem {
  readonly label: string;
  readonly detail?: string;
  readonly [key: string]: unknown;
}

interface PromptBase {
  /** Settles the call the extension is awaiting; a prompt can be answered once. */
  answer(value: unknown): void;
  readonly answered: boolean;
}

export interface QuickPickPrompt extends PromptBase {
  readonly kind: 'quickPick';
  readonly items: readonly QuickPickItem[];
  readonly options: { title?: string; placeHolder?: string; [key: string]: unknown };
  readonly labels: string[];
  /** Chooses the item with this label (fails when there is none). */
  pick(label: string): void;
  /** Escape. */
  escape(): void;
}

export interface InputBoxPrompt extends PromptBase {
  readonly kind: 'inputBox';
  readonly options: {
    title?: string; prompt?: string; placeHolder?: string; value?: string; password?: boolean;
    validateInput?: (value: string) => string | undefined | null | Thenable<string | undefined | null>;
    [key: string]: unknown;
  };
  /** Types the text and presses Enter; fails if the box's validation refuses it (VS Code would not accept it). */
  type(text: string): Promise<void>;
  escape(): void;
}

export interface MessagePrompt extends PromptBase {
  readonly kind: 'message';
  readonly severity: 'info' | 'warning' | 'error';
  readonly text: string;
  readonly buttons: string[];
  click(button: string): void;
  /** Closes the notification without choosing. */
  dismiss(): void;
}

export type Prompt = QuickPickPrompt | InputBoxPrompt | MessagePrompt;
type PromptOf<K extends Prompt['kind']> = Extract<Prompt, { kind: K }>;

/** A `withProgress` notification; the test can press its Cancel button. */
export interface ProgressRecord {
  readonly options: { title?: string; cancellable?: boolean; location?: ProgressLocation };
  readonly reports: string[];
  cancel(): void;
  readonly done: boolean;
}

function promptOf<T extends Prompt>(fields: Omit<T, 'answer' | 'answered'>): { prompt: T; settled: Promise<unknown> } {
  let resolve!: (value: unknown) => void;
  const settled = new Promise<unknown>((r) => { resolve = r; });
  let answered = false;
  // defineProperties, not Object.assign: `answered` must stay a getter
  const prompt = Object.defineProperties(fields, {
    answer: {
      value(value: unknown) {
        if (answered) throw new Error(`already answered: ${describe(prompt)}`);
        answered = true;
        resolve(value);
        changed();
      },
    },
    answered: { get: () => answered },
  }) as unknown as T;
  return { prompt, settled };
}

function describe(p: Prompt): string {
  switch (p.kind) {
    case 'quickPick': return `quick pick "${p.options.title ?? ''}" [${p.labels.join(' | ')}]`;
    case 'inputBox': return `input box "${p.options.title ?? ''}"${p.options.password ? ' (password)' : ''}`;
    default: return `${p.severity} message "${p.text}" [${p.buttons.join(' | ')}]`;
  }
}

let waiters: (() => void)[] = [];
function changed(): void {
  const now = waiters;
  waiters = [];
  now.forEach((w) => w());
}

// ---------------------------------------------------------------------------------------------- recorded state

export interface FakeOutputChannel {
  readonly name: string;
  readonly lines: string[];
  shown: boolean;
  appendLine(line: string): void;
  append(text: string): void;
  show(preserveFocus?: boolean): void;
  clear(): void;
  dispose(): void;
}

export interface FakeStatusBarItem {
  readonly id: string;
  readonly alignment: StatusBarAlignment;
  name?: string;
  text: string;
  tooltip?: string | MarkdownString;
  command?: string;
  visible: boolean;
  disposed: boolean;
  show(): void;
  hide(): void;
  dispose(): void;
}

export interface FakeTextDocument {
  readonly uri: Uri;
  readonly languageId: string;
  readonly lineCount: number;
  getText(range?: Range): string;
  lineAt(line: number): { text: string };
  getWordRangeAtPosition(position: Position, regex?: RegExp): Range | undefined;
}

interface ContentProvider {
  provideTextDocumentContent(uri: Uri): string | undefined | null;
  onDidChange?: (listener: (uri: Uri) => unknown) => { dispose(): unknown };
}

type CommandHandler = (...args: unknown[]) => unknown;

const state = {
  prompts: [] as Prompt[],
  consumed: new Set<Prompt>(),
  progress: [] as ProgressRecord[],
  executed: [] as { command: string; args: unknown[] }[],
  commands: new Map<string, CommandHandler>(),
  settings: new Map<string, unknown>(),
  configListeners: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
  providers: new Map<string, ContentProvider>(),
  /** As VS Code: a virtual document's text is asked for once and kept until its provider fires onDidChange. */
  virtualTexts: new Map<string, string>(),
  shownDocuments: [] as FakeTextDocument[],
  statusItems: [] as FakeStatusBarItem[],
  outputs: [] as FakeOutputChannel[],
  clipboard: '',
  opened: [] as string[],
  activeTextEditor: undefined as undefined | { document: FakeTextDocument; selection: { active: Position } },
  workspaceFolders: undefined as undefined | { uri: Uri; name: string; index: number }[],
};

/** What the test sees of the UI, and how it answers. */
export const ui = {
  /** Every prompt shown so far, in order. */
  get prompts(): readonly Prompt[] {
    return state.prompts;
  },

  /** The prompts still waiting for the user, described. */
  unanswered(): string[] {
    return state.prompts.filter((p) => !p.answered).map(describe);
  },

  /** The messages shown so far (answered or not). */
  messages(severity?: MessagePrompt['severity']): MessagePrompt[] {
    return state.prompts.filter((p): p is MessagePrompt => p.kind === 'message' && (!severity || p.severity === severity));
  },

  /**
   * The next prompt of this kind not yet taken by `next`, waiting (in real time, even under mocked timers) up to
   * `timeoutMs` for the extension to show it.
   */
  async next<K extends Prompt['kind']>(kind: K, timeoutMs = 2_000,
    matches: (p: PromptOf<K>) => boolean = () => true): Promise<PromptOf<K>> {
    return take((p) => p.kind === kind && matches(p as PromptOf<K>), timeoutMs, kind) as Promise<PromptOf<K>>;
  },

  /** The next prompt of any kind not yet taken. */
  async nextAny(timeoutMs = 2_000): Promise<Prompt> {
    return take(() => true, timeoutMs, 'prompt');
  },

  /** The next message not yet taken that contains (or matches) `text`; other messages are left for later. */
  async message(text: string | RegExp, timeoutMs?: number): Promise<MessagePrompt> {
    return ui.next('message', timeoutMs, (m) => (typeof text === 'string' ? m.text.includes(text) : text.test(m.text)));
  },

  /** Lets pending promise callbacks and I/O run (real time). */
  async settle(ms = 5): Promise<void> {
    await new Promise<void>((resolve) => realSetTimeout(resolve, ms));
  },

  /** The `withProgress` notifications so far. */
  get progress(): readonly ProgressRecord[] {
    return state.progress;
  },

  /** Commands run through `vscode.commands.executeCommand`, registered or not (e.g. `setContext`). */
  get executed(): readonly { command: string; args: unknown[] }[] {
    return state.executed;
  },

  /** Ids of the commands registered now. */
  get registeredCommands(): string[] {
    return [...state.commands.keys()];
  },

  get statusItems(): readonly FakeStatusBarItem[] {
    return state.statusItems;
  },

  get outputs(): readonly FakeOutputChannel[] {
    return state.outputs;
  },

  get clipboard(): string {
    return state.clipboard;
  },

  /** URIs given to `env.openExternal`, as strings. */
  get opened(): readonly string[] {
    return state.opened;
  },

  /** Documents shown in an editor (`window.showTextDocument`). */
  get shownDocuments(): readonly FakeTextDocument[] {
    return state.shownDocuments;
  },

  /** The text VS Code shows for a virtual document (undefined when no provider has its scheme). */
  contentOf(uri: Uri): string | undefined {
    return virtualText(uri);
  },

  hasContentProvider(scheme: string): boolean {
    return state.providers.has(scheme);
  },

  /** Sets `section.key` settings, e.g. `{'entra.java.home': '/jdk'}`. */
  setSettings(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) state.settings.set(key, value);
  },

  /** Changes settings and fires `onDidChangeConfiguration` as VS Code does. */
  changeSettings(values: Record<string, unknown>): void {
    ui.setSettings(values);
    const keys = Object.keys(values);
    state.configListeners.fire({
      affectsConfiguration: (section: string) => keys.some((k) => k === section || k.startsWith(`${section}.`)),
    });
  },

  /** Opens an editor on `text` with the cursor at `line`/`character`. */
  openEditor(text: string, languageId: string, line: number, character: number, fileName = '/ws/script.ps1'): FakeTextDocument {
    const document = textDocument(Uri.file(fileName), text, languageId);
    state.activeTextEditor = { document, selection: { active: new Position(line, character) } };
    return document;
  },

  /** Back to a fresh VS Code window: no prompts, commands, settings or editors. */
  reset(): void {
    for (const p of state.prompts) if (!p.answered) p.answer(undefined);
    state.prompts = [];
    state.consumed.clear();
    state.progress = [];
    state.executed = [];
    state.commands.clear();
    state.settings.clear();
    state.configListeners.dispose();
    state.providers.clear();
    state.virtualTexts.clear();
    state.shownDocuments = [];
    state.statusItems = [];
    state.outputs = [];
    state.clipboard = '';
    state.opened = [];
    state.activeTextEditor = undefined;
    state.workspaceFolders = undefined;
  },
};

async function take(matches: (p: Prompt) => boolean, timeoutMs: number, what: string): Promise<Prompt> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = state.prompts.find((p) => !state.consumed.has(p) && matches(p));
    if (found) {
      state.consumed.add(found);
      return found;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new Error(`no such ${what} was shown; prompts so far:\n  ${state.prompts.map(describe).join('\n  ') || '(none)'}`);
    }
    await new Promise<void>((resolve) => {
      const timer = realSetTimeout(resolve, left);
      waiters.push(() => { realClearTimeout(timer); resolve(); });
    });
  }
}

function virtualText(uri: Uri): string | undefined {
  const provider = state.providers.get(uri.scheme);
  if (!provider) return undefined;
  const key = uri.toString();
  if (!state.virtualTexts.has(key)) state.virtualTexts.set(key, provider.provideTextDocumentContent(uri) ?? '');
  return state.virtualTexts.get(key);
}

function textDocument(uri: Uri, text: string, languageId: string): FakeTextDocument {
  const lines = text.split('\n');
  const offsetOf = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return {
    uri,
    languageId,
    lineCount: lines.length,
    getText: (range?: Range) => (range ? text.slice(offsetOf(range.start), offsetOf(range.end)) : text),
    lineAt: (line: number) => ({ text: lines[line] }),
    // as VS Code: the match of `regex` on the position's line that contains (or touches) the position
    getWordRangeAtPosition(position: Position, regex = /[\w-]+/) {
      const line = lines[position.line] ?? '';
      const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
      for (const m of line.matchAll(global)) {
        const start = m.index ?? 0;
        if (start <= position.character && position.character <= start + m[0].length) {
          return new Range(position.line, start, position.line, start + m[0].length);
        }
      }
      return undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------- the API

function message(severity: MessagePrompt['severity']) {
  return (text: string, ...rest: unknown[]): Promise<string | undefined> => {
    const buttons = rest.filter((r): r is string => typeof r === 'string');
    const { prompt, settled } = promptOf<MessagePrompt>({
      kind: 'message', severity, text, buttons,
      click(button: string) {
        if (!buttons.includes(button)) throw new Error(`no button "${button}" on ${describe(prompt)}`);
        prompt.answer(button);
      },
      dismiss() {
        prompt.answer(undefined);
      },
    });
    state.prompts.push(prompt);
    changed();
    return settled as Promise<string | undefined>;
  };
}

export const window = {
  showInformationMessage: message('info'),
  showWarningMessage: message('warning'),
  showErrorMessage: message('error'),

  async showQuickPick(itemsOrPromise: readonly (QuickPickItem | string)[] | Thenable<readonly (QuickPickItem | string)[]>,
    options: QuickPickPrompt['options'] = {}): Promise<unknown> {
    const raw = await itemsOrPromise;
    const items = raw.map((i) => (typeof i === 'string' ? { label: i } : i));
    const { prompt, settled } = promptOf<QuickPickPrompt>({
      kind: 'quickPick', items, options, labels: items.map((i) => i.label),
      pick(label: string) {
        const item = items.find((i) => i.label === label);
        if (!item) throw new Error(`no item "${label}" in ${describe(prompt)}`);
        prompt.answer(typeof raw[items.indexOf(item)] === 'string' ? label : item);
      },
      escape() {
        prompt.answer(undefined);
      },
    });
    state.prompts.push(prompt);
    changed();
    return settled;
  },

  showInputBox(options: InputBoxPrompt['options'] = {}): Promise<string | undefined> {
    const { prompt, settled } = promptOf<InputBoxPrompt>({
      kind: 'inputBox', options,
      async type(text: string) {
        const refusal = await options.validateInput?.(text);
        if (refusal) throw new Error(`${describe(prompt)} refuses "${text}": ${refusal}`);
        prompt.answer(text);
      },
      escape() {
        prompt.answer(undefined);
      },
    });
    state.prompts.push(prompt);
    changed();
    return settled as Promise<string | undefined>;
  },

  async withProgress<R>(options: ProgressRecord['options'],
    task: (progress: { report(value: { message?: string }): void }, token: CancellationToken) => Thenable<R>): Promise<R> {
    const source = new CancellationTokenSource();
    let done = false;
    const record: ProgressRecord = {
      options,
      reports: [],
      cancel() {
        if (!options.cancellable) throw new Error(`progress "${options.title}" has no Cancel button`);
        source.cancel();
      },
      get done() {
        return done;
      },
    };
    state.progress.push(record);
    changed();
    try {
      return await task({ report: (v) => { if (v.message) record.reports.push(v.message); } }, source.token);
    } finally {
      done = true;
      changed();
    }
  },

  createOutputChannel(name: string): FakeOutputChannel {
    const channel: FakeOutputChannel = {
      name,
      lines: [],
      shown: false,
      appendLine(line: string) { channel.lines.push(line); },
      append(text: string) { channel.lines.push(text); },
      show() { channel.shown = true; },
      clear() { channel.lines.length = 0; },
      dispose() { /* nothing held */ },
    };
    state.outputs.push(channel);
    return channel;
  },

  createStatusBarItem(id: string, alignment: StatusBarAlignment = StatusBarAlignment.Left): FakeStatusBarItem {
    const item: FakeStatusBarItem = {
      id, alignment, text: '', visible: false, disposed: false,
      show() { item.visible = true; },
      hide() { item.visible = false; },
      dispose() { item.disposed = true; item.visible = false; },
    };
    state.statusItems.push(item);
    return item;
  },

  async showTextDocument(document: FakeTextDocument): Promise<unknown> {
    state.shownDocuments.push(document);
    return { document };
  },

  get activeTextEditor() {
    return state.activeTextEditor;
  },
};

export const commands = {
  registerCommand(id: string, handler: CommandHandler): Disposable {
    if (state.commands.has(id)) throw new Error(`command '${id}' already exists`);
    state.commands.set(id, handler);
    return new Disposable(() => state.commands.delete(id));
  },

  async executeCommand(command: string, ...args: unknown[]): Promise<unknown> {
    state.executed.push({ command, args });
    changed();
    const handler = state.commands.get(command);
    if (handler) return handler(...args);
    // the built-in Markdown preview opens (and so reads) the document it renders
    if (command === 'markdown.showPreview' && args[0] instanceof Uri) virtualText(args[0]);
    return undefined;
  },
};

export const workspace = {
  getConfiguration(section?: string) {
    const full = (key: string) => (section ? `${section}.${key}` : key);
    return {
      get<T>(key: string, defaultValue?: T): T | undefined {
        return state.settings.has(full(key)) ? state.settings.get(full(key)) as T : defaultValue;
      },
      has: (key: string) => state.settings.has(full(key)),
    };
  },

  onDidChangeConfiguration(listener: Listener<{ affectsConfiguration(section: string): boolean }>): Disposable {
    return state.configListeners.event(listener);
  },

  registerTextDocumentContentProvider(scheme: string, provider: ContentProvider): Disposable {
    if (state.providers.has(scheme)) throw new Error(`a provider for ${scheme} exists`);
    state.providers.set(scheme, provider);
    const changes = provider.onDidChange?.((uri) => state.virtualTexts.delete(uri.toString()));
    return new Disposable(() => {
      state.providers.delete(scheme);
      changes?.dispose();
    });
  },

  async openTextDocument(uri: Uri): Promise<FakeTextDocument> {
    const text = virtualText(uri);
    if (text === undefined) throw new Error(`cannot open ${uri.toString()}: no content provider for ${uri.scheme}`);
    return textDocument(uri, text, uri.path.endsWith('.md') ? 'markdown' : 'plaintext');
  },

  get workspaceFolders() {
    return state.workspaceFolders;
  },
};

export const env = {
  clipboard: {
    async writeText(text: string) { state.clipboard = text; changed(); },
    async readText() { return state.clipboard; },
  },
  async openExternal(uri: Uri): Promise<boolean> {
    state.opened.push(uri.toString());
    changed();
    return true;
  },
};

// ---------------------------------------------------------------------------------------------- extension context

/** SecretStorage in memory; `stored` lists every write, so a test can see that nothing was written. */
export class FakeSecretStorage {
  readonly values = new Map<string, string>();
  readonly stored: { key: string; value: string }[] = [];
  private readonly emitter = new EventEmitter<{ key: string }>();
  readonly onDidChange = this.emitter.event;

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }

  async store(key: string, value: string): Promise<void> {
    this.values.set(key, value);
    this.stored.push({ key, value });
    this.emitter.fire({ key });
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async keys(): Promise<string[]> {
    return [...this.values.keys()];
  }
}

/** The parts of `ExtensionContext` the extension reads. */
export interface FakeExtensionContext {
  readonly subscriptions: { dispose(): unknown }[];
  readonly secrets: FakeSecretStorage;
  readonly extensionPath: string;
  readonly globalStorageUri: Uri;
}

export function extensionContext(extensionPath: string, storagePath: string, secrets = new FakeSecretStorage()): FakeExtensionContext {
  return { subscriptions: [], secrets, extensionPath, globalStorageUri: Uri.file(storagePath) };
}
