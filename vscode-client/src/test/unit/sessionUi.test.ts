import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADELE, APP, cleanUp, run, startExtension, until } from '../fakes/harness';
import { server } from '../fakes/languageClient';
import { MarkdownString, StatusBarAlignment, ui } from '../fakes/vscode';

after(cleanUp);

const ADELE_STATUS = 'Entra: adele@contoso.com · contoso.onmicrosoft.com · Global';
/** The field list of ADELE as PowerShell's Format-List aligns it. */
const ADELE_FIELDS = [
  'ClientId               : 14d82eec-204b-4c2f-b7e8-296a70dab67e',
  'TenantId               : contoso.onmicrosoft.com',
  'Scopes                 : {User.Read.All, Group.Read.All}',
  'AuthType               : Delegated',
  'TokenCredentialType    : InteractiveBrowser',
  'CertificateThumbprint  :',
  'CertificateSubjectName :',
  'Account                : adele@contoso.com',
  'AppName                : Microsoft Graph Command Line Tools',
  'ContextScope           : CurrentUser',
  'Certificate            :',
  'PSHostVersion          : entra-ls 0.1.0',
  'ManagedIdentityId      :',
  'ClientSecret           :',
  'Environment            : Global',
  '',
].join('\n');

const tooltipOf = (t: unknown) => (t instanceof MarkdownString ? t.value : String(t));

// ------------------------------------------------------------------------------------------ Disconnect

test('Disconnect names the context it signed out of and shows its aligned fields on request', async () => {
  const { status } = await startExtension({ context: ADELE });
  server.commands.set('entra.disconnect', () => ADELE);
  assert.equal(status.text, ADELE_STATUS);
  const done = run('entra.ui.disconnect');
  const shown = await ui.message('signed out');
  assert.equal(shown.text, 'Entra: signed out of adele@contoso.com · contoso.onmicrosoft.com · Global.');
  assert.deepEqual(shown.buttons, ['Show All Fields']);
  assert.equal(status.text, 'Entra: Not connected');
  shown.click('Show All Fields');
  await done;
  const [document] = ui.shownDocuments;
  assert.equal(document.uri.scheme, 'entra-context');
  assert.ok(ui.hasContentProvider('entra-context'), 'a read-only virtual document');
  assert.equal(document.getText(), ADELE_FIELDS);
  assert.equal(server.commandRequests('entra.disconnect').length, 1);
});

test('Disconnect never shows a secret, even one the server sent by mistake', async () => {
  const leaky = { ...APP, ClientSecret: 'the-real-secret', CertificatePassword: 'pfx-pass' };
  const { status } = await startExtension({ context: leaky });
  assert.doesNotMatch(tooltipOf(status.tooltip), /the-real-secret|pfx-pass/);
  server.commands.set('entra.disconnect', () => leaky);
  const done = run('entra.ui.disconnect');
  (await ui.message('signed out')).click('Show All Fields');
  await done;
  const text = ui.shownDocuments[0].getText();
  assert.match(text, /^ClientSecret +:$/m);
  assert.match(text, /^CertificatePassword +:$/m);
  for (const m of ui.messages()) assert.doesNotMatch(m.text, /the-real-secret|pfx-pass/);
});

test('Disconnect when not connected says "No application to sign out from." once and shows Not connected', async () => {
  const { status } = await startExtension();
  server.commands.set('entra.disconnect', () => null);
  await run('entra.ui.disconnect');
  await ui.settle();
  assert.equal(server.commandRequests('entra.disconnect').length, 1);
  assert.deepEqual(ui.messages().map((m) => m.text), ['Entra: No application to sign out from.'],
    'the extension owns the palette command\'s message (the server shows one only for its code lens)');
  assert.equal(status.text, 'Entra: Not connected');
});

// ------------------------------------------------------------------------------------------ Show Context

test('Show Context while connected shows the context, all fields on request', async () => {
  await startExtension();
  server.commands.set('entra.getContext', () => ADELE);
  const done = run('entra.ui.showContext');
  const shown = await ui.message('Entra: adele');
  assert.equal(shown.text, `${ADELE_STATUS} (Delegated, InteractiveBrowser).`);
  shown.click('Show All Fields');
  await done;
  assert.equal(ui.shownDocuments[0].getText(), ADELE_FIELDS);
});

test('Show Context when not connected says so and offers Connect…', async () => {
  const { status } = await startExtension({ context: ADELE });
  server.commands.set('entra.getContext', () => null); // signed out elsewhere (e.g. entra-ls disconnect)
  const done = run('entra.ui.showContext');
  const shown = await ui.message('Not connected');
  assert.equal(shown.text, 'Entra: Not connected.');
  assert.deepEqual(shown.buttons, ['Connect…']);
  assert.equal(status.text, 'Entra: Not connected', 'the status bar follows the answer');
  shown.click('Connect…');
  const methods = await ui.next('quickPick');
  assert.equal(methods.options.title, 'Entra: Connect');
  methods.escape();
  await done;
});

