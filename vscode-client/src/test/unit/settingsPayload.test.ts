import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES, resolvePath, settingsPayload } from '../../settings/settingsPayload';

const reader = (values: Record<string, unknown>) => (key: string) => values[key];

test('defaults give empty docs paths, installed modules on, no severities, no session fields', () => {
  assert.deepEqual(settingsPayload(reader({})), {
    settings: { entra: { docs: { paths: [], installedModules: true, signatures: true }, diagnostics: { severity: {} }, session: {} } },
  });
});

test('every setting the server reads is mapped under settings.entra', () => {
  const payload = settingsPayload(reader({
    'docs.paths': ['/docs/a', 'rel/b', '${workspaceFolder}/c', '~/d', '/docs/a'],
    'docs.installedModules': false,
    'docs.signatures': false,
    'diagnostics.severity.unknown-parameter': 'error',
    'diagnostics.severity.retired-cmdlet': 'Hint',
    'diagnostics.severity.invalid-value': 'default',
    'diagnostics.severity.missing-mandatory': 'loud',
    'session.tenantId': ' contoso.onmicrosoft.com ',
    'session.clientId': '',
    'session.environment': 'USGov',
    'session.contextScope': 'Process',
    'session.redirectUri': 'http://localhost',
    'java.home': '/jdk',
    'server.vmargs': '-Xmx1g',
  }), { workspaceFolder: '/ws', home: '/home/u' });
  assert.deepEqual(payload.settings.entra, {
    docs: { paths: ['/docs/a', path.join('/ws', 'rel/b'), '/ws/c', path.join('/home/u', 'd')], installedModules: false, signatures: false },
    diagnostics: { severity: { 'unknown-parameter': 'error', 'retired-cmdlet': 'hint' } },
    session: { tenantId: 'contoso.onmicrosoft.com', environment: 'USGov', contextScope: 'Process', redirectUri: 'http://localhost' },
  });
});

test('wrong types fall back to defaults', () => {
  const payload = settingsPayload(reader({ 'docs.paths': 42, 'docs.installedModules': 'no', 'docs.signatures': 0,
    'session.contextScope': 'Everywhere' }));
  assert.deepEqual(payload.settings.entra.docs, { paths: [], installedModules: true, signatures: true });
  assert.deepEqual(payload.settings.entra.session, {});
});

test('a single docs path string is taken as a list', () => {
  assert.deepEqual(settingsPayload(reader({ 'docs.paths': '/one' })).settings.entra.docs.paths, ['/one']);
});

test('every diagnostic code can be set', () => {
  const values: Record<string, unknown> = {};
  for (const code of DIAGNOSTIC_CODES) values[`diagnostics.severity.${code}`] = 'off';
  const severity = settingsPayload(reader(values)).settings.entra.diagnostics.severity;
  assert.deepEqual(Object.keys(severity), [...DIAGNOSTIC_CODES]);
});

test('a relative path without a workspace stays relative (the server resolves it)', () => {
  assert.equal(resolvePath('docs', {}), 'docs');
});

test('entra.docs.signatures turns the bundled signature index off, and only a boolean does', () => {
  assert.equal(settingsPayload(reader({ 'docs.signatures': false })).settings.entra.docs.signatures, false);
  assert.equal(settingsPayload(reader({ 'docs.signatures': true })).settings.entra.docs.signatures, true);
  assert.equal(settingsPayload(reader({ 'docs.signatures': 'false' })).settings.entra.docs.signatures, true);
});
