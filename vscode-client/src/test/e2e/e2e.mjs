#!/usr/bin/env node
// End-to-end test of the Entra extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) driven by
// Debian's Chromium through playwright-core. Installs the built .vsix, opens a workspace with a .ps1 file, hovers
// over Disconnect-Entra and expects the synopsis of its bundled help page in .monaco-hover (screenshot saved), then
// runs the palette commands while not connected ("Entra: Show Context" says Not connected, Show Help from the palette and from the editor's context menu, Fix All,
// Show Server Output, Restart Server, a settings change reaching the server).
// Then, connected to a local stand-in for the Entra identity platform (StandInMain from the server's test classes:
// HTTPS on 127.0.0.1, added as the cloud "StandIn" with `entra-ls environment add`; the server's JVM trusts only its
// certificate and sends anything not on loopback to a trap on 127.0.0.1 that records and drops it, so nothing
// leaves 127.0.0.1, and the run fails if anything tried): Connect… with a
// client secret typed in a password box (not saved) -> the status bar shows the app; the status bar menu ->
// Show Context -> all fields (AppOnly, ClientSecret empty, the secret nowhere in the page; connected.png saved);
// Disconnect names the context; device code: "Copy code and open browser" opens the verification page in a new
// Chromium page, where the code is typed -> the status bar shows the user; "Developer: Reload Window" restores that
// CurrentUser session; interactive browser sign-in (the stand-in's authorize page posts to msal4j's loopback in
// Chromium); an interactive sign-in whose browser page is closed offers device code within 15 s, and Cancel ends it.
// The server's data folder and logs hold no secret or token after each Disconnect. Then cmdlet execution (run.mjs)
// against a Graph stand-in (GraphStandInMain, the cloud's Graph endpoint on 127.0.0.1): the "▶ Run" lens shows
// `Get-EntraUser -Top 3` as a table and sends one GET with $top=3; a write asks first (Cancel sends nothing, Send
// sends the DELETE); Cancel while `Get-EntraUser -All` pages stops it at the page in flight. Ends code-server's whole
// process tree (extension host and the Java server included) and the stand-ins afterwards.
//
// Usage: node src/test/e2e/e2e.mjs          (tools from scripts/install-test-tools.sh; `mvn verify` runs it)
// Env (all optional):
//   TOOLS_DIR     prefix made by install-test-tools.sh  (default: the script's, `install-test-tools.sh --print-prefix`)
//   CODE_SERVER   code-server binary                    (default: $TOOLS_DIR/node_modules/.bin/code-server)
//   CHROMIUM      browser binary                        (default: /usr/bin/chromium)
//   JAVA          java for the stand-in and `environment add` (default: $JAVA_HOME/bin/java, else java on PATH)
//   SERVER_TARGET the server module's target folder     (default: <project>/server/target; needs entra-ls.jar and
//                 test-classes, i.e. `mvn -B -o -DskipTests package` at the project root)
//   VSIX          extension to install                  (default: <extension>/<name>-<version>.vsix)
//   E2E_WORK_DIR  scratch folder, emptied first         (default: <extension>/target/e2e)
//   SCREENSHOT    PNG of the hover                      (default: $E2E_WORK_DIR/hover.png)
//   UPDATE_SCREENSHOT=1  also copy the hover screenshot to images/hover.png (the README's picture)
//   KEEP_WORK=1   keep the whole scratch folder (on success only code-server.log and the screenshots are kept;
//                 on failure everything is kept)
// Exit: 0 pass, 1 fail, 130 interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { check, fail, Failure, log, sleep, softFailures, step } from './harness.mjs';
import { clickButton, expectNotification, notifications, runCommand, wordPoint } from './workbench.mjs';
import {
  addCloud, javaBinary, jvmFlags, STAND_IN_HOST, startGraphStandIn, startStandIn, startTrap, stopStandIn,
} from './standIn.mjs';
import { sessionChecks } from './session.mjs';
import { RUN_SCRIPT, RUN_SCRIPT_TEXT, runChecks } from './run.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionDir = path.resolve(here, '..', '..', '..');
const projectRoot = path.resolve(extensionDir, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
const env = process.env;
// the default prefix is defined once, in the install script (XDG_CACHE_HOME, else HOME)
const TOOLS_DIR = path.resolve(env.TOOLS_DIR || spawnSync('bash',
  [path.join(extensionDir, 'scripts', 'install-test-tools.sh'), '--print-prefix'], { encoding: 'utf8' }).stdout.trim());
const CODE_SERVER = env.CODE_SERVER ?? path.join(TOOLS_DIR, 'node_modules', '.bin', 'code-server');
const CHROMIUM = env.CHROMIUM ?? '/usr/bin/chromium';
const VSIX = path.resolve(env.VSIX ?? path.join(extensionDir, `${pkg.name}-${pkg.version}.vsix`));
const WORK = path.resolve(env.E2E_WORK_DIR ?? path.join(extensionDir, 'target', 'e2e'));
const SCREENSHOT = path.resolve(env.SCREENSHOT ?? path.join(WORK, 'hover.png'));
const SERVER_TARGET = path.resolve(env.SERVER_TARGET ?? path.join(projectRoot, 'server', 'target'));
const JAR = path.join(SERVER_TARGET, 'entra-ls.jar');
const JAVA = javaBinary(env);
// the stand-in app's client secret: typed into the editor, so it must show up nowhere
const SECRET = `e2e-Secret~${randomUUID()}`;
const HOVER_WORD = 'Disconnect-Entra';
// The hover must show the synopsis of the page the server bundles (docs-source/, read here, not typed in).
const HOVER_TEXT = synopsisOf(path.join(projectRoot, 'docs-source', `${HOVER_WORD}.md`));
const COMMAND_TITLE = 'Entra: Show Context';
const COMMAND_TEXT = 'Entra: Not connected';
const STATUS_TEXT = 'Entra: Not connected';
const RUN_ID = randomUUID(); // put in code-server's env: finds every descendant at the end

const { chromium } = createRequire(path.join(TOOLS_DIR, 'package.json'))('playwright-core');

/** First paragraph under "## SYNOPSIS" of a platyPS page. */
function synopsisOf(page) {
  const lines = fs.readFileSync(page, 'utf8').split(/\r?\n/);
  const at = lines.findIndex((l) => /^##\s+SYNOPSIS\s*$/i.test(l));
  const text = [];
  for (const line of lines.slice(at + 1)) {
    if (/^#/.test(line)) break;
    if (line.trim()) text.push(line.trim()); else if (text.length) break;
  }
  if (at < 0 || !text.length) throw new Error(`no SYNOPSIS in ${page}`);
  return text.join(' ');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// ---- scratch layout -------------------------------------------------------
const dirs = {
  home: path.join(WORK, 'home'),
  tmp: path.join(WORK, 'tmp'),
  userData: path.join(WORK, 'user-data'),
  extensions: path.join(WORK, 'extensions'),
  workspace: path.join(WORK, 'workspace'),
  browserProfile: path.join(WORK, 'chromium-profile'),
  standIn: path.join(WORK, 'stand-in'),
  graph: path.join(WORK, 'graph-stand-in'),
  entraHome: path.join(WORK, 'entra-home'), // ENTRA_LS_HOME: the server's data folder (environments, session)
};

const MARKER = path.join(WORK, '.e2e-scratch');
const PID_FILE = path.join(WORK, '.e2e-pid');

function prepareScratch() {
  // Only ever empty a folder this script made (marker), or an empty one.
  if (fs.existsSync(WORK) && fs.readdirSync(WORK).length && !fs.existsSync(MARKER)) {
    fail(`E2E_WORK_DIR ${WORK} is not empty and was not made by e2e.mjs; refusing to empty it`);
  }
  // Two runs in one scratch folder would delete each other's workspace under a running code-server.
  const owner = Number(fs.existsSync(PID_FILE) ? fs.readFileSync(PID_FILE, 'utf8') : NaN);
  if (owner && owner !== process.pid && fs.existsSync(`/proc/${owner}`)) {
    fail(`another e2e run (pid ${owner}) is using ${WORK}; wait for it or set E2E_WORK_DIR`);
  }
  fs.rmSync(WORK, { recursive: true, force: true });
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(MARKER, '');
  fs.writeFileSync(PID_FILE, String(process.pid));
  fs.writeFileSync(path.join(dirs.workspace, 'test.ps1'), [
    '# Entra end-to-end test script',
    // retired AzureAD cmdlet: a diagnostic, and what "Fix All Retired AzureAD Cmdlets in File" replaces
    "Connect-AzureAD -TenantId 'contoso.onmicrosoft.com'",
    'Get-EntraUser -Top 5',
    'Disconnect-Entra',
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(dirs.workspace, RUN_SCRIPT), RUN_SCRIPT_TEXT);
}

/** User settings: a quiet, offline-friendly workbench; the server's JVM trusts the stand-in and nothing else. */
function writeUserSettings(standInFacts) {
  // Quiet, offline-friendly workbench: no welcome page, tips, update or gallery chatter.
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'editor.hover.delay': 200,
    'editor.hover.above': false, // below the word: the screenshot keeps the script in view
    'window.restoreWindows': 'none',
    // the scratch folder may sit inside a git clone (target/e2e): no "open the repository?" toast
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    // the stand-in's certificate is the only one trusted; nothing but loopback is reachable
    'entra.server.vmargs': jvmFlags(standInFacts).join(' '),
  }, null, 2));
}

const childEnv = () => ({
  ...env, HOME: dirs.home, TMPDIR: dirs.tmp, E2E_RUN_ID: RUN_ID, ENTRA_LS_HOME: dirs.entraHome,
  // code-server would otherwise pick these up from the caller's environment
  PASSWORD: undefined, HASHED_PASSWORD: undefined, VSCODE_PROXY_URI: undefined,
});
const csDirs = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

// ---- process cleanup --------------------------------------------------------
let server = null; // { child, pgid }
let browser = null; // playwright BrowserContext
let standIn = null; // the stand-in's ChildProcess
let graph = null; // the Graph stand-in (startGraphStandIn)
let trap = null; // the proxy every off-machine request of the JVMs goes to (startTrap)

/** pids of processes that carry our E2E_RUN_ID (all of code-server's descendants) */
function taggedPids() {
  const out = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`E2E_RUN_ID=${RUN_ID}\0`)) out.push(Number(pid));
    } catch { /* gone or not ours */ }
  }
  return out;
}

