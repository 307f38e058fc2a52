import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { asContext, principal } from '../../session/context';

// One rule for "who is signed in", pinned in one file that the server's EntraContextTest reads too.
const root = path.resolve(__dirname, '..', '..', '..', '..');
const cases: { context: Record<string, string>; who: string }[] = JSON.parse(
  fs.readFileSync(path.join(root, 'server', 'src', 'test', 'resources', 'session', 'principal-cases.json'), 'utf8'));

test('who is signed in follows the cases the server shares', () => {
  assert.equal(cases.length, 5);
  for (const c of cases) {
    const ctx = asContext(c.context);
    assert.ok(ctx, JSON.stringify(c.context));
    assert.equal(principal(ctx), c.who, JSON.stringify(c.context));
  }
});
