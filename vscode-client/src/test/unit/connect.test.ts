import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { ADELE, APP, cleanUp, run, startExtension, until } from '../fakes/harness';
import { server } from '../fakes/languageClient';
import { FakeSecretStorage, ui } from '../fakes/vscode';

after(cleanUp);

const SIGN_IN_METHODS = ['Interactive browser', 'Device code', 'Client secret', 'Client certificate', 'Managed identity',
  'Access token', 'Environment variables'];

/** One step of the Connect dialogue: an input box (its title ends with `box`) or the cloud quick pick. */
type Step = { box: string; type: string; password?: boolean } | { cloud: string };

interface FlowCase {
  readonly label: string;
  readonly steps: readonly Step[];
  /** The `entra.connect` argument the server must get. */
  readonly request: Record<string, unknown>;
}

const TENANT = 'contoso.onmicrosoft.com';
const APP_ID = '11111111-2222-3333-4444-555555555555';

const CASES: readonly FlowCase[] = [
  {
    label: 'Interactive browser',
    steps: [{ box: 'Tenant', type: TENANT }, { box: 'Client id', type: '' }, { box: 'Scopes', type: 'User.Read.All, Group.Read.All' },
      { cloud: 'USGov' }],
    request: { flow: 'interactive', tenantId: TENANT, scopes: ['User.Read.All', 'Group.Read.All'], environment: 'USGov' },
  },
  {
    label: 'Device code',
    steps: [{ box: 'Tenant', type: '' }, { box: 'Client id', type: APP_ID }, { box: 'Scopes', type: 'User.Read.All Mail.Read' },
      { cloud: 'Global' }],
    request: { flow: 'deviceCode', clientId: APP_ID, scopes: ['User.Read.All', 'Mail.Read'], environment: 'Global' },
  },
  {
    label: 'Client secret',
    steps: [{ box: 'Tenant', type: TENANT }, { box: 'Client id', type: APP_ID },
      { box: 'Client secret', type: ' s3cr3t~value ', password: true }, { cloud: 'China' }],
    request: { flow: 'clientSecret', tenantId: TENANT, clientId: APP_ID, clientSecret: ' s3cr3t~value ', environment: 'China' },
  },
  {
    label: 'Client certificate',
    steps: [{ box: 'Tenant', type: TENANT }, { box: 'Client id', type: APP_ID }, { box: 'Certificate', type: '/certs/app.pfx' },
      { box: 'Certificate password', type: 'pfx-pass', password: true }, { cloud: 'USGovDoD' }],
    request: { flow: 'clientCertificate', tenantId: TENANT, clientId: APP_ID, certificatePath: '/certs/app.pfx',
      certificatePassword: 'pfx-pass', environment: 'USGovDoD' },
  },
  {
    label: 'Managed identity',
    steps: [{ box: 'Managed identity', type: 'aaaa-bbbb' }, { cloud: 'Global' }],
    request: { flow: 'managedIdentity', managedIdentityClientId: 'aaaa-bbbb', environment: 'Global' },
  },
  {
    label: 'Access token',
    steps: [{ box: 'Access token', type: 'eyJ0eXAiOiJKV1Qi.token', password: true }, { cloud: 'Global' }],
    request: { flow: 'accessToken', accessToken: 'eyJ0eXAiOiJKV1Qi.token', environment: 'Global' },
  },
  {
    label: 'Environment variables',
    steps: [{ cloud: 'Global' }],
    request: { flow: 'environmentVariable', environment: 'Global' },
  },
];

/** Answers the dialogue of `flowCase` up to (not including) step `escapeAt`, where it presses Escape. */
async function answerDialog(flowCase: FlowCase, escapeAt = -1): Promise<void> {
  const methods = await ui.next('quickPick');
  assert.deepEqual(methods.labels, SIGN_IN_METHODS);
  if (escapeAt === 0) return methods.escape();
  methods.pick(flowCase.label);
  for (const [i, step] of flowCase.steps.entries()) {
    const n = `${i + 1}/${flowCase.steps.length}`;
    if ('cloud' in step) {
      const clouds = await ui.next('quickPick');
      assert.equal(clouds.options.title, `Entra: Connect (${flowCase.label}, ${n}): Cloud`);
      assert.deepEqual([...clouds.labels].sort(), ['China', 'Global', 'USGov', 'USGovDoD']);
      if (escapeAt === i + 1) return clouds.escape();
      clouds.pick(step.cloud);
    } else {
      const box = await ui.next('inputBox');
      assert.equal(box.options.title, `Entra: Connect (${flowCase.label}, ${n}): ${step.box}`);
      assert.equal(box.options.password, step.password ?? false, `${step.box}: password box`);
      if (escapeAt === i + 1) return box.escape();
      await box.type(step.type);
    }
  }
}

