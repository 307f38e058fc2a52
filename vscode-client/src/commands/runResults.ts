/**
 * The results document of `Entra: Run Line or Selection`: the last runs, newest first, each under a header line (the
 * command, the request, the count, the time), shown as the server's table/list text or as the raw objects' JSON.
 * Kept free of `vscode` so unit tests can load it.
 */

/** The `entra.run` answer (see the server's `RunCommandHandler`). */
export interface RunAnswer {
  readonly command: string | null;
  readonly request: string[];
  readonly status: string;
  readonly write: boolean;
  readonly objects: unknown[];
  readonly count: number;
  readonly single: boolean;
  readonly text: string;
  readonly notes: string[];
  readonly millis: number;
  readonly unevaluated: string[];
  /** Why each name of `unevaluated` is asked for (the server's `Unevaluated`), in the same order. */
  readonly reasons: RunReason[];
  /** After a 403: the permissions that would allow the call, narrowest first. */
  readonly scopes: string[];
  /** After a 403 in a delegated session: the `entra.connect` argument that signs in again with the narrowest one. */
  readonly reconnect: Record<string, unknown> | null;
}

/**
 * Why a run asks for a value: an argument written but not a literal (`nonLiteral`, `prompt` the argument as written),
 * a value the module asks a person for at its console (`consolePrompt`) or takes from its session state, an earlier
 * command's, else asks for (`sessionState`), or one of several parameters (`alternatives`, their names); `prompt` says
 * what the module does, in its terms.
 */
export interface RunReason {
  readonly name: string;
  readonly kind: 'nonLiteral' | 'consolePrompt' | 'sessionState' | 'alternatives' | string;
  readonly prompt: string;
  readonly alternatives: string[];
}

/** How many runs the results document keeps. */
export const KEPT_RUNS = 10;

export type ResultsView = 'table' | 'json';

const METHOD = /^(GET|POST|PUT|PATCH|DELETE) /;

/** The request lines that name a method and URL (never headers or bodies), for the output channel. */
export function requestLines(answer: RunAnswer): string[] {
  return answer.request.filter((line) => METHOD.test(line));
}

/** Reads an `entra.run` answer, or throws when the server sent something else. */
export function asRunAnswer(value: unknown): RunAnswer {
  const o = value as Partial<RunAnswer> | null;
  if (!o || typeof o !== 'object' || typeof o.status !== 'string' || typeof o.text !== 'string') {
    throw new Error('the server sent no run result');
  }
  return {
    command: typeof o.command === 'string' ? o.command : null,
    request: Array.isArray(o.request) ? o.request.map(String) : [],
    status: o.status,
    write: o.write === true,
    objects: Array.isArray(o.objects) ? o.objects : [],
    count: typeof o.count === 'number' ? o.count : 0,
    single: o.single === true,
    text: o.text,
    notes: Array.isArray(o.notes) ? o.notes.map(String) : [],
    millis: typeof o.millis === 'number' ? o.millis : 0,
    unevaluated: Array.isArray(o.unevaluated) ? o.unevaluated.map(String) : [],
    reasons: Array.isArray(o.reasons) ? o.reasons.filter((r) => r && typeof r === 'object').map((r) => ({
      name: String(r.name), kind: String(r.kind), prompt: typeof r.prompt === 'string' ? r.prompt : '',
      alternatives: Array.isArray(r.alternatives) ? r.alternatives.map(String) : [],
    })) : [],
    scopes: Array.isArray(o.scopes) ? o.scopes.map(String) : [],
    reconnect: o.reconnect && typeof o.reconnect === 'object' && !Array.isArray(o.reconnect) ? o.reconnect : null,
  };
}

/** One line: `# <line> · <METHOD URL> · <n objects> · <ms> ms · <status>`. */
export function header(line: string, answer: RunAnswer): string {
  const parts = [`# ${line.trim()}`];
  const request = requestLines(answer)[0];
  if (request) parts.push(request);
  if (answer.status === 'ok') parts.push(`${answer.count} ${answer.count === 1 ? 'object' : 'objects'}`);
  else parts.push(answer.status);
  parts.push(`${answer.millis} ms`);
  return parts.join(' · ');
}

/** The runs so far, newest first, at most {@link KEPT_RUNS}. */
export class RunHistory {
  private readonly runs: { line: string; answer: RunAnswer }[] = [];
  view: ResultsView = 'table';

  add(line: string, answer: RunAnswer): void {
    this.runs.unshift({ line, answer });
    this.runs.splice(KEPT_RUNS);
  }

  get size(): number {
    return this.runs.length;
  }

  /** The document's text in the current view. */
  render(): string {
    return this.runs.map(({ line, answer }) => {
      const body = this.view === 'json' && answer.status === 'ok'
        ? `${JSON.stringify(answer.single && answer.objects.length === 1 ? answer.objects[0] : answer.objects, null, 2)}\n`
        : answer.text;
      const notes = answer.notes.map((n) => `${n}\n`).join('');
      return `${header(line, answer)}\n\n${notes}${notes ? '\n' : ''}${body}`;
    }).join('\n');
  }
}
