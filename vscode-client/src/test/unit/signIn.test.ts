import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADELE, cleanUp, run, startExtension, until } from '../fakes/harness';
import { server } from '../fakes/languageClient';
import { ui } from '../fakes/vscode';

after(cleanUp);

const COPY = 'Copy code and open browser';
const INSTRUCTION = 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code '
  + 'FQK5HW3UF to authenticate.';

/** A server reply the test gives later. */
function deferred<T = unknown>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

/** Connect… with the given method, every box left empty and the Global cloud. */
async function connectWith(method: string): Promise<{ done: Promise<unknown> }> {
  const done = run('entra.ui.connect');
  (await ui.next('quickPick')).pick(method);
  for (;;) {
    const box = await ui.nextAny();
    if (box.kind === 'message') throw new Error(`unexpected message: ${box.text}`);
    if (box.kind === 'quickPick') {
      box.pick('Global');
      return { done }; // wrapped: awaiting connectWith must not wait for the command to end
    }
    await box.type('');
  }
}

const connectRequests = () => server.commandRequests('entra.connect');

/** Connect… with `method`, sent and waiting for the server's answer, which the test gives with `reply.resolve`. */
async function signingIn(method: string) {
  const reply = deferred();
  server.commands.set('entra.connect', () => reply.promise);
  const { done } = await connectWith(method);
  await until(() => connectRequests().length === 1, 'entra.connect');
  return { reply, done };
}

test('the client declares the entra/deviceCode notification to the server', async () => {
  await startExtension();
  assert.deepEqual(server.client.capabilities.experimental, { snippetTextEdit: true, entra: { deviceCodeNotification: true, fetchDocsCommand: 'entra.ui.fetchDocs' } });
});

test('device code: the notification shows the code; "Copy code and open browser" copies it and opens the page', async () => {
  const { status } = await startExtension();
  const { reply, done } = await signingIn('Device code');
  server.client.notify('entra/deviceCode', { userCode: 'FQK5HW3UF', verificationUri: 'https://microsoft.com/devicelogin', message: INSTRUCTION });
  const shown = await ui.message('FQK5HW3UF');
  assert.equal(shown.text, `Entra: ${INSTRUCTION}`);
  assert.deepEqual(shown.buttons, [COPY, 'Cancel']);
  assert.equal(ui.clipboard, '');
  shown.click(COPY);
  await until(() => ui.opened.length === 1, 'openExternal');
  assert.equal(ui.clipboard, 'FQK5HW3UF');
  assert.deepEqual(ui.opened, ['https://microsoft.com/devicelogin']);
  // shown once: a message cannot be closed and would outlive the sign-in (the progress notification keeps the code)
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(ui.prompts.filter((p) => p.kind === 'message' && p.text.includes('FQK5HW3UF')).length, 1);
  reply.resolve(ADELE);
  await done;
  assert.equal(status.text, 'Entra: adele@contoso.com · contoso.onmicrosoft.com · Global');
  assert.equal(connectRequests()[0].token?.isCancellationRequested, false);
});

test('device code without a message: the text names the page and the code', async () => {
  await startExtension();
  server.client.notify('entra/deviceCode', { userCode: 'ABCD-1234', verificationUri: 'https://login.example/device' });
  const shown = await ui.message('ABCD-1234');
  assert.equal(shown.text, 'Entra: To sign in, open https://login.example/device and enter the code ABCD-1234.');
  shown.click(COPY);
  await until(() => ui.opened.length === 1, 'openExternal');
  assert.equal(ui.clipboard, 'ABCD-1234');
  assert.deepEqual(ui.opened, ['https://login.example/device']);
});

test('Cancel on a device-code prompt that outlived its sign-in does not cancel a later one', async () => {
  await startExtension();
  const first = await signingIn('Device code');
  server.client.notify('entra/deviceCode', { userCode: 'OLDCODE11', verificationUri: 'https://microsoft.com/devicelogin' });
  const stale = await ui.message('OLDCODE11');
  first.reply.resolve(ADELE);
  await first.done;
  (await ui.message('Entra: connected: adele')).dismiss();
  const second = await signingIn('Device code');
  await until(() => connectRequests().length === 2, 'the second entra.connect');
  stale.click('Cancel');
  await ui.settle();
  assert.equal(connectRequests()[1].token?.isCancellationRequested, false);
  second.reply.resolve(ADELE);
  await second.done;
});

