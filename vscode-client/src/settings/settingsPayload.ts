import * as path from 'node:path';

/** The diagnostic codes whose severity has a setting `entra.diagnostics.severity.<code>`. */
export const DIAGNOSTIC_CODES = [
  'unknown-parameter',
  'ambiguous-parameter',
  'duplicate-parameter',
  'parameter-set-conflict',
  'missing-mandatory',
  'missing-argument',
  'positional-argument',
  'switch-value',
  'invalid-value',
  'failed-validation',
  'retired-cmdlet',
  'retired-cmdlet-no-replacement',
  'unknown-command',
  'syntax-error',
  'too-large',
  'missing-scope',
] as const;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const CONTEXT_SCOPES = new Set(['Process', 'CurrentUser']);

/** The `entra` section the server reads (server/design/language-server.md, "Settings"). */
export interface ServerSettings {
  docs: { paths: string[]; installedModules: boolean; signatures: boolean };
  diagnostics: { severity: Record<string, string> };
  session: { tenantId?: string; clientId?: string; environment?: string; contextScope?: string; redirectUri?: string };
}

/** What `initializationOptions` and `workspace/didChangeConfiguration` carry. */
export interface SettingsPayload {
  settings: { entra: ServerSettings };
}

/** Reads one setting below `entra.` (e.g. `docs.paths`); VS Code's `WorkspaceConfiguration.get` in the extension. */
export type SettingReader = (key: string) => unknown;

export interface PathContext {
  /** First workspace folder: relative docs paths are resolved against it. */
  readonly workspaceFolder?: string;
  /** The user's home folder, for `~`. */
  readonly home?: string;
}

/**
 * Maps the `entra.*` settings to the server's payload. Client-only settings (`java.home`, `server.vmargs`,
 * `trace.server`) stay out; `default` severities and empty session fields are left out so the server keeps its
 * own defaults; docs paths are made absolute.
 */
export function settingsPayload(read: SettingReader, where: PathContext = {}): SettingsPayload {
  const severity: Record<string, string> = {};
  for (const code of DIAGNOSTIC_CODES) {
    const value = text(read(`diagnostics.severity.${code}`))?.toLowerCase();
    if (value && SEVERITIES.has(value)) severity[code] = value;
  }
  const session: ServerSettings['session'] = {};
  for (const key of ['tenantId', 'clientId', 'environment', 'redirectUri'] as const) {
    const value = text(read(`session.${key}`));
    if (value) session[key] = value;
  }
  const scope = text(read('session.contextScope'));
  if (scope && CONTEXT_SCOPES.has(scope)) session.contextScope = scope;

  const installed = read('docs.installedModules');
  const signatures = read('docs.signatures');
  return {
    settings: {
      entra: {
        docs: {
          paths: docsPaths(read('docs.paths'), where),
          installedModules: typeof installed === 'boolean' ? installed : true,
          signatures: typeof signatures === 'boolean' ? signatures : true,
        },
        diagnostics: { severity },
        session,
      },
    },
  };
}

function docsPaths(value: unknown, where: PathContext): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const out: string[] = [];
  for (const item of list) {
    const p = text(item);
    if (!p) continue;
    const resolved = resolvePath(p, where);
    if (!out.includes(resolved)) out.push(resolved);
  }
  return out;
}

/** `${workspaceFolder}` and `~` expanded; a relative path joined to the workspace folder when there is one. */
export function resolvePath(p: string, where: PathContext): string {
  let out = p;
  if (where.workspaceFolder) out = out.replace(/\$\{workspaceFolder\}/g, where.workspaceFolder);
  if (where.home && (out === '~' || out.startsWith('~/') || out.startsWith('~\\'))) {
    out = path.join(where.home, out.slice(1));
  }
  if (!path.isAbsolute(out) && where.workspaceFolder) out = path.join(where.workspaceFolder, out);
  return out;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
