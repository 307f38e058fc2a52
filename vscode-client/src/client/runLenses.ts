import * as vscode from 'vscode';
import { Middleware } from 'vscode-languageclient/node';
import { Command } from '../commands/ids';
import { RunLensArgument } from '../commands/runLine';
import { ServerCommand } from './protocol';

/** The argument of the server's `entra.run` lens: the document and the command's range. */
interface ServerRunArgument {
  readonly uri?: unknown;
  readonly range?: { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } };
}

/**
 * `provideCodeLenses` middleware: the server puts a "▶ Run" lens (`entra.run` with `{uri, range}`) over every command
 * it can run, so that every LSP editor has it; in VS Code a click runs `Entra: Run Line or Selection` on that command
 * instead (progress with Cancel, input boxes for non-literal arguments, the confirmation of a write, the results
 * document), so the lens's command is turned into the client's. Every other lens is left as the library made it.
 */
export function runCodeLenses(): NonNullable<Middleware['provideCodeLenses']> {
  return async (document, token, next) => {
    const lenses = await next(document, token);
    return lenses?.map((lens) => asClientRun(document, lens)) ?? lenses;
  };
}

/** The lens with the client's run command when it is the server's `entra.run` lens; else the lens itself. */
export function asClientRun(document: vscode.TextDocument, lens: vscode.CodeLens): vscode.CodeLens {
  const command = lens.command;
  const server = command?.command === ServerCommand.run ? command.arguments?.[0] as ServerRunArgument : undefined;
  const start = position(server?.range?.start);
  const end = position(server?.range?.end);
  if (!command || typeof server?.uri !== 'string' || !start || !end) return lens;
  if (end.line >= document.lineCount) return lens; // computed for a longer version of the document: left as sent
  // what runs: the command to the end of its last line (the rest of a pipeline is shown as not run)
  const text = document.getText(new vscode.Range(start.line, start.character, end.line,
    document.lineAt(end.line).text.length));
  const argument: RunLensArgument = { uri: server.uri, range: { start, end }, text };
  return new vscode.CodeLens(lens.range, { title: command.title, tooltip: 'Run this Entra command against Microsoft Graph',
    command: Command.runLine, arguments: [argument] });
}

type Position = { line: number; character: number };

function position(p: unknown): Position | undefined {
  const q = p as { line?: unknown; character?: unknown } | undefined;
  return typeof q?.line === 'number' && typeof q?.character === 'number' ? { line: q.line, character: q.character }
    : undefined;
}
