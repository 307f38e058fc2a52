import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { DONT_ASK, DONT_ASK_KEY, DOWNLOAD, DocsOfferDeps, NOT_NOW, offerDocs, resetSession } from '../../commands/docsOffer';
import { FakeMemento } from '../fakes/extensionContext';

interface Recorded { asked: string[][]; downloads: number; deps: DocsOfferDeps; state: FakeMemento }

/** Deps whose server reports `status` and whose user answers `answer` (undefined: dismissed). */
function deps(status: unknown, answer: string | undefined, state = new FakeMemento()): Recorded {
  const r: Recorded = { asked: [], downloads: 0, state, deps: undefined as unknown as DocsOfferDeps };
  r.deps = {
    docsStatus: async () => {
      if (status instanceof Error) throw status;
      return status;
    },
    state,
    ask: async (text, ...buttons) => {
      r.asked.push([text, ...buttons]);
      return answer;
    },
    download: async () => {
      r.downloads++;
    },
  };
  return r;
}

const NONE = { entraPages: 0, signatureOnly: 597, commands: 602 };

beforeEach(() => resetSession());

test('no Entra docs: the offer names the three answers; Download runs the download command', async () => {
  const r = deps(NONE, DOWNLOAD);
  assert.equal(await offerDocs(r.deps), 'download');
  assert.equal(r.asked.length, 1);
  assert.match(r.asked[0][0], /Download the Entra reference docs/);
  assert.deepEqual(r.asked[0].slice(1), ['Download', 'Not now', 'Don\'t ask again']);
  assert.equal(r.downloads, 1);
  assert.equal(r.state.get(DONT_ASK_KEY), undefined);
});

test('"Not now": nothing downloaded, not asked again this session, asked again in the next one', async () => {
  const state = new FakeMemento();
  const first = deps(NONE, NOT_NOW, state);
  assert.equal(await offerDocs(first.deps), 'not-now');
  assert.equal(first.downloads, 0);
  assert.equal(await offerDocs(first.deps), 'already-offered');
  assert.equal(first.asked.length, 1, 'never more than once per session');
  resetSession(); // a new window
  const next = deps(NONE, NOT_NOW, state);
  assert.equal(await offerDocs(next.deps), 'not-now');
  assert.equal(next.asked.length, 1);
});

test('"Don\'t ask again" is remembered in globalState: the next sessions do not ask', async () => {
  const state = new FakeMemento();
  const first = deps(NONE, DONT_ASK, state);
  assert.equal(await offerDocs(first.deps), 'dont-ask');
  assert.equal(state.get(DONT_ASK_KEY), true);
  assert.equal(first.downloads, 0);
  resetSession();
  const next = deps(NONE, DOWNLOAD, state);
  assert.equal(await offerDocs(next.deps), 'declined-before');
  assert.equal(next.asked.length, 0);
});

test('a dismissed offer counts as asked for this session only', async () => {
  const r = deps(NONE, undefined);
  assert.equal(await offerDocs(r.deps), 'dismissed');
  assert.equal(await offerDocs(r.deps), 'already-offered');
  assert.equal(r.state.get(DONT_ASK_KEY), undefined);
  assert.equal(r.downloads, 0);
});

test('docs present: no offer', async () => {
  const r = deps({ entraPages: 612, signatureOnly: 0, commands: 612 }, DOWNLOAD);
  assert.equal(await offerDocs(r.deps), 'docs-present');
  assert.equal(r.asked.length, 0);
  assert.equal(r.downloads, 0);
});

test('a server without entra.docsStatus (an error) or an odd answer: no offer', async () => {
  const failing = deps(new Error('Unhandled method'), DOWNLOAD);
  assert.equal(await offerDocs(failing.deps), 'unknown');
  const odd = deps({ pages: 3 }, DOWNLOAD);
  assert.equal(await offerDocs(odd.deps), 'unknown');
  assert.equal(failing.asked.length + odd.asked.length, 0);
});
