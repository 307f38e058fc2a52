import { after, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { APP, cleanUp, fakeJdk, run, startExtension, tempDir, until } from '../fakes/harness';
import { CLIENT_COMMANDS } from '../../commands/ids';
import { server } from '../fakes/languageClient';
import { ui } from '../fakes/vscode';

after(cleanUp);

const OPEN_SETTING = { command: 'workbench.action.openSettings', args: ['entra.java.home'] };
const openSettingRuns = () => ui.executed.filter((e) => e.command === OPEN_SETTING.command);

let savedEnv: NodeJS.ProcessEnv;
beforeEach(() => {
  savedEnv = { ...process.env };
});
after(() => {
  process.env = savedEnv;
});

test('a Java 17 from entra.java.home starts the server with the fixed flags and the vmargs, and readies the palette', async () => {
  const jdk = fakeJdk('17.0.15');
  await startExtension({ settings: { 'entra.java.home': jdk, 'entra.server.vmargs': '-Xmx512m' } });
  assert.equal(server.clients.length, 1);
  const launch = server.client.serverOptions as { command: string; args: string[] };
  assert.equal(launch.command, path.join(jdk, 'bin', 'java'));
  assert.ok(launch.args.includes('-XX:+ExitOnOutOfMemoryError'), launch.args.join(' '));
  assert.deepEqual(launch.args.slice(-4), ['-Xmx512m', '-jar', launch.args.at(-2), 'serve']);
  assert.match(launch.args.at(-2) ?? '', /server[/\\]entra-ls\.jar$/);
  const ready = ui.executed.filter((e) => e.command === 'setContext' && e.args[0] === 'entra.serverReady');
  assert.deepEqual(ready.at(-1)?.args, ['entra.serverReady', true]);
  assert.equal(ui.messages('error').length, 0);
  assert.deepEqual(ui.registeredCommands.sort(), [...CLIENT_COMMANDS].sort(), 'every contributed client command has a handler');
});

test('a too old Java in entra.java.home: the error names it and "Open Setting" opens that setting', async () => {
  const old = fakeJdk('11.0.22');
  await startExtension({ settings: { 'entra.java.home': old } });
  assert.equal(server.clients.length, 0, 'no server is started with Java 11');
  const error = await ui.next('message');
  assert.equal(error.severity, 'error');
  assert.match(error.text, /entra\.java\.home .*is Java 11.*Java 17 or newer/);
  assert.deepEqual(error.buttons, ['Open Setting']);
  error.click('Open Setting');
  await until(() => openSettingRuns().length > 0, 'the setting to open');
  assert.deepEqual(openSettingRuns(), [OPEN_SETTING]);
  const ready = ui.executed.filter((e) => e.command === 'setContext' && e.args[0] === 'entra.serverReady');
  assert.ok(ready.length > 0 && ready.every((e) => e.args[1] === false), 'palette entries stay hidden');
});

test('no Java anywhere: the error lists where it looked; dismissing it opens nothing', async () => {
  process.env.JAVA_HOME = '';
  process.env.PATH = tempDir('empty-path');
  await startExtension({ settings: { 'entra.java.home': null } });
  const error = await ui.next('message');
  assert.equal(error.severity, 'error');
  assert.match(error.text, /needs Java 17 or newer, and none was found \(JAVA_HOME: not set; PATH: no java on PATH\)/);
  assert.match(error.text, /Set entra\.java\.home/);
  error.dismiss();
  await ui.settle();
  assert.deepEqual(openSettingRuns(), []);
});

test('an old JAVA_HOME and no java on PATH is the same error with the button', async () => {
  process.env.JAVA_HOME = fakeJdk('1.8.0_392');
  process.env.PATH = tempDir('empty-path');
  await startExtension({ settings: { 'entra.java.home': '' } });
  const error = await ui.next('message');
  assert.match(error.text, /JAVA_HOME: .* is Java 8/);
  error.click('Open Setting');
  await until(() => openSettingRuns().length > 0, 'the setting to open');
  assert.deepEqual(openSettingRuns(), [OPEN_SETTING]);
});

test('after the user fixes entra.java.home, Restart Server starts the server', async () => {
  await startExtension({ settings: { 'entra.java.home': '/no/such/jdk' } });
  (await ui.next('message')).dismiss();
  assert.equal(server.clients.length, 0);
  ui.changeSettings({ 'entra.java.home': fakeJdk('21.0.2') });
  const offer = await ui.message('restart the language server to use the new Java settings');
  offer.click('Restart');
  await until(() => server.clients.length > 0 && server.client.state === 2, 'the server to start');
  assert.equal(server.clients.length, 1);
  assert.equal(server.client.state, 2 /* Running */);
});

test('Restart Server is registered even when Java is missing, and runs the lookup again', async () => {
  await startExtension({ settings: { 'entra.java.home': '/no/such/jdk' } });
  (await ui.next('message')).dismiss();
  await run('entra.ui.restartServer');
  const again = await ui.next('message');
  assert.match(again.text, /\/no\/such\/jdk is not a folder/);
});

const readyKey = () => ui.executed.filter((e) => e.command === 'setContext' && e.args[0] === 'entra.serverReady')
  .map((e) => e.args[1]);

test('palette entries hide while a crashed server is down; after the library restarts it the status asks again', async () => {
  const { status } = await startExtension({ context: APP });
  assert.equal(status.text, 'Entra: Contoso Automation · contoso.onmicrosoft.com · Global');
  assert.equal(readyKey().at(-1), true);
  server.client.crash();
  assert.equal(readyKey().at(-1), false);
  server.commands.set('entra.getContext', () => null); // the Process-scope session died with the old process
  server.client.recover();
  await until(() => status.text === 'Entra: Not connected', 'the status to clear');
  assert.equal(readyKey().at(-1), true);
});

test('the settings reach the server at start and on every change, without a restart', async () => {
  await startExtension({ settings: { 'entra.diagnostics.severity.retired-cmdlet': 'error' } });
  const initial = (server.client.clientOptions as { initializationOptions: { settings: { entra: { diagnostics: unknown } } } })
    .initializationOptions.settings.entra.diagnostics;
  assert.deepEqual(initial, { severity: { 'retired-cmdlet': 'error' } });
  ui.changeSettings({ 'entra.diagnostics.severity.retired-cmdlet': 'hint', 'entra.session.environment': 'USGov' });
  await until(() => server.notifications.some((n) => n.method === 'workspace/didChangeConfiguration'), 'the settings');
  const sent = server.notifications.filter((n) => n.method === 'workspace/didChangeConfiguration');
  assert.equal(sent.length, 1);
  const entra = (sent[0].params as { settings: { entra: { diagnostics: unknown; session: unknown } } }).settings.entra;
  assert.deepEqual(entra.diagnostics, { severity: { 'retired-cmdlet': 'hint' } });
  assert.deepEqual(entra.session, { environment: 'USGov' });
  assert.equal(server.clients.length, 1, 'no restart');
  assert.deepEqual(ui.messages(), []);
});

test('Java settings that change while the server starts restart it with them, without asking', async () => {
  // after a window reload the user's settings can reach the extension host after it activated
  await startExtension({
    duringStart: () => ui.changeSettings({ 'entra.server.vmargs': '-Djdk.net.hosts.file=/etc/hosts.test' }),
  });
  await until(() => server.clients.length === 2, 'the restarted client');
  const args = (server.client.serverOptions as { args: string[] }).args;
  assert.ok(args.includes('-Djdk.net.hosts.file=/etc/hosts.test'), args.join(' '));
  assert.equal(server.client.state, 2 /* Running */);
  assert.deepEqual(ui.messages(), []);
});

test('other settings that change while the server starts are sent to it once it runs', async () => {
  await startExtension({ duringStart: () => ui.changeSettings({ 'entra.diagnostics.severity.retired-cmdlet': 'error' }) });
  await until(() => server.notifications.some((n) => n.method === 'workspace/didChangeConfiguration'), 'the settings');
  const sent = server.notifications.filter((n) => n.method === 'workspace/didChangeConfiguration');
  assert.equal(sent.length, 1);
  assert.deepEqual((sent[0].params as { settings: { entra: { diagnostics: unknown } } }).settings.entra.diagnostics,
    { severity: { 'retired-cmdlet': 'error' } });
  assert.equal(server.clients.length, 1, 'no restart');
});

test('a change event that leaves the Java settings as the server has them asks nothing', async () => {
  await startExtension({ settings: { 'entra.server.vmargs': '-Xmx512m' } });
  ui.changeSettings({ 'entra.server.vmargs': '-Xmx512m' });
  await ui.settle();
  assert.deepEqual(ui.messages(), []);
  assert.equal(server.clients.length, 1);
});

test('one change of both Java and other settings sends the others at once and asks about the Java ones', async () => {
  await startExtension();
  ui.changeSettings({ 'entra.server.vmargs': '-Xmx1g', 'entra.diagnostics.severity.retired-cmdlet': 'hint' });
  await ui.message('restart the language server');
  const sent = server.notifications.filter((n) => n.method === 'workspace/didChangeConfiguration');
  assert.equal(sent.length, 1);
  assert.deepEqual((sent[0].params as { settings: { entra: { diagnostics: unknown } } }).settings.entra.diagnostics,
    { severity: { 'retired-cmdlet': 'hint' } });
});

test('a change of entra.server.vmargs offers a restart instead (the JVM reads it at launch)', async () => {
  await startExtension();
  ui.changeSettings({ 'entra.server.vmargs': '-Xmx1g' });
  const offer = await ui.message('restart the language server');
  offer.click('Restart');
  await until(() => server.clients.length === 2, 'the new client');
  assert.ok((server.client.serverOptions as { args: string[] }).args.includes('-Xmx1g'));
  assert.equal(server.notifications.filter((n) => n.method === 'workspace/didChangeConfiguration').length, 0);
});

test('hover Markdown may run the docs download link and no other command; the server is told that command', async () => {
  await startExtension();
  const options = server.client.clientOptions as { markdown: { isTrusted: unknown; supportHtml: boolean } };
  assert.deepEqual(options.markdown, { isTrusted: { enabledCommands: ['entra.ui.fetchDocs'] }, supportHtml: false });
  assert.ok(CLIENT_COMMANDS.includes('entra.ui.fetchDocs'));
  const entra = (server.client.capabilities.experimental as { entra: { fetchDocsCommand: string } }).entra;
  assert.equal(entra.fetchDocsCommand, 'entra.ui.fetchDocs');
});
