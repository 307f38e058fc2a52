import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asContext, formatList, statusText, summary } from '../../session/context';
import { parseDeviceCode } from '../../session/deviceCode';
import { helpMarkdown } from '../../client/protocol';
import { connectRequest, FLOWS, secretKey, splitScopes } from '../../session/flows';

const delegated = {
  ClientId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', TenantId: 'b0a1c2d3-0000-4000-8000-000000000001',
  Scopes: ['User.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Application.Read.All', 'AuditLog.Read.All'],
  AuthType: 'Delegated', TokenCredentialType: 'InteractiveBrowser', CertificateThumbprint: '', CertificateSubjectName: '',
  Account: 'adele@contoso.com', AppName: 'Microsoft Graph Command Line Tools', ContextScope: 'CurrentUser',
  Certificate: '', PSHostVersion: 'entra-ls 0.1.0', ManagedIdentityId: '', ClientSecret: '', Environment: 'Global',
};

test('status bar shows account, tenant and cloud, or Not connected', () => {
  assert.equal(statusText(delegated), 'Entra: adele@contoso.com · b0a1c2d3-0000-4000-8000-000000000001 · Global');
  assert.equal(statusText(null), 'Entra: Not connected');
});

test('an app-only context shows the application name, then the client id', () => {
  assert.equal(summary({ ...delegated, Account: '', Environment: 'USGov' }),
    'Microsoft Graph Command Line Tools · b0a1c2d3-0000-4000-8000-000000000001 · USGov');
  assert.equal(summary({ ClientId: 'app-id', TenantId: 't', Environment: '' }), 'app-id · t · Global');
});

test('only objects with a tenant or client id are contexts', () => {
  assert.equal(asContext(null), null);
  assert.equal(asContext('x'), null);
  assert.equal(asContext([]), null);
  assert.equal(asContext({}), null);
  assert.equal(asContext(delegated), delegated);
});

test('the field list is aligned like Format-List with four scopes then dots', () => {
  const lines = formatList(delegated).split('\n');
  assert.equal(lines[0], 'ClientId               : 14d82eec-204b-4c2f-b7e8-296a70dab67e');
  assert.equal(lines[2], 'Scopes                 : {User.Read.All, Group.Read.All, Directory.Read.All, Application.Read.All...}');
  assert.equal(lines[5], 'CertificateThumbprint  :');
  assert.equal(lines.length, 16);
});

test('connect request carries the flow and non-empty answers; scopes become a list', () => {
  assert.deepEqual(connectRequest('interactive', {
    tenantId: ' contoso.onmicrosoft.com ', clientId: '', scopes: 'User.Read.All, Group.Read.All  Mail.Read', environment: 'Global',
  }, 'Process'), {
    flow: 'interactive', tenantId: 'contoso.onmicrosoft.com', scopes: ['User.Read.All', 'Group.Read.All', 'Mail.Read'],
    environment: 'Global', contextScope: 'Process',
  });
});

test('secrets are passed exactly as typed', () => {
  assert.deepEqual(connectRequest('clientSecret', { tenantId: 't', clientId: 'c', clientSecret: ' s3cret ' }),
    { flow: 'clientSecret', tenantId: 't', clientId: 'c', clientSecret: ' s3cret ' });
});

test('every flow is one the server parses and asks only for ConnectRequest fields', () => {
  const serverFields = new Set(['tenantId', 'clientId', 'scopes', 'environment', 'contextScope', 'certificatePath',
    'certificatePassword', 'clientSecret', 'managedIdentityClientId', 'accessToken']);
  assert.deepEqual(FLOWS.map((f) => f.id), ['interactive', 'deviceCode', 'clientSecret', 'clientCertificate',
    'managedIdentity', 'accessToken', 'environmentVariable']);
  for (const flow of FLOWS) {
    for (const field of flow.fields) assert.ok(serverFields.has(field), `${flow.id}: ${field}`);
    for (const field of flow.required) assert.ok(flow.fields.includes(field), `${flow.id}: required ${field} is asked`);
  }
});

test('scopes split on commas and spaces', () => {
  assert.deepEqual(splitScopes(' a,b ,, c  d '), ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitScopes(''), []);
});

test('saved secrets are keyed by flow, field, tenant and client, ignoring case', () => {
  assert.equal(secretKey('clientSecret', 'clientSecret', { tenantId: 'Contoso.com', clientId: 'ABC' }),
    secretKey('clientSecret', 'clientSecret', { tenantId: 'contoso.com ', clientId: 'abc' }));
  assert.notEqual(secretKey('clientSecret', 'clientSecret', { tenantId: 'a', clientId: 'c' }),
    secretKey('clientSecret', 'clientSecret', { tenantId: 'b', clientId: 'c' }));
});

test('the identity platform device-code instruction gives the code and the page', () => {
  assert.deepEqual(parseDeviceCode('To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code FQK5HW3UF to authenticate.'),
    { userCode: 'FQK5HW3UF', verificationUri: 'https://microsoft.com/devicelogin' });
  assert.deepEqual(parseDeviceCode('Open https://127.0.0.1:8443/device. Code ABCD-1234'),
    { userCode: 'ABCD-1234', verificationUri: 'https://127.0.0.1:8443/device' });
  assert.equal(parseDeviceCode('Sign-in failed: see https://aka.ms/x'), undefined);
  assert.equal(parseDeviceCode('enter the code ABCDEFG'), undefined);
});

test('show-help results are Markdown strings or objects holding one; blank or other shapes are nothing', () => {
  assert.equal(helpMarkdown('# Get-EntraUser'), '# Get-EntraUser');
  assert.equal(helpMarkdown({ markdown: '# A' }), '# A');
  assert.equal(helpMarkdown({ value: '# B' }), '# B');
  assert.equal(helpMarkdown('  '), undefined);
  assert.equal(helpMarkdown(null), undefined);
  assert.equal(helpMarkdown({ kind: 'markdown' }), undefined);
  assert.equal(helpMarkdown(42), undefined);
});

test('a context never carries a secret value: secret-named fields are emptied, the server\'s object is left alone', () => {
  const sent = { ...delegated, ClientSecret: 's3cret', CertificatePassword: 'pw', AccessToken: 'eyJ' };
  const ctx = asContext(sent);
  assert.deepEqual([ctx?.ClientSecret, ctx?.CertificatePassword, ctx?.AccessToken], ['', '', '']);
  assert.equal(ctx?.TokenCredentialType, 'InteractiveBrowser');
  assert.equal(sent.ClientSecret, 's3cret');
  assert.doesNotMatch(formatList(ctx!), /s3cret|eyJ/);
});