/** Our language servers among code-server's descendants. */
function serverPids() {
  return taggedPids().filter((pid) => / -jar \S*entra-ls\.jar serve/.test(cmdlineOf(pid)));
}

/** The file where VS Code keeps an output channel's text (user-data/logs/<session>/exthost1/output_logging_*). */
function outputLog(channel) {
  const found = outputLogs(channel);
  if (found.length !== 1) fail(`expected one log of the output channel "${channel}", found ${JSON.stringify(found)}`);
  return found[0];
}

/** Every file of an output channel (one per window session). */
function outputLogs(channel) {
  const logs = path.join(dirs.userData, 'logs');
  const found = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p); else if (e.name.endsWith(`-${channel}.log`)) found.push(p);
    }
  };
  walk(logs);
  return found;
}

/** Files whose text must hold no secret or token: the server's data folder, its output channel, code-server's log. */
function sessionTexts() {
  const files = [...outputLogs('Entra Language Server'), path.join(WORK, 'code-server.log')];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p); else files.push(p);
    }
  };
  walk(dirs.entraHome);
  return files;
}

function pgidOf(pid) {
  try { return Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[2]); } catch { return null; }
}

function cmdlineOf(pid) {
  try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim(); } catch { return '?'; }
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

let stopping = null;
/** Ends code-server's whole process tree; concurrent callers share one run. */
function stopServer() {
  stopping ??= killTree();
  return stopping;
}

