/**
 * The one-time offer to download the Entra docs: when the server says no Entra command has full help
 * (`entra.docsStatus` → `entraPages: 0`), ask "Download" / "Not now" / "Don't ask again". Kept free of `vscode`
 * (the extension passes the pieces) so unit tests drive it directly.
 */

/** The globalState key remembering "Don't ask again" (per user, across windows and sessions). */
export const DONT_ASK_KEY = 'entra.docsOffer.dontAsk';

export const DOWNLOAD = 'Download';
export const NOT_NOW = 'Not now';
export const DONT_ASK = 'Don\'t ask again';

export const OFFER_TEXT = 'Entra: hover and help show only the cmdlets\' signatures. Download the Entra reference '
  + 'docs for the full help (synopsis, description, examples)?';

export interface DocsOfferDeps {
  /** `entra.docsStatus`. */
  docsStatus(): Promise<unknown>;
  /** `context.globalState`. */
  readonly state: { get<T>(key: string): T | undefined; update(key: string, value: unknown): Thenable<void> };
  /** `window.showInformationMessage`: the chosen button, or undefined when dismissed. */
  ask(text: string, ...buttons: string[]): Thenable<string | undefined>;
  /** The "Download Cmdlet Docs…" command. */
  download(): Thenable<unknown>;
}

/** What became of the offer (for tests and the log). */
export type OfferOutcome = 'docs-present' | 'declined-before' | 'already-offered' | 'unknown' | 'download'
  | 'not-now' | 'dont-ask' | 'dismissed';

/** At most one offer per extension session (a window): set once the question is asked. */
let offeredThisSession = false;

/** Forgets this session's offer (a new window, in tests). */
export function resetSession(): void {
  offeredThisSession = false;
}

/** Offers the download once per session unless docs are present or the user said "Don't ask again". */
export async function offerDocs(deps: DocsOfferDeps): Promise<OfferOutcome> {
  if (offeredThisSession) return 'already-offered';
  if (deps.state.get<boolean>(DONT_ASK_KEY)) return 'declined-before';
  let status: unknown;
  try {
    status = await deps.docsStatus();
  } catch {
    return 'unknown'; // an older server without the command, or a stopped one: no offer
  }
  const pages = (status as { entraPages?: unknown } | null)?.entraPages;
  if (typeof pages !== 'number') return 'unknown';
  if (pages > 0) return 'docs-present';
  if (offeredThisSession) return 'already-offered';
  offeredThisSession = true;
  const choice = await deps.ask(OFFER_TEXT, DOWNLOAD, NOT_NOW, DONT_ASK);
  if (choice === DOWNLOAD) {
    await deps.download();
    return 'download';
  }
  if (choice === DONT_ASK) {
    await deps.state.update(DONT_ASK_KEY, true);
    return 'dont-ask';
  }
  return choice === NOT_NOW ? 'not-now' : 'dismissed';
}
