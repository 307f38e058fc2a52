import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER_COMMANDS } from '../../client/protocol';
import { CLIENT_COMMANDS, Command, SERVER_READY_KEY } from '../../commands/ids';
import { DIAGNOSTIC_CODES } from '../../settings/settingsPayload';

// out/test/unit → the extension folder
const root = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributed: { command: string; title: string; category: string }[] = pkg.contributes.commands;
const palette: { command: string; when: string }[] = pkg.contributes.menus.commandPalette;

test('package.json contributes exactly the client commands and the server commands', () => {
  assert.deepEqual(contributed.map((c) => c.command).sort(), [...CLIENT_COMMANDS, ...SERVER_COMMANDS].sort());
});

test('every command is in the Entra category and the palette titles are the issue\'s', () => {
  for (const c of contributed) assert.equal(c.category, 'Entra', c.command);
  const title = (id: string) => contributed.find((c) => c.command === id)?.title;
  assert.equal(title(Command.connect), 'Connect…');
  assert.equal(title(Command.disconnect), 'Disconnect');
  assert.equal(title(Command.showContext), 'Show Context');
  assert.equal(title(Command.showHelp), 'Show Help for Cmdlet');
  assert.equal(title(Command.fixAllRetired), 'Fix All Retired AzureAD Cmdlets in File');
  assert.equal(title(Command.restartServer), 'Restart Server');
  assert.equal(title(Command.showServerOutput), 'Show Server Output');
});

test('server-facing palette entries wait for the server; raw server commands are hidden', () => {
  const when = (id: string) => palette.find((p) => p.command === id)?.when;
  for (const id of [Command.connect, Command.disconnect, Command.showContext, Command.showHelp, Command.fixAllRetired,
    Command.fetchDocs]) {
    assert.match(when(id) ?? '', new RegExp(`\\b${SERVER_READY_KEY.replace('.', '\\.')}\\b`), id);
  }
  for (const id of SERVER_COMMANDS) assert.equal(when(id), 'false', id);
  assert.equal(when(Command.restartServer), undefined, 'Restart Server must work when the server is down');
});

test('Show Help for Cmdlet is in the editor context menu of PowerShell files once the server is ready', () => {
  const entries: { command: string; when?: string }[] = pkg.contributes.menus['editor/context'] ?? [];
  assert.deepEqual(entries.map((e) => e.command), [Command.showHelp]);
  const when = entries[0].when ?? '';
  assert.match(when, new RegExp(`\\b${SERVER_READY_KEY.replace('.', '\\.')}\\b`));
  assert.match(when, /\beditorLangId == powershell\b/);
});

test('palette and menu conditions use only the extension\'s own context key and VS Code\'s', () => {
  const whens = [...palette, ...(pkg.contributes.menus['editor/context'] ?? [])].map((e: { when?: string }) => e.when ?? '');
  const ownKeys = whens.flatMap((when) => when.match(/\bentra\.[\w.]+/g) ?? []);
  assert.ok(ownKeys.length > 0);
  for (const key of ownKeys) assert.equal(key, SERVER_READY_KEY);
  assert.equal(palette.find((p) => p.command === Command.showServerOutput)?.when, undefined,
    'Show Server Output must work when the server is down');
});

test('every diagnostic code has a severity setting and every setting the issue lists exists', () => {
  const props = pkg.contributes.configuration.properties;
  for (const code of DIAGNOSTIC_CODES) {
    assert.deepEqual(props[`entra.diagnostics.severity.${code}`].enum, ['default', 'error', 'warning', 'information', 'hint', 'off']);
  }
  for (const key of ['docs.paths', 'docs.installedModules', 'docs.signatures', 'java.home', 'server.vmargs', 'trace.server',
    'session.tenantId', 'session.clientId', 'session.environment', 'session.contextScope', 'session.redirectUri']) {
    assert.ok(props[`entra.${key}`], key);
  }
  assert.equal(props['entra.java.home'].scope, 'machine');
  assert.equal(props['entra.docs.signatures'].type, 'boolean');
  assert.equal(props['entra.docs.signatures'].default, true);
});

test('activation on PowerShell files, VS Code 1.100, bundled entry point', () => {
  assert.deepEqual(pkg.activationEvents, ['onLanguage:powershell']);
  assert.equal(pkg.engines.vscode, '^1.100.0');
  assert.equal(pkg.main, './dist/extension.js');
});

test('the language client version supports VS Code 1.100', () => {
  const lc = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8'));
  const [, major, minor] = /\^(\d+)\.(\d+)/.exec(lc.engines.vscode) ?? [];
  assert.ok(Number(major) === 1 && Number(minor) <= 100, lc.engines.vscode);
});
