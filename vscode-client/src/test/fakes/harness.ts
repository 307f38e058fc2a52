/**
 * Runs the real extension (`activate()` from `src/extension.ts`) against the fake `vscode` API and the fake
 * language client, with a fake Java installation on disk, so a test can act as the user and as the server.
 */
import './install';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscodeTypes from 'vscode';
import { activate, deactivate } from '../../extension';
import { CommandHandler, server } from './languageClient';
import { FakeMemento } from './extensionContext';
import { commands, extensionContext, FakeExtensionContext, FakeSecretStorage, FakeStatusBarItem, ui } from './vscode';

const roots: string[] = [];

/** A temporary folder, removed by {@link cleanUp}. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `entra-${prefix}-`));
  roots.push(dir);
  return dir;
}

/** A Java installation folder: `bin/java` and a `release` file with this version. */
export function fakeJdk(version: string): string {
  const home = tempDir('jdk');
  fs.mkdirSync(path.join(home, 'bin'));
  fs.writeFileSync(path.join(home, 'bin', 'java'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  fs.writeFileSync(path.join(home, 'release'), `JAVA_VERSION="${version}"\n`);
  return home;
}

/** A context the server sends for a delegated sign-in (PowerShell's field names, in the server's order). */
export const ADELE = {
  ClientId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', TenantId: 'contoso.onmicrosoft.com',
  Scopes: ['User.Read.All', 'Group.Read.All'], AuthType: 'Delegated', TokenCredentialType: 'InteractiveBrowser',
  CertificateThumbprint: '', CertificateSubjectName: '', Account: 'adele@contoso.com',
  AppName: 'Microsoft Graph Command Line Tools', ContextScope: 'CurrentUser', Certificate: '',
  PSHostVersion: 'entra-ls 0.1.0', ManagedIdentityId: '', ClientSecret: '', Environment: 'Global',
};

/** The same for an app-only sign-in with a client secret. */
export const APP = {
  ...ADELE, ClientId: '11111111-2222-3333-4444-555555555555', Scopes: [], AuthType: 'AppOnly',
  TokenCredentialType: 'ClientSecret', Account: '', AppName: 'Contoso Automation', ContextScope: 'Process',
};

export interface Started {
  readonly context: FakeExtensionContext;
  readonly secrets: FakeSecretStorage;
  /** The session status bar item. */
  readonly status: FakeStatusBarItem;
}

export interface StartOptions {
  /** Settings before activation; `entra.java.home` defaults to a fake Java 17. */
  readonly settings?: Record<string, unknown>;
  /** SecretStorage kept from an earlier window. */
  readonly secrets?: FakeSecretStorage;
  /** The server's answer to `entra.getContext`, or a promise of it (default null: not connected). */
  readonly context?: unknown;
  /** Runs while the first client starts (before it runs): e.g. settings that arrive late. */
  readonly duringStart?: () => void;
  /** More `workspace/executeCommand` answers of the server, in place before activation (e.g. `entra.docsStatus`). */
  readonly commands?: Record<string, CommandHandler>;
  /** `context.globalState` kept from an earlier window. */
  readonly globalState?: FakeMemento;
}

let current: FakeExtensionContext | undefined;

/**
 * A fresh window with the extension activated: the server answers `entra.getContext` and `entra.getEnvironments`
 * (tests add or replace `server.commands`).
 */
export async function startExtension(options: StartOptions = {}): Promise<Started> {
  // reset before the first await: a test that waits for the new client must not see the previous one
  const previous = stopExtension();
  ui.reset();
  server.reset();
  await previous;
  server.commands.set('entra.getContext', () => options.context ?? null);
  server.commands.set('entra.getEnvironments', () => ['Global', 'China', 'USGov', 'USGovDoD']
    .map((Name) => ({ Name, AzureADEndpoint: '', GraphEndpoint: '', Type: 'Built-in' })));
  for (const [id, handler] of Object.entries(options.commands ?? {})) server.commands.set(id, handler);
  ui.setSettings({ 'entra.java.home': fakeJdk('17.0.15'), ...options.settings });
  server.duringStart = options.duringStart;
  const context = extensionContext(tempDir('ext'), path.join(tempDir('storage'), 'global'), options.secrets,
    options.globalState);
  current = context;
  await activate(context as unknown as vscodeTypes.ExtensionContext);
  await ui.settle();
  const status = ui.statusItems.find((i) => i.id === 'entra.session');
  if (!status) throw new Error('the extension made no entra.session status bar item');
  return { context, secrets: context.secrets, status };
}

/** Deactivates the running extension and disposes what it registered, as VS Code does at window close. */
export async function stopExtension(): Promise<void> {
  if (!current) return;
  const context = current;
  current = undefined;
  const stopped = deactivate();
  await stopped;
  for (const d of context.subscriptions) d.dispose();
}

/** Removes the temporary folders (call from `after`). */
export async function cleanUp(): Promise<void> {
  await stopExtension();
  ui.reset();
  for (const r of roots.splice(0)) fs.rmSync(r, { recursive: true, force: true });
}

/** Captured before a test mocks the timers. */
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/**
 * Runs a palette command as VS Code does (not awaited at once: the test answers its prompts first). A command that
 * has not finished after `timeoutMs` of real time fails with the prompts still waiting for an answer.
 */
export function run(command: string, ...args: unknown[]): Promise<unknown> {
  const timeoutMs = 3_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = realSetTimeout(() => reject(new Error(`${command} did not finish within ${timeoutMs} ms; waiting for: `
      + `${ui.unanswered().join('; ') || 'nothing on screen'}`)), timeoutMs);
  });
  return Promise.race([commands.executeCommand(command, ...args), stuck]).finally(() => realClearTimeout(timer));
}

/** Waits (in real time) until `condition` holds; fails naming `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await ui.settle(2);
  }
}
