/** The names the client and server agree on, beyond standard LSP. Kept free of `vscode` so unit tests can load it. */

/** `workspace/executeCommand` commands the server declares (Java: `dev.entrals.features.ServerCommands`). */
export const ServerCommand = {
  showHelp: 'entra.showHelp',
  connect: 'entra.connect',
  disconnect: 'entra.disconnect',
  getContext: 'entra.getContext',
  getEnvironments: 'entra.getEnvironments',
  addEnvironment: 'entra.addEnvironment',
  fetchDocs: 'entra.fetchDocs',
  docsStatus: 'entra.docsStatus',
  scopesForScript: 'entra.scopesForScript',
  run: 'entra.run',
} as const;

export const SERVER_COMMANDS: readonly string[] = Object.values(ServerCommand);

/** Server → client: the session context after every change, or null when signed out. */
export const SESSION_CHANGED = 'entra/sessionChanged';

/** Server → client: a device-code sign-in waits for the user (optional; `window/showMessageRequest` also works). */
export const DEVICE_CODE = 'entra/deviceCode';

export interface DeviceCodeParams {
  readonly userCode: string;
  readonly verificationUri: string;
  readonly message?: string;
}

/** The code action kind of "fix all" (LSP `CodeActionKind.SourceFixAll`). */
export const SOURCE_FIX_ALL = 'source.fixAll';

/** The id under which vscode-languageclient reads `entra.trace.server`. */
export const CLIENT_ID = 'entra';

/** The Markdown in a `entra.showHelp` result: a string, or an object with `markdown`/`value`/`contents`. */
export function helpMarkdown(result: unknown): string | undefined {
  if (typeof result === 'string') return result.trim() ? result : undefined;
  if (result && typeof result === 'object') {
    const o = result as Record<string, unknown>;
    for (const key of ['markdown', 'value', 'contents']) {
      if (typeof o[key] === 'string' && (o[key] as string).trim()) return o[key] as string;
    }
  }
  return undefined;
}