// ------------------------------------------------------------------------------------------ status bar

test('the status bar item says Not connected, sits on the right and opens the session menu', async () => {
  const { status } = await startExtension();
  assert.equal(status.text, 'Entra: Not connected');
  assert.equal(status.visible, true);
  assert.equal(status.alignment, StatusBarAlignment.Right);
  assert.equal(status.command, 'entra.ui.sessionMenu');
});

test('a session the server already has at start-up shows in the status bar', async () => {
  const { status } = await startExtension({ context: APP });
  assert.equal(status.text, 'Entra: Contoso Automation · contoso.onmicrosoft.com · Global');
  assert.match(tooltipOf(status.tooltip), /AppName +: Contoso Automation/);
});

test('the status bar follows entra/sessionChanged, including the one for a session restored after start-up', async () => {
  const { status } = await startExtension(); // getContext answered null: the restore was still running
  server.client.notify('entra/sessionChanged', ADELE);
  assert.equal(status.text, ADELE_STATUS);
  server.client.notify('entra/sessionChanged', { ...APP, Environment: 'USGov' });
  assert.equal(status.text, 'Entra: Contoso Automation · contoso.onmicrosoft.com · USGov');
  server.client.notify('entra/sessionChanged', null);
  assert.equal(status.text, 'Entra: Not connected');
  assert.equal(status.tooltip, 'Not signed in to Entra. Click to connect.');
});

test('a session-changed notification is not undone by an older entra.getContext answer that arrives after it', async () => {
  // the server answers the start-up getContext (null: the restore is still running), then restores the saved
  // session and notifies; the two messages may reach the client in either order
  let answerGetContext: (value: unknown) => void = () => undefined;
  const getContext = new Promise((resolve) => { answerGetContext = resolve; });
  const { status } = await startExtension({ context: getContext });
  assert.equal(server.commandRequests('entra.getContext').length, 1);
  server.client.notify('entra/sessionChanged', ADELE);
  answerGetContext(null);
  await ui.settle();
  assert.equal(status.text, ADELE_STATUS);
});

test('after a restart the status asks the server again (a Process session is gone with the old server)', async () => {
  const { status } = await startExtension({ context: APP });
  assert.equal(status.text, 'Entra: Contoso Automation · contoso.onmicrosoft.com · Global');
  server.commands.set('entra.getContext', () => null);
  await run('entra.ui.restartServer');
  await until(() => status.text === 'Entra: Not connected', 'the status to clear');
  assert.equal(server.clients.length, 2);
});

test('clicking the status bar while connected offers Connect…, Disconnect and Show Context and runs the choice', async () => {
  const { status } = await startExtension({ context: ADELE });
  server.commands.set('entra.disconnect', () => ADELE);
  const done = run(status.command ?? '');
  const menu = await ui.next('quickPick');
  assert.deepEqual(menu.labels, ['$(sign-in) Connect…', '$(sign-out) Disconnect', '$(info) Show Context']);
  assert.equal(menu.options.placeHolder, 'adele@contoso.com · contoso.onmicrosoft.com · Global');
  menu.pick('$(sign-out) Disconnect');
  (await ui.message('signed out of adele@contoso.com')).dismiss();
  await done;
  assert.equal(server.commandRequests('entra.disconnect').length, 1);
  assert.equal(status.text, 'Entra: Not connected');
});

test('clicking the status bar when not connected offers Connect… and Show Context; Connect… opens the dialogue', async () => {
  const { status } = await startExtension();
  const done = run(status.command ?? '');
  const menu = await ui.next('quickPick');
  assert.deepEqual(menu.labels, ['$(sign-in) Connect…', '$(info) Show Context']);
  menu.pick('$(sign-in) Connect…');
  const methods = await ui.next('quickPick');
  assert.equal(methods.options.title, 'Entra: Connect');
  methods.escape();
  await done;
});

test('the menu\'s Show Context runs Show Context', async () => {
  const { status } = await startExtension({ context: ADELE });
  const done = run(status.command ?? '');
  (await ui.next('quickPick')).pick('$(info) Show Context');
  (await ui.message(`${ADELE_STATUS} (Delegated, InteractiveBrowser).`)).dismiss();
  await done;
  assert.equal(server.commandRequests('entra.getContext').length, 2, 'one at start, one for the menu');
});

test('escaping the menu runs nothing', async () => {
  const { status } = await startExtension({ context: ADELE });
  const before = server.requests.length;
  const done = run(status.command ?? '');
  (await ui.next('quickPick')).escape();
  await done;
  assert.equal(server.requests.length, before);
  assert.deepEqual(ui.executed.filter((e) => e.command.startsWith('entra.ui.') && e.command !== 'entra.ui.sessionMenu'), []);
});
