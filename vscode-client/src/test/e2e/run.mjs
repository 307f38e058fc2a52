// The e2e's cmdlet-execution part (issue 15): the "▶ Run" code lens in run.ps1 runs Entra cmdlets against the Graph
// stand-in (GraphStandInMain, the cloud "StandIn"'s Graph endpoint) with the editor's session. `Get-EntraUser -Top 3`
// shows its table in the results document and sends exactly one GET with $top=3; a write asks in a modal dialog
// (Cancel sends nothing, Send sends the DELETE); Cancel on the progress of `Get-EntraUser -All` while its second
// page is held by the stand-in ends the run there: no further page is asked for, and the editor says it was cancelled.
import path from 'node:path';
import { check, fail, log, softFailures } from './harness.mjs';
import { clickButton, escape, expectNotification, expectStatus, runCommand } from './workbench.mjs';
import { connectWithSecret } from './session.mjs';

export const RUN_SCRIPT = 'run.ps1';
export const RUN_SCRIPT_TEXT = [
  '# Entra run end-to-end script',
  'Get-EntraUser -Top 3',
  'Remove-EntraGroup -GroupId g-1',
  'Get-EntraUser -All',
  '',
].join('\n');

/**
 * Runs the checks. `s` is the session checks' object plus `graph` (startGraphStandIn's handle) and `serverLogs()`
 * (the text of the "Entra Language Server" output channel's files).
 */