async function killTree() {
  if (!server) return;
  const { pgid } = server;
  const before = taggedPids();
  const outside = before.filter((pid) => pgidOf(pid) !== pgid);
  log(`${before.length} processes in code-server's tree, ${outside.length} outside its process group`);
  for (const pid of outside) log(`  outside: ${pid} ${cmdlineOf(pid)}`);
  // The whole process group: code-server, its server main, extension hosts, pty hosts, language servers.
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
  for (let i = 0; i < 50 && groupAlive(pgid); i++) await sleep(100);
  if (groupAlive(pgid)) { try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ } }
  // Anything that left the group (setsid) but still carries our tag.
  for (let i = 0; i < 20; i++) {
    const left = taggedPids();
    if (!left.length) return;
    for (const pid of left) { try { process.kill(pid, i < 10 ? 'SIGTERM' : 'SIGKILL'); } catch { /* gone */ } }
    await sleep(100);
  }
  const left = taggedPids();
  if (left.length) console.error(`[e2e] WARNING: processes still alive after cleanup: ${left.join(' ')}`);
}

// ---- the test ----------------------------------------------------------------
async function main() {
  for (const [what, p] of [['code-server', CODE_SERVER], ['chromium', CHROMIUM], ['vsix', VSIX]]) {
    if (!fs.existsSync(p)) fail(`${what} not found: ${p}`);
  }
  prepareScratch();
  log(`scratch ${WORK}`);
  const facts = await step('start the Entra stand-in', async () => {
    const started = await startStandIn({ java: JAVA, testClasses: path.join(SERVER_TARGET, 'test-classes'), jar: JAR,
      dir: dirs.standIn, secret: SECRET, env });
    standIn = started.child;
    trap = await startTrap();
    graph = await startGraphStandIn({ java: JAVA, testClasses: path.join(SERVER_TARGET, 'test-classes'), jar: JAR,
      dir: dirs.graph, standInDir: dirs.standIn, password: started.facts.trustStorePassword, env });
    log(`stand-in at ${started.facts.baseUrl}, Graph at ${graph.facts.baseUrl}; anything else goes to 127.0.0.1:${trap.port}`);
    return { ...started.facts, graphUrl: graph.facts.baseUrl, trapPort: trap.port };
  });
  writeUserSettings(facts);

  await step(`add the cloud "StandIn" (${facts.baseUrl}) with entra-ls environment add`, async () => {
    const out = await addCloud({ java: JAVA, jar: JAR, facts, env: { ...childEnv(), E2E_RUN_ID: undefined } });
    log(out.split('\n').find((l) => l.startsWith('StandIn')) ?? out);
  });

  await step('install the .vsix', () => {
    const r = spawnSync(CODE_SERVER, [...csDirs, '--install-extension', VSIX],
      { env: childEnv(), encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) fail(`code-server --install-extension exited ${r.status ?? r.signal}\n${r.stdout}\n${r.stderr}`);
    log(r.stdout.trim().split('\n').pop());
  });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  await step(`start code-server on ${base}`, async () => {
    const logFd = fs.openSync(path.join(WORK, 'code-server.log'), 'w');
    const child = spawn(CODE_SERVER, [
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      ...csDirs,
    ], { env: childEnv(), detached: true, stdio: ['ignore', logFd, logFd] }); // detached: own process group
    fs.closeSync(logFd);
    server = { child, pgid: child.pid };
    let exited = null;
    child.once('exit', (code, sig) => { exited = code ?? sig; });
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      if (exited !== null) fail(`code-server exited early (${exited}); see ${WORK}/code-server.log`);
      try { if ((await fetch(`${base}/healthz`)).ok) return; } catch { /* not yet */ }
      await sleep(250);
    }
    fail(`code-server not ready within 60 s; see ${WORK}/code-server.log`);
  });

  const context = await step('launch chromium', () => chromium.launchPersistentContext(dirs.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // the stand-in's name (see standIn.mjs), and no other
      `--host-resolver-rules=MAP ${STAND_IN_HOST} 127.0.0.1`],
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true, // the stand-in's self-signed certificate, in the pages the extension opens
    // playwright's own handlers would process.exit() before code-server is stopped
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  }));
  browser = context;
  const page = context.pages()[0] ?? await context.newPage();
  try {
    await runUi(page, base);
    const s = { page, context, facts, secret: SECRET, base, work: WORK, texts: sessionTexts,
      reopen: () => workbenchReady(page), serverPids, serverCommandLines: () => serverPids().map(cmdlineOf) };
    await sessionChecks(s);
    await runChecks({ ...s, graph, serverLogs: () => outputLogs('Entra Language Server')
      .map((f) => fs.readFileSync(f, 'utf8')).join('\n') });
    await check('no request of the language server (or the CLI) tried to leave the machine', () => {
      if (trap.attempts.length) fail(`requests to other hosts: ${JSON.stringify(trap.attempts)}`);
    });
    if (softFailures.length) fail(`${softFailures.length} check(s) failed:\n  ${softFailures.join('\n  ')}`);
  } catch (e) {
    const shot = path.join(WORK, 'failure.png');
    await page.screenshot({ path: shot }).then(() => console.error(`[e2e] failure screenshot: ${shot}`), () => {});
    throw e;
  } finally {
    await context.close().catch(() => {});
  }
}

