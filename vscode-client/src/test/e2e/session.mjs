// The connected part of the e2e: sign-in, the status bar menu, Show Context, Disconnect, device code through a real
// browser page, a session restored by a window reload, interactive browser sign-in and its "switch to device code"
// offer, all against the local stand-in (standIn.mjs) in the cloud "StandIn".
import fs from 'node:fs';
import path from 'node:path';
import { check, fail, log, sleep } from './harness.mjs';
import {
  answer, clickButton, editorText, entraStatus, escape, expectNotification, expectStatus, externalPage, pick,
  quickPickRows, runCommand,
} from './workbench.mjs';
import { CLOUD } from './standIn.mjs';

const NOT_CONNECTED = 'Entra: Not connected';
const DEVICE_CODE_TEXT = 'enter the code';
const OFFER_TEXT = 'Sign in with a device code instead?';

/**
 * Runs the session checks in order. `s` holds page, context (playwright), facts (stand-in.json), secret, base
 * (code-server URL), work (scratch), texts() (files whose text must not hold a secret or token: the server's data
 * folder and logs), reopen() (waits for the workbench after a reload), serverPids() and serverCommandLines() (the
 * running language servers and their command lines).
 */
export async function sessionChecks(s) {
  const { page, facts } = s;
  const app = `Entra: ${facts.appName} · ${facts.tenantId} · ${CLOUD}`;
  const user = `Entra: ${facts.user} · ${facts.tenantId} · ${CLOUD}`;
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.base }).catch(() => {});

  await check(`"Entra: Connect…" with a client secret typed in a password box shows "${app}"`, async () => {
    await connectWithSecret(s);
  });

  await check('the status bar menu offers Connect/Disconnect/Show Context; Show Context shows AppOnly and no secret', async () => {
    await clearNotifications(page);
    await entraStatus(page).click();
    const rows = await quickPickRows(page, 'Show Context');
    const labels = (await rows.allTextContents()).join(' | ');
    for (const item of ['Connect…', 'Disconnect', 'Show Context']) {
      if (!labels.includes(item)) fail(`"${item}" missing from the status bar menu: ${labels}`);
    }
    await pick(page, 'Show Context');
    const toast = await expectNotification(page, '(AppOnly, ClientSecret)');
    await clickButton(toast, 'Show All Fields');
    const text = await editorText(page, 'TokenCredentialType');
    for (const line of [new RegExp(`^ClientId\\s+: ${facts.appId}$`, 'm'), /^AuthType\s+: AppOnly$/m,
      /^TokenCredentialType\s+: ClientSecret$/m, /^ContextScope\s+: Process$/m, /^ClientSecret\s+:$/m,
      new RegExp(`^Environment\\s+: ${CLOUD}$`, 'm')]) {
      if (!line.test(text)) fail(`the context document has no line ${line}: ${JSON.stringify(text)}`);
    }
    if ((await page.locator('body').innerText()).includes(s.secret)) fail('the client secret is in the page text');
    await runCommand(page, 'View: Hide Panel'); // the context and the status bar, nothing else
    const shot = path.join(s.work, 'connected.png');
    await page.screenshot({ path: shot, animations: 'disabled' });
    log(`screenshot ${shot}`);
  });

  await check(`"Entra: Disconnect" names the context it signed out of; the status bar says "${NOT_CONNECTED}"`, async () => {
    await runCommand(page, 'Entra: Disconnect');
    await expectNotification(page, `Entra: signed out of ${app.slice('Entra: '.length)}.`);
    await expectStatus(page, NOT_CONNECTED);
    noSecretsIn(s);
  });

  await check(`device code: "Copy code and open browser" opens the verification page; the code entered there signs in as ${facts.user}`, async () => {
    await clearNotifications(page);
    await connectDelegated(page, 'Device code', facts.tenantName);
    const toast = await expectNotification(page, DEVICE_CODE_TEXT, 30_000);
    const message = await toast.locator('.notification-list-item-message').innerText();
    const code = /\bcode ([A-Z0-9]{6,})\b/.exec(message)?.[1];
    if (!code || !message.includes(facts.verificationUri)) fail(`unexpected device-code message: ${JSON.stringify(message)}`);
    const browserPage = await externalPage(page, s.context, () => clickButton(toast, 'Copy code and open browser'));
    await browserPage.waitForURL(facts.verificationUri, { timeout: 15_000 })
      .catch(() => fail(`the browser page is at ${browserPage.url()}, not ${facts.verificationUri}`));
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(unreadable: ${e.message})`);
    log(copied === code ? `clipboard holds the code ${code}` : `clipboard not checked: ${copied}`);
    if (copied !== code && !copied.startsWith('(unreadable')) fail(`the clipboard holds ${JSON.stringify(copied)}, not ${code}`);
    await browserPage.fill('#user_code', code);
    await browserPage.click('#next');
    await browserPage.locator('#signed-in').waitFor({ timeout: 10_000 })
      .catch(async () => fail(`the verification page did not accept ${code}: ${await browserPage.innerText('body')}`));
    await browserPage.close();
    await expectStatus(page, user, 30_000);
    // no prompt with the code outlives the sign-in (the progress notification that carried it closes)
    const stale = page.locator('.notification-toast .notification-list-item-message', { hasText: code });
    await stale.first().waitFor({ state: 'detached', timeout: 10_000 })
      .catch(async () => fail(`a notification with the device code is still shown after sign-in: ${await stale.first().innerText()}`));
  });

  await check(`"Developer: Reload Window" restores the CurrentUser session: the status bar shows "${user}"`, async () => {
    await page.locator('.tabs-container .tab', { hasText: 'test.ps1' }).first().click(); // reopened after the reload
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded.catch(() => fail('the window did not reload'));
    await s.reopen();
    await expectStatus(page, user, 60_000);
    // code-server may start the reloaded extension host before the user settings reach it (seen: the server
    // launched without entra.server.vmargs, so the stand-in's host name did not resolve in the later sign-ins, and a
    // restart at once came up without them too). The extension answers the settings' late arrival itself: during its
    // start it restarts the server with them; after it, it offers "restart … to use the new Java settings?". Wait for
    // either event (the offer is looked for in the notification centre too, where a toast goes when it hides); when
    // neither comes, the window is reloaded once more.
    if (!hasVmargs(s.serverCommandLines())) {
      log('the reloaded window started the server without entra.server.vmargs (code-server gave the settings late)');
      await lateSettingsApplied(s);
      await expectStatus(page, user, 60_000);
    }
    // the restarted server sets entra.serverReady again only once it has started: the status bar can show the
    // restored user before that, and the palette offers Entra's commands only when the context key is true
    await runCommand(page, 'Entra: Disconnect', { untilOffered: 60_000 });
    await expectStatus(page, NOT_CONNECTED);
    noSecretsIn(s);
  });

  await check(`interactive browser: the authorize page in Chromium posts to msal4j's loopback; the status bar shows "${user}"`, async () => {
    await clearNotifications(page);
    const authorize = [];
    const onRequest = (r) => { if (r.url().includes('/oauth2/v2.0/authorize')) authorize.push(r.url()); };
    s.context.on('request', onRequest);
    try {
      const browserPage = await externalPage(page, s.context,
        () => connectDelegated(page, 'Interactive browser', facts.tenantId));
      await expectStatus(page, user, 30_000);
      if (!authorize.some((u) => u.startsWith(`${facts.baseUrl}/${facts.tenantId}/oauth2/v2.0/authorize?`))) {
        fail(`the browser did not open the stand-in's authorize page (requests: ${JSON.stringify(authorize)})`);
      }
      await browserPage.close();
    } finally {
      s.context.off('request', onRequest);
    }
    await runCommand(page, 'Entra: Disconnect');
    await expectStatus(page, NOT_CONNECTED);
  });

  await check('interactive browser closed without signing in: device code is offered within 15 s; Cancel ends the sign-in', async () => {
    await clearNotifications(page);
    // the browser never reaches the sign-in page: the user closed it
    const isAuthorize = (url) => url.pathname.endsWith('/oauth2/v2.0/authorize');
    await s.context.route(isAuthorize, (route) => route.abort());
    try {
      const started = Date.now();
      const browserPage = await externalPage(page, s.context,
        () => connectDelegated(page, 'Interactive browser', facts.tenantId));
      await browserPage.close();
      const offer = await expectNotification(page, OFFER_TEXT, 15_000);
      log(`offered after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      await clickButton(offer, 'Use Device Code');
      // the device-code prompt (the sign-in's progress notification also names the code): its own Cancel
      const code = await expectNotification(page, 'Copy code and open browser', 20_000);
      if (!(await code.innerText()).toLowerCase().includes(DEVICE_CODE_TEXT)) fail(`not the device-code prompt: ${await code.innerText()}`);
      await clickButton(code, 'Cancel');
      await expectNotification(page, 'Entra: sign-in cancelled.');
      await expectStatus(page, NOT_CONNECTED);
    } finally {
      await s.context.unroute(isAuthorize);
    }
  });
}

/**
 * Connect… with the stand-in app's client secret typed in a password box (not saved); resolves once the status bar
 * shows the app. With `offer: false` the offer to save the secret is not waited for (a later check's set-up; the
 * secret is saved only on "Save").
 */
export async function connectWithSecret(s, { offer: expectOffer = true } = {}) {
  const { page, facts } = s;
  await runCommand(page, 'Entra: Connect…');
  await pick(page, 'Client secret');
  await answer(page, '1/4): Tenant', facts.tenantId);
  await answer(page, '2/4): Client id', facts.appId);
  const type = await answer(page, '3/4): Client secret', s.secret);
  if (type !== 'password') fail(`the client secret box is an input of type ${JSON.stringify(type)}, not password`);
  await chooseCloud(page, '4/4): Cloud');
  if (expectOffer) {
    const offer = await expectNotification(page, 'secret storage', 30_000);
    await clickButton(offer, 'Don\'t Save');
  }
  await expectStatus(page, `Entra: ${facts.appName} · ${facts.tenantId} · ${CLOUD}`, 30_000);
}

/** Connect… with a delegated method: tenant as given, the default client id and scopes, the stand-in's cloud. */
async function connectDelegated(page, method, tenant) {
  await runCommand(page, 'Entra: Connect…');
  await pick(page, method);
  await answer(page, '1/4): Tenant', tenant);
  await answer(page, '2/4): Client id', '');
  await answer(page, '3/4): Scopes', '');
  await chooseCloud(page, '4/4): Cloud');
}

async function chooseCloud(page, title) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: 15_000 })
    .catch(() => fail(`no quick pick titled "…${title}"`));
  await pick(page, CLOUD);
}

function clearNotifications(page) {
  return runCommand(page, 'Notifications: Clear All Notifications');
}

/** The client secret, refresh tokens (rt-…) and access tokens (JWTs) appear in none of the files `s.texts()` names. */
function noSecretsIn(s) {
  for (const file of s.texts()) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [what, re] of [['the client secret', new RegExp(escape(s.secret))],
      ['a refresh token', /\brt-[0-9a-f-]{36}\b/], ['an access token', /\beyJ[\w-]+\.eyJ[\w-]+\./]]) {
      if (re.test(text)) fail(`${what} is in ${file}`);
    }
  }
}

/** Whether the one running server was launched with the e2e's vmargs. */
function hasVmargs(commandLines) {
  return commandLines.length === 1 && commandLines[0].includes('-Djdk.net.hosts.file=');
}

/**
 * Waits until the late user settings reach the server: either the extension restarted it with them by itself, or it
 * offers the restart, which is accepted. When neither comes within 30 s (the settings never reached this extension
 * host), the window is reloaded once more, as a user would; then it fails naming what was seen.
 */
async function lateSettingsApplied(s, reloads = 1) {
  const { page } = s;
  const offer = 'restart the language server to use the new Java settings';
  const before = s.serverPids();
  let accepted = false;
  await runCommand(page, 'Notifications: Show Notifications');
  try {
    // the centre's row, or a toast still showing (a toast that hid stays in the DOM, invisible)
    const offered = page.locator('.notification-list-item', { hasText: offer }).filter({ visible: true }).first();
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(250)) {
      if (hasVmargs(s.serverCommandLines())) return;
      if (await offered.isVisible().catch(() => false)) {
        log('the extension offers a restart for the late Java settings: Restart');
        await offered.locator('.monaco-button', { hasText: 'Restart' }).first().click();
        accepted = true;
        break;
      }
    }
  } finally {
    // the open centre would keep later notifications from showing as toasts
    await runCommand(page, 'Notifications: Hide Notifications').catch(() => undefined);
  }
  if (!accepted) {
    if (reloads === 0) {
      fail(`the settings never reached the server: no restart with entra.server.vmargs and no restart offer (servers: ${JSON.stringify(s.serverCommandLines())})`);
    }
    log('no restart with the settings and no offer within 30 s: "Developer: Reload Window" again');
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded.catch(() => fail('the window did not reload'));
    await s.reopen();
    return lateSettingsApplied(s, reloads - 1);
  }
  for (const deadline = Date.now() + 30_000; ; await sleep(250)) {
    const now = s.serverPids();
    if (now.length === 1 && now[0] !== before[0] && hasVmargs(s.serverCommandLines())) return;
    if (Date.now() > deadline) fail(`the server was not replaced by one with the vmargs within 30 s (before ${before}, now ${JSON.stringify(s.serverCommandLines())})`);
  }
}