export async function runChecks(s) {
  const { page, graph } = s;
  const base = graph.facts.baseUrl;
  /** The Graph requests since `from` as `METHOD url` (url as sent: path and query). */
  const sent = (from) => graph.requests().slice(from).map((r) => {
    if (!r.bearer) fail(`${r.method} ${r.url} came without the session's bearer token`);
    return `${r.method} ${r.url}`;
  });

  const failed = softFailures.length;
  await check('connect with the client secret for the runs', async () => {
    await runCommand(page, 'Notifications: Clear All Notifications');
    await connectWithSecret(s, { offer: false });
    if (graph.requests().length) fail(`Graph was called before any run: ${JSON.stringify(sent(0))}`);
  });
  if (softFailures.length > failed) return;

  await check(`the Run lens over "Get-EntraUser -Top 3" shows the 3-row table; Graph got exactly one GET with $top=3`, async () => {
    await openScript(page);
    const before = graph.requests().length;
    await clickRunLens(page, 'Get-EntraUser -Top 3');
    const header = new RegExp(`^# Get-EntraUser -Top 3 · GET ${escape(base)}/v1\\.0/users\\S*[?&]\\$top=3\\S* · 3 objects · \\d+ ms$`);
    const text = await resultsText(page, (t) => header.test(t.split('\n')[0]));
    const lines = text.split('\n');
    // the run's header, its notes (the request table's, if any), the column names over dashes, the rows
    const dashes = lines.findIndex((l) => /^-{2,}( +-{2,})+ *$/.test(l));
    const columns = dashes > 0 ? lines[dashes - 1] : '';
    if (!/\bId\b/.test(columns) || !/\bDisplayName\b/.test(columns)) {
      fail(`no table with the columns Id and DisplayName under the run's header: ${JSON.stringify(text)}`);
    }
    const rest = lines.slice(dashes + 1);
    const blank = rest.findIndex((l) => !l.trim()); // the end of this run's table
    const rows = blank < 0 ? rest : rest.slice(0, blank);
    const names = rows.map((r) => /\bUser \d+\b/.exec(r)?.[0]);
    if (JSON.stringify(names) !== JSON.stringify(['User 1', 'User 2', 'User 3'])) {
      fail(`the table's rows are not User 1–3: ${JSON.stringify(rows)}`);
    }
    const requests = sent(before);
    if (requests.length !== 1 || !/^GET \/v1\.0\/users\/?\?(\S*&)?\$top=3(&\S*)?$/.test(requests[0])) {
      fail(`the Graph stand-in got ${JSON.stringify(requests)}, not one GET of /v1.0/users with $top=3`);
    }
    log(`${lines[0].slice(0, 80)}… | ${columns.trim()}`);
    const shot = path.join(s.work, 'run.png');
    await page.screenshot({ path: shot, animations: 'disabled' });
    log(`screenshot ${shot}`);
  });

  await check('a write asks first: the modal shows the DELETE; Cancel sends nothing, Send sends it once', async () => {
    await openScript(page);
    const before = graph.requests().length;
    const request = `DELETE ${base}/v1.0/groups/g-1`;
    await clickRunLens(page, 'Remove-EntraGroup -GroupId g-1');
    let dialog = await modal(page, 'Remove-EntraGroup changes the tenant. Send this request?');
    if (!(await dialog.innerText()).includes(request)) fail(`the dialog does not show "${request}": ${await dialog.innerText()}`);
    // the dialog shows the server's answer: its run is over, so what the stand-in has now is all it will get
    if (sent(before).length) fail(`sent before the confirmation: ${JSON.stringify(sent(before))}`);
    await dialog.locator('.monaco-button', { hasText: /^Cancel$/ }).first().click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => fail('the dialog stayed after Cancel'));
    if (sent(before).length) fail(`sent after Cancel: ${JSON.stringify(sent(before))}`);

    await clickRunLens(page, 'Remove-EntraGroup -GroupId g-1');
    dialog = await modal(page, 'Remove-EntraGroup changes the tenant. Send this request?');
    await dialog.locator('.monaco-button', { hasText: /^Send$/ }).first().click();
    const header = new RegExp(`^# Remove-EntraGroup -GroupId g-1 · ${escape(request)} · `);
    const text = await resultsText(page, (t) => header.test(t.split('\n')[0]));
    if (!text.includes(`Done: ${request}`)) fail(`the results do not say "Done: ${request}": ${JSON.stringify(text.slice(0, 300))}`);
    const requests = sent(before);
    if (JSON.stringify(requests) !== JSON.stringify(['DELETE /v1.0/groups/g-1'])) {
      fail(`the Graph stand-in got ${JSON.stringify(requests)}, not one DELETE /v1.0/groups/g-1`);
    }
  });

  await check('Cancel on the progress of "Get-EntraUser -All" stops paging at the page in flight; the editor says cancelled', async () => {
    await openScript(page);
    await runCommand(page, 'Notifications: Clear All Notifications');
    const before = graph.requests().length;
    await graph.hold();
    try {
      await clickRunLens(page, 'Get-EntraUser -All');
      const progress = await expectNotification(page, 'Entra: running Get-EntraUser -All', 20_000);
      // page 1 arrived (the server reports it) and page 2 is asked for and held by the stand-in
      await progress.locator('.notification-list-item-message', { hasText: 'Page 1: 100 objects' })
        .waitFor({ timeout: 20_000 })
        .catch(async () => fail(`the progress does not show "Page 1: 100 objects": ${await progress.innerText()}`));
      await until(() => sent(before).length >= 2, 20_000, () => `page 2 was not asked for: ${JSON.stringify(sent(before))}`);
      await clickButton(progress, 'Cancel');
      await expectNotification(page, 'Entra: run cancelled: Get-EntraUser -All');
      // the server's run ends (and logs where) without waiting for the held page
      const ended = new RegExp(`Get-EntraUser cancelled; the run ended at GET ${escape(base)}/v1\\.0/users\\S*\\$skiptoken=100\\S*\\.`);
      await until(() => ended.test(s.serverLogs()), 20_000,
        () => 'the server did not log the end of the cancelled run');
    } finally {
      await graph.release();
    }
    const requests = sent(before);
    if (requests.length !== 2 || requests[0].includes('$skiptoken=') || !requests[1].includes('$skiptoken=100')) {
      fail(`the Graph stand-in got ${JSON.stringify(requests)}, not page 1 and the held page 2 only`);
    }
    log(`sent: page 1 and the held page 2 (${requests[1]}), nothing after the cancel`);
  });

  await check('disconnect after the runs', async () => {
    await runCommand(page, 'Entra: Disconnect');
    await expectStatus(page, 'Entra: Not connected');
  });
}