for (const flowCase of CASES) {
  test(`Connect… with "${flowCase.label}" asks its boxes in order and sends its entra.connect request`, async () => {
    const { status } = await startExtension();
    server.commands.set('entra.connect', () => APP);
    const done = run('entra.ui.connect');
    await answerDialog(flowCase);
    await ui.message('Entra: connected: Contoso Automation · contoso.onmicrosoft.com · Global.');
    const sent = server.commandRequests('entra.connect');
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0].params.arguments, [flowCase.request]);
    assert.equal(status.text, 'Entra: Contoso Automation · contoso.onmicrosoft.com · Global');
    if (flowCase.steps.some((s) => 'password' in s)) (await ui.message('Entra: save the')).dismiss();
    await done;
  });
}

test('the quick pick of sign-in methods explains each one', async () => {
  await startExtension();
  const done = run('entra.ui.connect');
  const methods = await ui.next('quickPick');
  assert.equal(methods.options.title, 'Entra: Connect');
  assert.ok(methods.items.every((i) => typeof i.detail === 'string' && i.detail.length > 10), 'every method has a detail line');
  methods.escape();
  await done;
});

test('Escape at any step of any method sends nothing and stores nothing', async () => {
  for (const flowCase of CASES) {
    for (let step = 0; step <= flowCase.steps.length; step++) {
      const { secrets } = await startExtension();
      const done = run('entra.ui.connect');
      await answerDialog(flowCase, step);
      await done;
      assert.deepEqual(server.commandRequests('entra.connect'), [], `${flowCase.label}, Escape at step ${step}`);
      assert.deepEqual(secrets.stored, []);
      assert.deepEqual(ui.progress, [], 'no sign-in notification');
    }
  }
});

test('tenant and client id boxes start with the entra.session settings; the setting\'s cloud is offered first', async () => {
  await startExtension({ settings: {
    'entra.session.tenantId': 'fabrikam.com', 'entra.session.clientId': APP_ID, 'entra.session.environment': 'USGov',
    'entra.session.contextScope': 'Process',
  } });
  server.commands.set('entra.connect', () => ADELE);
  const done = run('entra.ui.connect');
  (await ui.next('quickPick')).pick('Device code');
  const tenant = await ui.next('inputBox');
  assert.equal(tenant.options.value, 'fabrikam.com');
  await tenant.type('fabrikam.com');
  const client = await ui.next('inputBox');
  assert.equal(client.options.value, APP_ID);
  await client.type(APP_ID);
  await (await ui.next('inputBox')).type('');
  const clouds = await ui.next('quickPick');
  assert.equal(clouds.labels[0], 'USGov');
  clouds.pick('USGov');
  await done;
  assert.deepEqual(server.commandRequests('entra.connect')[0].params.arguments,
    [{ flow: 'deviceCode', tenantId: 'fabrikam.com', clientId: APP_ID, environment: 'USGov', contextScope: 'Process' }]);
});

test('required boxes refuse empty text (client secret: tenant, client id and secret)', async () => {
  await startExtension();
  const done = run('entra.ui.connect');
  (await ui.next('quickPick')).pick('Client secret');
  const tenant = await ui.next('inputBox');
  await assert.rejects(tenant.type('  '), /Tenant is required for Client secret/);
  await tenant.type(TENANT);
  await (await ui.next('inputBox')).type(APP_ID);
  const secret = await ui.next('inputBox');
  await assert.rejects(secret.type(''), /Client secret is required/);
  secret.escape();
  await done;
});

