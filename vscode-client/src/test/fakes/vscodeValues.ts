/** The value types of the fake `vscode` API (`vscode.ts`): events, cancellation, URIs, ranges, text documents. */
import * as path from 'node:path';

export class Disposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}

  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }

  dispose(): void {
    this.onDispose();
  }
}

export type Listener<T> = (value: T) => unknown;

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

export class SnippetString {
  constructor(readonly value = '') {}
}

export class TextEdit {
  constructor(readonly range: Range, readonly newText: string) {}
}

export class SnippetTextEdit {
  constructor(readonly range: Range, readonly snippet: SnippetString) {}
}

/** As VS Code's: the edits set per document URI. */
export class WorkspaceEdit {
  readonly entries = new Map<string, (TextEdit | SnippetTextEdit)[]>();

  set(uri: Uri, edits: (TextEdit | SnippetTextEdit)[]): void {
    this.entries.set(uri.toString(), [...edits]);
  }
}

export class CodeAction {
  edit?: WorkspaceEdit;
  isPreferred?: boolean;

  constructor(readonly title: string, readonly kind?: string) {}
}

export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string; tooltip?: string; arguments?: unknown[] }) {}
}

export class MarkdownString {
  constructor(public value = '') {}
}

export enum StatusBarAlignment { Left = 1, Right = 2 }
export enum ProgressLocation { SourceControl = 1, Window = 10, Notification = 15 }

export interface FakeTextDocument {
  readonly uri: Uri;
  readonly languageId: string;
  readonly lineCount: number;
  getText(range?: Range): string;
  lineAt(line: number): { text: string };
  getWordRangeAtPosition(position: Position, regex?: RegExp): Range | undefined;
}

/** A text document over `text`, as VS Code gives it to the extension. */
export function textDocument(uri: Uri, text: string, languageId: string): FakeTextDocument {
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