async function runUi(page, base) {
  await step('open the workspace', async () => {
    await page.goto(`${base}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await workbenchReady(page);
  });

  await step('open test.ps1 with Quick Open', async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 15_000 });
    await input.fill('test.ps1');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'test.ps1' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: HOVER_WORD }).waitFor({ timeout: 30_000 });
  });

  await step('check the language mode is PowerShell', async () => {
    const mode = page.locator('#status\\.editor\\.mode');
    await mode.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => /PowerShell/.test(document.querySelector('#status\\.editor\\.mode')?.textContent ?? ''), null, { timeout: 15_000 })
      .catch(async () => fail(`language mode is "${(await mode.textContent())?.trim()}", not PowerShell`));
  });

  // No Entra docs in this fresh profile: the first PowerShell file brings the one-time download offer. "Don't ask
  // again" (remembered per user) also keeps it from coming back after the Reload Window below.
  await check('with no Entra docs, the download offer shows once; "Don\'t ask again" closes it', async () => {
    const toast = await expectNotification(page, 'Download the Entra reference docs', 60_000);
    await clickButton(toast, 'Don\'t ask again');
    await toast.waitFor({ state: 'hidden', timeout: 15_000 })
      .catch(() => fail('the offer stayed after "Don\'t ask again"'));
  });

  await check(`hover over ${HOVER_WORD} shows "${HOVER_TEXT}"`, async () => {
    const hover = page.locator('.monaco-hover', { hasText: HOVER_TEXT });
    // The extension activates on onLanguage:powershell and starts Java; the first hovers can come before it is ready.
    for (let attempt = 1; ; attempt++) {
      const pt = await wordPoint(page, HOVER_WORD);
      if (!pt) fail(`"${HOVER_WORD}" not found in the editor`);
      await page.mouse.move(pt.x - 40, pt.y + 60);
      await page.mouse.move(pt.x, pt.y, { steps: 5 });
      try {
        await hover.waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt >= 10) {
          const seen = await page.locator('.monaco-hover').allTextContents();
          fail(`no .monaco-hover with "${HOVER_TEXT}" (hovers seen: ${JSON.stringify(seen)})`);
        }
      }
    }
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    // animations: 'disabled' fast-forwards the hover's fade-in (else it is caught half transparent)
    await page.screenshot({ path: SCREENSHOT, animations: 'disabled' });
    log(`screenshot ${SCREENSHOT}`);
    if (env.UPDATE_SCREENSHOT) {
      fs.copyFileSync(SCREENSHOT, path.join(extensionDir, 'images', 'hover.png'));
      log('copied to images/hover.png');
    }
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  await check('hover over Get-EntraUser (signature only) links "Download the Entra docs"', async () => {
    const link = page.locator('.monaco-hover a', { hasText: 'Download the Entra docs' });
    for (let attempt = 1; ; attempt++) {
      const pt = await wordPoint(page, 'Get-EntraUser');
      if (!pt) fail('"Get-EntraUser" not found in the editor');
      await page.mouse.move(pt.x - 40, pt.y + 60);
      await page.mouse.move(pt.x, pt.y, { steps: 5 });
      try {
        await link.first().waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt >= 5) {
          const seen = await page.locator('.monaco-hover').allTextContents();
          fail(`no "Download the Entra docs" link in the hover (hovers seen: ${JSON.stringify(seen)})`);
        }
      }
    }
    // a trusted command link: VS Code renders it with the command as its target
    const target = `${await link.first().getAttribute('data-href')} ${await link.first().getAttribute('href')}`;
    if (!target.includes('command:entra.ui.fetchDocs')) fail(`the link's target is ${target}`);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  await check(`status bar shows "${STATUS_TEXT}"`, async () => {
    await page.locator('.statusbar-item', { hasText: STATUS_TEXT }).first().waitFor({ timeout: 15_000 });
  });

  await check(`run "${COMMAND_TITLE}" from the palette and see "${COMMAND_TEXT}"`, async () => {
    await runCommand(page, COMMAND_TITLE);
    await expectNotification(page, COMMAND_TEXT);
  });

  await check(`"Entra: Show Help for Cmdlet" on ${HOVER_WORD} opens its help preview`, async () => {
    const pt = await wordPoint(page, HOVER_WORD);
    if (!pt) fail(`"${HOVER_WORD}" not found in the editor`);
    await page.mouse.click(pt.x, pt.y);
    await runCommand(page, 'Entra: Show Help for Cmdlet');
    await page.locator('.tabs-container .tab', { hasText: `Preview ${HOVER_WORD}.md` }).waitFor({ timeout: 20_000 })
      .catch(async () => fail(`no tab "Preview ${HOVER_WORD}.md" (tabs: ${JSON.stringify(
        await page.locator('.tabs-container .tab').allTextContents())}, notifications: ${JSON.stringify(await notifications(page))})`));
    // back to the script
    await page.locator('.tabs-container .tab', { hasText: 'test.ps1' }).first().click();
  });

  await check(`the editor's context menu on ${HOVER_WORD} has "Show Help for Cmdlet", which opens its help preview`, async () => {
    // the script's tab is the active one; the preview (new, or the palette check's one) must become active
    const previewTab = page.locator('.tabs-container .tab.active', { hasText: `Preview ${HOVER_WORD}.md` });
    await page.locator('.tabs-container .tab', { hasText: 'test.ps1' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'test.ps1' }).first().waitFor({ timeout: 10_000 });
    const pt = await wordPoint(page, HOVER_WORD);
    if (!pt) fail(`"${HOVER_WORD}" not found in the editor`);
    await page.mouse.click(pt.x, pt.y, { button: 'right' });
    const item = page.locator('.context-view .monaco-menu .action-item', { hasText: 'Show Help for Cmdlet' });
    await item.first().waitFor({ timeout: 10_000 })
      .catch(async () => fail(await page.keyboard.press('Escape') ?? `no "Show Help for Cmdlet" in the editor's context menu: ${JSON.stringify(
        await page.locator('.context-view .monaco-menu .action-label').allTextContents())}`));
    // a menu ignores the mouse for a moment after it opens (so the right button's release picks nothing): hover
    // first, then click until the menu closes
    await item.first().hover();
    for (let i = 0; i < 5 && await item.count(); i++) {
      await item.first().click({ timeout: 2_000 }).catch(() => undefined);
      await item.first().waitFor({ state: 'detached', timeout: 1_000 }).catch(() => undefined);
    }
    await previewTab.first().waitFor({ timeout: 20_000 })
      .catch(async () => fail(`no active tab "Preview ${HOVER_WORD}.md" after the context menu (tabs: ${JSON.stringify(
        await page.locator('.tabs-container .tab').allTextContents())})`));
    await page.locator('.tabs-container .tab', { hasText: 'test.ps1' }).first().click();
  });

  await check('"Entra: Connect…" offers the seven sign-in methods (then Escape: nothing leaves the machine)', async () => {
    await runCommand(page, 'Entra: Connect…');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Environment variables' }).waitFor({ timeout: 15_000 });
    const labels = (await rows.allTextContents()).join(' | ');
    for (const method of ['Interactive browser', 'Device code', 'Client secret', 'Client certificate',
      'Managed identity', 'Access token', 'Environment variables']) {
      if (!labels.includes(method)) fail(`"${method}" missing from the sign-in methods: ${labels}`);
    }
    await page.keyboard.press('Escape');
  });

  await check('a changed severity setting reaches the running server (retired-cmdlet warning becomes an error)', async () => {
    const squiggle = (kind) => page.locator(`.monaco-editor .squiggly-${kind}`);
    await squiggle('warning').first().waitFor({ timeout: 15_000 })
      .catch(() => fail('no warning squiggle for Connect-AzureAD before the change'));
    fs.mkdirSync(path.join(dirs.workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(dirs.workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'entra.diagnostics.severity.retired-cmdlet': 'error' }));
    await squiggle('error').first().waitFor({ timeout: 20_000 })
      .catch(() => fail('the retired-cmdlet diagnostic did not become an error after the settings change'));
  });

  await check('"Entra: Fix All Retired AzureAD Cmdlets in File" replaces Connect-AzureAD by Connect-Entra', async () => {
    // focus the script by command, not by a click: a toast, hover or code lens zone drawn meanwhile may take the click
    await runCommand(page, 'View: Focus Active Editor Group');
    await runCommand(page, 'Entra: Fix All Retired AzureAD Cmdlets in File');
    await page.locator('.monaco-editor .view-lines', { hasText: "Connect-Entra -TenantId 'contoso.onmicrosoft.com'" })
      .waitFor({ timeout: 15_000 })
      .catch(async () => fail(`the script still reads ${JSON.stringify(await page.locator('.monaco-editor .view-lines').first().innerText())} `
        + `(notifications: ${JSON.stringify(await notifications(page))})`));
  });
  await check('"Entra: Show Server Output" shows the server log, whose launch line starts with -XX:+ExitOnOutOfMemoryError', async () => {
    await runCommand(page, 'Entra: Show Server Output');
    await page.locator('.part.panel select.monaco-select-box', { hasText: 'Entra Language Server' }).first()
      .waitFor({ timeout: 15_000 }).catch(() => fail('the output panel does not show the "Entra Language Server" channel'));
    // the channel's text as VS Code keeps it on disk (the panel shows only what fits)
    const text = fs.readFileSync(outputLog('Entra Language Server'), 'utf8');
    const launch = text.split('\n').find((l) => l.startsWith('Starting ')) ?? '';
    if (!/^Starting \S*java\S* -XX:\+ExitOnOutOfMemoryError (\S+ )*-jar \S*\/server\/entra-ls\.jar serve$/.test(launch)) {
      fail(`unexpected launch line: ${JSON.stringify(launch || text.slice(0, 300))}`);
    }
  });

  await check('"Entra: Restart Server" replaces the server process and the new one answers Show Context', async () => {
    const before = serverPids();
    if (before.length !== 1) fail(`expected one running server before the restart, found ${before.length}`);
    await runCommand(page, 'Notifications: Clear All Notifications');
    await runCommand(page, 'Entra: Restart Server');
    for (const deadline = Date.now() + 30_000; ; await sleep(250)) {
      const now = serverPids();
      if (now.length === 1 && now[0] !== before[0]) break;
      if (Date.now() > deadline) fail(`the server was not replaced within 30 s (before ${before}, now ${now})`);
    }
    // the palette offers Show Context once entra.serverReady is set again
    await runCommand(page, COMMAND_TITLE, { untilOffered: 30_000 });
    await expectNotification(page, COMMAND_TEXT);
  });
}

/** Waits for the workbench and for the explorer to list the folder's file (the remote file system is up). */
async function workbenchReady(page) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'test.ps1' }).waitFor({ timeout: 60_000 });
}