/** Makes run.ps1 the active editor (Quick Open). */
async function openScript(page) {
  const tab = page.locator('.tabs-container .tab', { hasText: RUN_SCRIPT }).first();
  if (await tab.count()) {
    await tab.click();
  } else {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill(RUN_SCRIPT);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: RUN_SCRIPT }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
  }
  await page.locator('.tabs-container .tab.active', { hasText: RUN_SCRIPT }).first().waitFor({ timeout: 15_000 })
    .catch(() => fail(`${RUN_SCRIPT} is not the active editor`));
}

/**
 * Clicks the "▶ Run" code lens that sits over the editor line holding `lineText` (waits for the lenses). The lens is
 * marked in the page and clicked through playwright, which waits for it to be visible and still; a lens that Monaco
 * draws anew meanwhile loses the mark, and it is looked up again.
 */
async function clickRunLens(page, lineText) {
  const marked = page.locator('[data-e2e-run-lens]');
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(250)) {
    const found = await page.evaluate((wanted) => {
      for (const old of document.querySelectorAll('[data-e2e-run-lens]')) old.removeAttribute('data-e2e-run-lens');
      const text = (l) => l.textContent.replace(/\u00a0/g, ' ').trim();
      for (const editor of document.querySelectorAll('.monaco-editor')) {
        const line = [...editor.querySelectorAll('.view-line')].find((l) => text(l) === wanted);
        if (!line) continue;
        const top = line.getBoundingClientRect().top;
        // a lens is drawn in the space just above its line: the lowest Run lens that ends above the line's top
        let best = null;
        for (const a of editor.querySelectorAll('.codelens-decoration a')) {
          const r = a.getBoundingClientRect();
          if (text(a) === '▶ Run' && r.bottom <= top + 1 && (!best || r.bottom > best.r.bottom)) best = { a, r };
        }
        if (best && top - best.r.bottom < best.r.height) {
          best.a.setAttribute('data-e2e-run-lens', '');
          return true;
        }
      }
      return false;
    }, lineText);
    if (found && await marked.click({ timeout: 2_000 }).then(() => true, () => false)) return;
  }
  const lenses = await page.locator('.codelens-decoration').allTextContents();
  fail(`no "▶ Run" lens over "${lineText}" (lenses shown: ${JSON.stringify(lenses)})`);
}

/** The modal dialog whose text contains `text`. */
async function modal(page, text) {
  const dialog = page.locator('.monaco-dialog-box', { hasText: text }).first();
  await dialog.waitFor({ timeout: 20_000 }).catch(async () => fail(`no dialog "${text}" (dialogs: ${JSON.stringify(
    await page.locator('.monaco-dialog-box').allTextContents())})`));
  return dialog;
}

/**
 * The text of the "Entra Results" editor once `ready(text)` holds (the newest run is on top), as the editor shows
 * it (Monaco's non-breaking spaces as spaces).
 */
async function resultsText(page, ready) {
  const tab = page.locator('.tabs-container .tab', { hasText: 'Entra Results' }).first();
  await tab.waitFor({ timeout: 30_000 }).catch(async () => fail(`no "Entra Results" tab (tabs: ${JSON.stringify(
    await page.locator('.tabs-container .tab').allTextContents())})`));
  await tab.click();
  let text = '';
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await page.waitForTimeout(250)) {
    // the active editor's lines in line order (Monaco positions them; their DOM order need not be theirs)
    text = await page.evaluate(() => {
      const view = document.querySelector('.part.editor .editor-instance .monaco-editor .view-lines');
      if (!view) return '';
      return [...view.querySelectorAll('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n');
    });
    if (ready(text)) return text;
  }
  return fail(`the results document does not show the run: ${JSON.stringify(text.slice(0, 400))}`);
}

/** Polls `condition` (a file or log the stand-in or server writes) until it holds or `ms` pass. */
async function until(condition, ms, describe) {
  for (const deadline = Date.now() + ms; !condition();) {
    if (Date.now() > deadline) fail(describe());
    await new Promise((r) => setTimeout(r, 100));
  }
}
