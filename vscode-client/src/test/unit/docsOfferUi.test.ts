import { after, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanUp, startExtension, until } from '../fakes/harness';
import { FakeMemento } from '../fakes/extensionContext';
import { server } from '../fakes/languageClient';
import { ui } from '../fakes/vscode';
import { DONT_ASK_KEY, resetSession } from '../../commands/docsOffer';

after(cleanUp);
beforeEach(() => resetSession()); // each startExtension is a new window

const NO_DOCS = { 'entra.docsStatus': () => ({ entraPages: 0, signatureOnly: 597, commands: 602 }) };
const OFFER = 'Download the Entra reference docs';

test('activation with no Entra docs: the offer shows; Download opens the docs download (its channel pick)', async () => {
  await startExtension({ commands: NO_DOCS });
  const offer = await ui.message(OFFER);
  assert.equal(offer.severity, 'info');
  assert.deepEqual(offer.buttons, ['Download', 'Not now', 'Don\'t ask again']);
  offer.click('Download');
  const pick = await ui.next('quickPick');
  assert.deepEqual(pick.labels, ['v1.0', 'beta']);
  pick.escape();
  assert.equal(server.commandRequests('entra.docsStatus').length, 1);
});

test('"Don\'t ask again" is kept in globalState: the next window asks nothing', async () => {
  const globalState = new FakeMemento();
  await startExtension({ commands: NO_DOCS, globalState });
  (await ui.message(OFFER)).click('Don\'t ask again');
  await until(() => globalState.get(DONT_ASK_KEY) === true, 'the answer to be remembered');
  resetSession();
  await startExtension({ commands: NO_DOCS, globalState });
  await until(() => ui.outputs.some((o) => o.lines.some((l) => l.includes('Docs offer: declined-before'))), 'the offer to be skipped');
  assert.equal(ui.messages().filter((m) => m.text.includes(OFFER)).length, 0);
});

test('"Not now": no download; the next window asks again', async () => {
  const globalState = new FakeMemento();
  await startExtension({ commands: NO_DOCS, globalState });
  (await ui.message(OFFER)).click('Not now');
  await until(() => ui.outputs.some((o) => o.lines.some((l) => l.includes('Docs offer: not-now'))), 'the answer');
  assert.equal(ui.prompts.filter((p) => p.kind === 'quickPick').length, 0, 'nothing downloaded');
  resetSession();
  await startExtension({ commands: NO_DOCS, globalState });
  await ui.message(OFFER);
});

test('Entra docs present: no offer', async () => {
  await startExtension({ commands: { 'entra.docsStatus': () => ({ entraPages: 602, signatureOnly: 0, commands: 602 }) } });
  await until(() => ui.outputs.some((o) => o.lines.some((l) => l.includes('Docs offer: docs-present'))), 'the status to be read');
  assert.equal(ui.messages().length, 0);
});