// ---- entry -------------------------------------------------------------------
let exitCode = 0;
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, async () => {
    console.error(`[e2e] ${sig}: cleaning up`);
    interrupted = true;
    await Promise.all([browser?.close().catch(() => {}), stopServer(), stopStandIn(standIn), stopStandIn(graph?.child),
      trap?.close()]);
    process.exit(130);
  });
}
try {
  await main();
  log('PASS');
} catch (e) {
  exitCode = 1;
  console.error(`[e2e] FAIL: ${e instanceof Failure ? e.message : e.stack ?? e}`);
  console.error(`[e2e] logs kept in ${WORK} (code-server.log, failure.png)`);
} finally {
  await step('stop code-server process tree', stopServer).catch((e) => { exitCode = 1; console.error(e.message); });
  await step('stop the stand-ins', () => Promise.all([stopStandIn(standIn), stopStandIn(graph?.child), trap?.close()]))
    .catch((e) => { exitCode = 1; console.error(e.message); });
}
if (exitCode === 0 && !env.KEEP_WORK) {
  // keep only code-server.log and the screenshot (which is in WORK by default)
  for (const d of Object.values(dirs)) fs.rmSync(d, { recursive: true, force: true });
}
log(exitCode === 0 ? 'done' : 'done (failed)');
process.exit(interrupted ? 130 : exitCode);
