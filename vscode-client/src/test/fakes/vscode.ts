/**
 * A hand-written stand-in for the part of the `vscode` API the extension uses, loaded in place of `vscode` by
 * `install.ts`. It records what the extension shows and runs, and lets a test answer as the user would: every quick
 * pick, input box and message is a prompt (`prompts.ts`) that stays open until the test answers it (see {@link ui}).
 */
import {
  changed, describe, MessagePrompt, Prompt, PromptOf, resetPrompts, shown, showInputBox, showMessage, showQuickPick, take,
} from './prompts';
import {
  CancellationToken, CancellationTokenSource, CodeLens, Disposable, EventEmitter, FakeTextDocument, Listener, MarkdownString,
  Position, ProgressLocation, StatusBarAlignment, textDocument, Uri,
} from './vscodeValues';

export * from './vscodeValues';
export type { InputBoxPrompt, MessagePrompt, Prompt, QuickPickItem, QuickPickPrompt } from './prompts';
export { extensionContext, FakeExtensionContext, FakeSecretStorage } from './extensionContext';

/** The editor's selection: the cursor (`active`) and the selected range (empty at the cursor). */
export interface FakeSelection {
  readonly active: Position;
  readonly start: Position;
  readonly end: Position;
  readonly isEmpty: boolean;
}

/** Captured before a test mocks the timers. */
const realSetTimeout = globalThis.setTimeout;

/** A `withProgress` notification; the test can press its Cancel button. */
export interface ProgressRecord {
  readonly options: { title?: string; cancellable?: boolean; location?: ProgressLocation };
  readonly reports: string[];
  cancel(): void;
  readonly done: boolean;
}

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

interface ContentProvider {
  provideTextDocumentContent(uri: Uri): string | undefined | null;
  onDidChange?: (listener: (uri: Uri) => unknown) => { dispose(): unknown };
}

type CommandHandler = (...args: unknown[]) => unknown;

const state = {
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
  activeTextEditor: undefined as undefined | { document: FakeTextDocument; selection: FakeSelection },
  codeLensProviders: [] as { selector: unknown; provider: { provideCodeLenses(document: FakeTextDocument): unknown } }[],
  workspaceFolders: undefined as undefined | { uri: Uri; name: string; index: number }[],
};

/** What the test sees of the UI, and how it answers. */
export const ui = {
  /** Every prompt shown so far, in order. */
  get prompts(): readonly Prompt[] {
    return shown.all;
  },

  /** The prompts still waiting for the user, described. */
  unanswered(): string[] {
    return shown.all.filter((p) => !p.answered).map(describe);
  },

  /** The messages shown so far (answered or not). */
  messages(severity?: MessagePrompt['severity']): MessagePrompt[] {
    return shown.all.filter((p): p is MessagePrompt => p.kind === 'message' && (!severity || p.severity === severity));
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
    const at = new Position(line, character);
    state.activeTextEditor = { document, selection: { active: at, start: at, end: at, isEmpty: true } };
    return document;
  },

  /** Selects `[start, end)` in the active editor (the cursor at the end). */
  select(startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
    const editor = state.activeTextEditor;
    if (!editor) throw new Error('no editor is open');
    const start = new Position(startLine, startCharacter);
    const end = new Position(endLine, endCharacter);
    editor.selection = { active: end, start, end, isEmpty: false };
  },

  /** The code lenses the registered providers give for `document`. */
  async codeLenses(document: FakeTextDocument): Promise<CodeLens[]> {
    const out: CodeLens[] = [];
    for (const { provider } of state.codeLensProviders) out.push(...(await provider.provideCodeLenses(document) as CodeLens[]));
    return out;
  },

  /** Back to a fresh VS Code window: no prompts, commands, settings or editors. */
  reset(): void {
    resetPrompts();
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
    state.codeLensProviders = [];
  },
};

function virtualText(uri: Uri): string | undefined {
  const provider = state.providers.get(uri.scheme);
  if (!provider) return undefined;
  const key = uri.toString();
  if (!state.virtualTexts.has(key)) state.virtualTexts.set(key, provider.provideTextDocumentContent(uri) ?? '');
  return state.virtualTexts.get(key);
}

// ---------------------------------------------------------------------------------------------- the API

export const window = {
  showInformationMessage: showMessage('info'),
  showWarningMessage: showMessage('warning'),
  showErrorMessage: showMessage('error'),
  showQuickPick,
  showInputBox,

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

export const languages = {
  registerCodeLensProvider(selector: unknown, provider: { provideCodeLenses(document: FakeTextDocument): unknown }): Disposable {
    const entry = { selector, provider };
    state.codeLensProviders.push(entry);
    return new Disposable(() => { state.codeLensProviders = state.codeLensProviders.filter((e) => e !== entry); });
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