test('Cancel on the device-code notification cancels the sign-in request', async () => {
  const { status } = await startExtension();
  server.commands.set('entra.connect', () => new Promise(() => undefined));
  const { done } = await connectWith('Device code');
  await until(() => connectRequests().length === 1, 'entra.connect');
  server.client.notify('entra/deviceCode', { userCode: 'FQK5HW3UF', verificationUri: 'https://microsoft.com/devicelogin' });
  (await ui.message('FQK5HW3UF')).click('Cancel');
  await done;
  assert.equal(connectRequests()[0].token?.isCancellationRequested, true);
  await ui.message('Entra: sign-in cancelled.');
  assert.equal(status.text, 'Entra: Not connected');
  assert.deepEqual(ui.opened, []);
});

test('a device-code message request (server without the notification) gets the copy button before the server\'s own', async () => {
  await startExtension();
  const answer = server.client.request('window/showMessageRequest',
    { type: 3, message: INSTRUCTION, actions: [{ title: 'Open browser' }, { title: 'Cancel' }] });
  const shown = await ui.message(INSTRUCTION);
  assert.deepEqual(shown.buttons, [COPY, 'Open browser', 'Cancel']);
  shown.click(COPY);
  await until(() => ui.opened.length === 1, 'openExternal');
  assert.equal(ui.clipboard, 'FQK5HW3UF');
  assert.deepEqual(ui.opened, ['https://microsoft.com/devicelogin']);
  // shown again so that the server's Cancel stays reachable; the server gets the action it offered
  (await ui.message(INSTRUCTION)).click('Cancel');
  assert.deepEqual(await answer, { title: 'Cancel' });
});

test('other message requests are shown as they are, with their severity', async () => {
  await startExtension();
  const answer = server.client.request('window/showMessageRequest',
    { type: 2, message: 'The saved session has expired. Sign in again?', actions: [{ title: 'Sign In' }] });
  const shown = await ui.message('The saved session has expired');
  assert.equal(shown.severity, 'warning');
  assert.deepEqual(shown.buttons, ['Sign In']);
  shown.dismiss();
  assert.equal(await answer, null);
});

test('interactive sign-in: no sign-in within 10 s offers device code; accepting cancels the browser and starts device code',
  async (t) => {
    const { status } = await startExtension();
    t.mock.timers.enable({ apis: ['setTimeout'] });
    server.commands.set('entra.connect', (args) => ((args[0] as { flow: string }).flow === 'interactive'
      ? new Promise(() => undefined) // the browser sign-in never comes back on its own
      : ADELE));
    const done = run('entra.ui.connect');
    (await ui.next('quickPick')).pick('Interactive browser');
    await (await ui.next('inputBox')).type(' contoso.onmicrosoft.com ');
    await (await ui.next('inputBox')).type('');
    await (await ui.next('inputBox')).type('User.Read.All');
    (await ui.next('quickPick')).pick('USGov');
    await until(() => connectRequests().length === 1, 'entra.connect');
    t.mock.timers.tick(9_999);
    await ui.settle();
    assert.equal(ui.messages().length, 0, 'nothing offered before 10 s');
    t.mock.timers.tick(1);
    const offer = await ui.message('no sign-in from the browser yet');
    assert.equal(offer.text, 'Entra: no sign-in from the browser yet. Sign in with a device code instead?');
    assert.deepEqual(offer.buttons, ['Use Device Code', 'Keep Waiting']);
    offer.click('Use Device Code');
    await done;
    const [browser, device] = connectRequests();
    assert.equal(browser.token?.isCancellationRequested, true, 'the browser sign-in request is cancelled');
    assert.deepEqual(device.params.arguments,
      [{ flow: 'deviceCode', tenantId: 'contoso.onmicrosoft.com', scopes: ['User.Read.All'], environment: 'USGov' }]);
    assert.deepEqual(ui.progress.map((p) => p.options.title),
      ['Entra: signing in (Interactive browser)…', 'Entra: signing in (Device code)…']);
    assert.equal(status.text, 'Entra: adele@contoso.com · contoso.onmicrosoft.com · Global');
    assert.equal(ui.messages().filter((m) => m.text === 'Entra: sign-in cancelled.').length, 0);
  });

