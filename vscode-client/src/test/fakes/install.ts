/**
 * Import first in a unit test that loads extension code: from then on `require('vscode')` gives the fake in
 * `vscode.ts` and `require('vscode-languageclient/node')` the fake client in `languageClient.ts`.
 */
import Module from 'node:module';
import * as path from 'node:path';

const replacements: Record<string, string> = {
  vscode: path.join(__dirname, 'vscode.js'),
  'vscode-languageclient/node': path.join(__dirname, 'languageClient.js'),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const internal = Module as unknown as { _resolveFilename: Resolve };
const resolve = internal._resolveFilename;
internal._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
  return replacements[request] ?? resolve.call(this, request, ...rest);
};
