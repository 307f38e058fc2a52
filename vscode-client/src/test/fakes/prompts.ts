/**
 * The prompts of the fake `vscode` API: every quick pick, input box and message the extension shows stays open
 * until the test answers it, as a user would.
 */

/** Captured before a test mocks the timers: waiting for a prompt must use real time. */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

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
  /** Shown as a modal dialog (`{ modal: true }`), with its `detail` text. */
  readonly modal: boolean;
  readonly detail?: string;
  click(button: string): void;
  /** Closes the notification without choosing. */
  dismiss(): void;
}

export type Prompt = QuickPickPrompt | InputBoxPrompt | MessagePrompt;
export type PromptOf<K extends Prompt['kind']> = Extract<Prompt, { kind: K }>;

/** Every prompt shown, in order, and the ones a test has taken with {@link take}. */
export const shown = { all: [] as Prompt[], taken: new Set<Prompt>() };

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

export function describe(p: Prompt): string {
  switch (p.kind) {
    case 'quickPick': return `quick pick "${p.options.title ?? ''}" [${p.labels.join(' | ')}]`;
    case 'inputBox': return `input box "${p.options.title ?? ''}"${p.options.password ? ' (password)' : ''}`;
    default: return `${p.severity} message "${p.text}" [${p.buttons.join(' | ')}]`;
  }
}

let waiters: (() => void)[] = [];
/** Wakes whoever waits for a prompt or another recorded change. */
export function changed(): void {
  const now = waiters;
  waiters = [];
  now.forEach((w) => w());
}

/** The next prompt not yet taken that `matches`, waiting up to `timeoutMs` of real time for it. */
export async function take(matches: (p: Prompt) => boolean, timeoutMs: number, what: string): Promise<Prompt> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = shown.all.find((p) => !shown.taken.has(p) && matches(p));
    if (found) {
      shown.taken.add(found);
      return found;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new Error(`no such ${what} was shown; prompts so far:\n  ${shown.all.map(describe).join('\n  ') || '(none)'}`);
    }
    await new Promise<void>((resolve) => {
      const timer = realSetTimeout(resolve, left);
      waiters.push(() => { realClearTimeout(timer); resolve(); });
    });
  }
}

/** Answers every open prompt with undefined (as if closed) and forgets them all. */
export function resetPrompts(): void {
  for (const p of shown.all) if (!p.answered) p.answer(undefined);
  shown.all = [];
  shown.taken.clear();
}

/** `showInformationMessage` and its siblings. */
export function showMessage(severity: MessagePrompt['severity']) {
  return (text: string, ...rest: unknown[]): Promise<string | undefined> => {
    const buttons = rest.filter((r): r is string => typeof r === 'string');
    const options = rest.find((r): r is { modal?: boolean; detail?: string } => typeof r === 'object' && r !== null);
    const { prompt, settled } = promptOf<MessagePrompt>({
      kind: 'message', severity, text, buttons, modal: options?.modal === true, detail: options?.detail,
      click(button: string) {
        if (!buttons.includes(button)) throw new Error(`no button "${button}" on ${describe(prompt)}`);
        prompt.answer(button);
      },
      dismiss() {
        prompt.answer(undefined);
      },
    });
    shown.all.push(prompt);
    changed();
    return settled as Promise<string | undefined>;
  };
}

export async function showQuickPick(itemsOrPromise: readonly (QuickPickItem | string)[] | Thenable<readonly (QuickPickItem | string)[]>,
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
  shown.all.push(prompt);
  changed();
  return settled;
}

export function showInputBox(options: InputBoxPrompt['options'] = {}): Promise<string | undefined> {
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
  shown.all.push(prompt);
  changed();
  return settled as Promise<string | undefined>;
}