/** Connect… with a client secret, typed or taken from storage; resolves when the command has finished. */
async function connectWithSecret(how: { typed?: string; useSaved?: boolean }): Promise<void> {
  const done = run('entra.ui.connect');
  (await ui.next('quickPick')).pick('Client secret');
  await (await ui.next('inputBox')).type(TENANT);
  await (await ui.next('inputBox')).type(APP_ID);
  if (how.useSaved !== undefined) {
    const saved = await ui.next('quickPick');
    assert.deepEqual(saved.labels, ['Use the saved client secret', 'Enter another client secret']);
    saved.pick(how.useSaved ? 'Use the saved client secret' : 'Enter another client secret');
  }
  if (how.typed !== undefined) {
    const box = await ui.next('inputBox');
    assert.equal(box.options.password, true);
    await box.type(how.typed);
  }
  (await ui.next('quickPick')).pick('Global');
  await until(() => server.commandRequests('entra.connect').length > 0 || ui.messages('error').length > 0, 'entra.connect');
  return done.then(() => undefined);
}

test('a typed secret is saved in SecretStorage only when the user says Save, and is offered next time', async () => {
  const { secrets } = await startExtension();
  server.commands.set('entra.connect', () => APP);
  const first = connectWithSecret({ typed: 'first-secret' });
  await ui.message('Entra: connected');
  const offer = await ui.message('save the client secret in VS Code\'s secret storage');
  assert.deepEqual(offer.buttons, ['Save', 'Don\'t Save']);
  offer.click('Save');
  await first;
  assert.deepEqual(secrets.stored.map((s) => s.value), ['first-secret']);

  // a new window with the same SecretStorage: the saved secret is offered and sent without a password box
  await startExtension({ secrets });
  server.commands.set('entra.connect', () => APP);
  await connectWithSecret({ useSaved: true });
  assert.deepEqual(server.commandRequests('entra.connect')[0].params.arguments,
    [{ flow: 'clientSecret', tenantId: TENANT, clientId: APP_ID, clientSecret: 'first-secret', environment: 'Global' }]);
  assert.equal(ui.prompts.filter((p) => p.kind === 'inputBox' && p.options.password).length, 0, 'no password box');
  await ui.settle();
  assert.equal(ui.messages().filter((m) => m.text.includes('save the')).length, 0, 'nothing new to save');
  assert.equal(secrets.stored.length, 1);
});

test('"Enter another" asks for a new secret in a password box and sends that one', async () => {
  const secrets = new FakeSecretStorage();
  await startExtension({ secrets });
  server.commands.set('entra.connect', () => APP);
  const first = connectWithSecret({ typed: 'old-secret' });
  (await ui.message('save the client secret')).click('Save');
  await first;
  await startExtension({ secrets });
  server.commands.set('entra.connect', () => APP);
  const second = connectWithSecret({ useSaved: false, typed: 'new-secret' });
  (await ui.message('save the client secret')).click('Save');
  await second;
  assert.equal((server.commandRequests('entra.connect')[0].params.arguments?.[0] as Record<string, unknown>).clientSecret, 'new-secret');
  assert.deepEqual([...secrets.values.values()], ['new-secret']);
});

test('a secret is not stored when the user says Don\'t Save or closes the question', async () => {
  for (const answer of ['Don\'t Save', undefined]) {
    const { secrets } = await startExtension();
    server.commands.set('entra.connect', () => APP);
    const done = connectWithSecret({ typed: 'typed-secret' });
    const offer = await ui.message('save the client secret');
    if (answer) offer.click(answer);
    else offer.dismiss();
    await done;
    assert.deepEqual(secrets.stored, [], String(answer));
  }
});

test('a failed sign-in stores nothing and asks nothing about saving; the error is shown', async () => {
  const { secrets, status } = await startExtension();
  server.commands.set('entra.connect', () => {
    throw new ResponseError(-32803, 'AADSTS7000215: Invalid client secret provided.');
  });
  await connectWithSecret({ typed: 'wrong-secret' });
  const error = await ui.next('message');
  assert.equal(error.severity, 'error');
  assert.equal(error.text, 'Entra: AADSTS7000215: Invalid client secret provided.');
  await ui.settle();
  assert.equal(ui.messages().filter((m) => m.text.includes('save the')).length, 0);
  assert.deepEqual(secrets.stored, []);
  assert.equal(status.text, 'Entra: Not connected');
});

test('no secret typed (interactive sign-in) means no save question', async () => {
  const { secrets } = await startExtension();
  server.commands.set('entra.connect', () => ADELE);
  const done = run('entra.ui.connect');
  await answerDialog(CASES[0]);
  await done;
  await ui.settle();
  assert.deepEqual(ui.messages().map((m) => m.text), ['Entra: connected: adele@contoso.com · contoso.onmicrosoft.com · Global.']);
  assert.deepEqual(secrets.stored, []);
});