test('interactive sign-in: "Keep Waiting" leaves the browser sign-in running', async (t) => {
  await startExtension();
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { reply, done } = await signingIn('Interactive browser');
  t.mock.timers.tick(10_000);
  (await ui.message('no sign-in from the browser yet')).click('Keep Waiting');
  await ui.settle();
  assert.equal(connectRequests()[0].token?.isCancellationRequested, false);
  reply.resolve(ADELE);
  await done;
  assert.equal(connectRequests().length, 1);
  await ui.message('Entra: connected: adele@contoso.com');
});

test('interactive sign-in that finishes within 10 s offers nothing', async (t) => {
  await startExtension();
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { reply, done } = await signingIn('Interactive browser');
  t.mock.timers.tick(9_000);
  reply.resolve(ADELE);
  await done;
  t.mock.timers.tick(60_000);
  await ui.settle();
  assert.deepEqual(ui.messages().map((m) => m.text), ['Entra: connected: adele@contoso.com · contoso.onmicrosoft.com · Global.']);
});

test('other sign-in methods never offer device code, however long they take', async (t) => {
  await startExtension();
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { reply, done } = await signingIn('Managed identity');
  t.mock.timers.tick(120_000);
  await ui.settle();
  assert.equal(ui.messages().length, 0);
  reply.resolve(ADELE);
  await done;
});

test('Cancel on the progress notification cancels the request at once and says so', async () => {
  const { status, secrets } = await startExtension();
  server.commands.set('entra.connect', () => new Promise(() => undefined));
  const done = run('entra.ui.connect');
  (await ui.next('quickPick')).pick('Client secret');
  await (await ui.next('inputBox')).type('contoso.onmicrosoft.com');
  await (await ui.next('inputBox')).type('11111111-2222-3333-4444-555555555555');
  await (await ui.next('inputBox')).type('the-secret');
  (await ui.next('quickPick')).pick('Global');
  await until(() => ui.progress.length === 1 && connectRequests().length === 1, 'the sign-in notification');
  const progress = ui.progress[0];
  assert.equal(progress.options.title, 'Entra: signing in (Client secret)…');
  assert.equal(progress.options.cancellable, true);
  const token = connectRequests()[0].token;
  assert.ok(token, 'the request carries a cancellation token');
  assert.equal(token.isCancellationRequested, false);
  progress.cancel();
  await done;
  assert.equal(token.isCancellationRequested, true, 'the token given to sendRequest is cancelled ($/cancelRequest)');
  assert.equal(progress.done, true);
  assert.deepEqual(ui.messages().map((m) => m.text), ['Entra: sign-in cancelled.']);
  assert.equal(status.text, 'Entra: Not connected');
  assert.deepEqual(secrets.stored, []);
});

test('the server\'s progress steps show in the sign-in notification', async () => {
  await startExtension();
  const { reply, done } = await signingIn('Interactive browser');
  const workDoneToken = connectRequests()[0].params.workDoneToken;
  assert.ok(workDoneToken);
  assert.ok(server.client.progress(workDoneToken, { kind: 'report', message: 'Waiting for the sign-in in the browser...' }));
  assert.deepEqual(ui.progress[0].reports, ['Waiting for the sign-in in the browser...']);
  reply.resolve(ADELE);
  await done;
});

test('a second Connect… while one is signing in is refused with a message', async () => {
  await startExtension();
  server.commands.set('entra.connect', () => new Promise(() => undefined));
  const { done: first } = await connectWith('Device code');
  await until(() => connectRequests().length === 1, 'entra.connect');
  const { done: second } = await connectWith('Device code');
  await second;
  assert.equal((await ui.next('message')).text, 'Entra: Another sign-in is in progress; cancel it first.');
  assert.equal(connectRequests().length, 1);
  ui.progress[0].cancel();
  await first;
});
