// What the e2e does in VS Code's workbench: the command palette, quick picks and input boxes, notifications,
// the status bar and the editor text. Selectors as VS Code 1.100 renders them.
import { fail, log } from './harness.mjs';

const QUICK_INPUT = '.quick-input-widget';

/**
 * Runs a palette command by its full title ("Category: Title"). With `untilOffered` (ms), a command that the palette
 * does not offer yet (its `when` clause not yet true; the open palette does not refresh) is looked up again in a new
 * palette until it is offered or that time is up.
 */
export async function runCommand(page, title, { untilOffered = 0 } = {}) {
  const deadline = Date.now() + untilOffered;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator(`${QUICK_INPUT} input`);
    await input.waitFor({ timeout: 15_000 });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    const retry = Date.now() < deadline;
    const offered = await row.waitFor({ timeout: retry ? 2_000 : 15_000 }).then(() => true, () => false);
    if (offered) break;
    if (!retry) fail(`"${title}" is not in the command palette`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
}

/** The rows of the open quick pick, once one of them reads `expected`. */
export async function quickPickRows(page, expected) {
  const rows = page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`);
  await rows.filter({ hasText: expected }).first().waitFor({ timeout: 15_000 })
    .catch(async () => fail(`no quick pick row "${expected}" (title ${JSON.stringify(await quickInputTitle(page))}, `
      + `rows ${JSON.stringify(await rows.allTextContents())})`));
  return rows;
}

/** Picks the (first) quick pick row that contains `label`. */
export async function pick(page, label) {
  const rows = await quickPickRows(page, label);
  await rows.filter({ hasText: label }).first().click();
}

/**
 * The browser page that `trigger` makes the editor open (vscode.env.openExternal opens a new Chromium page).
 * When VS Code's link protection asks "Do you want … to open the external website?", answers Open, as a user would.
 */
export async function externalPage(page, context, trigger) {
  const opened = context.waitForEvent('page', { timeout: 20_000 });
  opened.catch(() => {});
  await trigger();
  const dialog = page.locator('.monaco-dialog-box', { hasText: 'external website' });
  const asked = dialog.waitFor({ timeout: 20_000 }).then(() => true, () => false);
  if (await Promise.race([opened.then(() => false, () => false), asked])) {
    log('link protection asked before opening the page: Open');
    await dialog.locator('.monaco-button', { hasText: /^Open$/ }).first().click();
  }
  return opened.catch(() => fail('no browser page opened'));
}

/**
 * Answers the input box whose title contains `title`: types `value` (may be empty) and presses Enter.
 * Returns the input's `type` attribute (`password` for secrets).
 */
export async function answer(page, title, value) {
  await page.locator(`${QUICK_INPUT} .quick-input-title`, { hasText: title }).waitFor({ timeout: 15_000 })
    .catch(async () => fail(`no input box titled "…${title}" (title now ${JSON.stringify(await quickInputTitle(page))})`));
  const input = page.locator(`${QUICK_INPUT} input`);
  const type = await input.getAttribute('type');
  await input.fill(value);
  await page.keyboard.press('Enter');
  return type;
}

function quickInputTitle(page) {
  return page.locator(`${QUICK_INPUT} .quick-input-title`).textContent({ timeout: 1_000 }).catch(() => null);
}

export function notifications(page) {
  return page.locator('.notifications-toasts .notification-list-item-message').allTextContents();
}

/** The notification toast that contains `text`, once it shows. */
export async function expectNotification(page, text, timeout = 15_000) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  await toast.waitFor({ timeout })
    .catch(async () => fail(`no notification with "${text}" (notifications seen: ${JSON.stringify(await notifications(page))})`));
  return toast;
}

/** Clicks the button `label` of a notification toast. */
export async function clickButton(toast, label) {
  await toast.locator('.monaco-button', { hasText: label }).first().click();
}

/** The status bar item whose text starts with "Entra:". */
export function entraStatus(page) {
  return page.locator('.statusbar-item', { hasText: /^\s*Entra: / }).first();
}

/** Waits until the Entra status bar item reads exactly `text`. */
export async function expectStatus(page, text, timeout = 15_000) {
  await page.locator('.statusbar-item', { hasText: new RegExp(`^\\s*${escape(text)}\\s*$`) }).first()
    .waitFor({ timeout })
    .catch(async () => fail(`the status bar does not read "${text}" (it reads ${JSON.stringify(
      (await entraStatus(page).textContent({ timeout: 1_000 }).catch(() => null))?.trim())})`));
}

/** Text of the visible editor lines containing `marker` (Monaco's non-breaking spaces as spaces). */
export async function editorText(page, marker) {
  const lines = page.locator('.monaco-editor .view-lines', { hasText: marker }).first();
  await lines.waitFor({ timeout: 15_000 }).catch(() => fail(`no editor shows "${marker}"`));
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

/** Viewport point over the middle of the first occurrence of `word` in the editor text. */
export function wordPoint(page, word) {
  return page.evaluate((w) => {
    const root = document.querySelector('.monaco-editor .view-lines');
    if (!root) return null;
    for (const line of root.querySelectorAll('.view-line')) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      const at = text.indexOf(w);
      if (at < 0) continue;
      // walk the line's text nodes (tokens) to the middle character of the word
      let target = at + Math.floor(w.length / 2);
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (target < n.length) {
          const r = document.createRange();
          r.setStart(n, target); r.setEnd(n, target + 1);
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        target -= n.length;
      }
    }
    return null;
  }, word);
}

export function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
