import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { ServerConnection, ServerError } from '../client/serverConnection';
import { ServerCommand } from '../client/protocol';
import { Command } from './ids';
import { ReadOnlyDocuments } from './readOnlyDocuments';
import { asRunAnswer, requestLines, RunAnswer, RunHistory, RunReason } from './runResults';

/** What `Entra: Run Line or Selection` needs. */
export interface RunDeps {
  readonly server: ServerConnection;
  readonly output: vscode.OutputChannel;
  readonly resultDocs: ReadOnlyDocuments;
  readonly history: RunHistory;
}

/** The argument of a "Run" code lens: the document, the command's range (as the server gave it) and its text. */
export interface RunLensArgument {
  readonly uri: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly text: string;
}

interface Target {
  readonly uri: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly text: string;
}

/**
 * Entra: Run Line or Selection — `entra.run` on the selection (or the cursor's line, or a code lens's line) with
 * progress and Cancel; asks for the values of arguments that are not literals, asks in a modal dialog before a write
 * is sent (showing the request), and shows the results in the read-only results document.
 */
export async function runLine(deps: RunDeps, arg?: unknown): Promise<void> {
  const target = targetOf(arg);
  if (!target) {
    void vscode.window.showInformationMessage('Entra: open a PowerShell file and put the cursor on an Entra command.');
    return;
  }
  const request: Record<string, unknown> = { uri: target.uri, range: target.range };
  let answer = await send(deps, request, target.text);
  if (!answer) return;
  if (answer.status === 'notEvaluated' && answer.unevaluated.length > 0) {
    const values = await askValues(answer);
    if (!values) return;
    request.arguments = values;
    answer = await send(deps, request, target.text);
    if (!answer) return;
  }
  if (answer.status === 'confirmationRequired') {
    const choice = await vscode.window.showWarningMessage(
      `Entra: ${answer.command ?? 'This command'} changes the tenant. Send this request?`,
      { modal: true, detail: answer.request.join('\n') }, 'Send');
    if (choice !== 'Send') {
      deps.output.appendLine(`Entra run: not sent (${requestLines(answer).join(', ')})`);
      return;
    }
    request.confirm = true;
    answer = await send(deps, request, target.text);
    if (!answer) return;
  }
  await show(deps, target.text, answer);
  if (answer.status === 'graphError' && answer.reconnect && answer.scopes.length > 0) {
    await offerReconnect(deps, answer);
  }
}

/**
 * Asks for each value the run names, by the server's reason for it (`reasons`): an input box per name; for
 * alternatives, a quick pick of which one first. The values by name, or undefined when the person cancels.
 */
async function askValues(answer: RunAnswer): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  for (const name of answer.unevaluated) {
    const reason = answer.reasons.find((r) => r.name === name);
    let asked = name;
    if (reason?.kind === 'alternatives' && reason.alternatives.length > 1) {
      const picked = await vscode.window.showQuickPick(reason.alternatives.map((a) => ({ label: `-${a}`, name: a,
        detail: reason.prompt })), { title: `Entra: ${answer.command ?? 'run'}: which one to give?` });
      if (!picked) return undefined;
      asked = picked.name;
    }
    const value = await vscode.window.showInputBox({
      title: `Entra: ${answer.command ?? 'run'}`,
      prompt: askedFor(asked, reason),
      validateInput: (v) => (v.trim() ? undefined : `Type a value for ${asked}`),
    });
    if (value === undefined) return undefined;
    values[asked] = value.trim();
  }
  return values;
}

/**
 * The input box's prompt for a value the run asks for, by the server's reason (none: the name alone): an argument
 * written but not a literal, a value the module asks for at its console or takes from its session (the server reads a
 * parameter's value by its type, a list split on commas), or one of alternatives.
 */
export function askedFor(name: string, reason: RunReason | undefined): string {
  switch (reason?.kind) {
    case 'nonLiteral': return `A value for -${name} (its argument is not a literal)`;
    case 'consolePrompt': return `A value for ${name} (the module asks a person at a PowerShell console for it; several`
      + ` values: separated by commas): ${reason.prompt}`;
    case 'sessionState': return `A value for ${name} (the module takes it from its session, where an earlier command`
      + ` left it, or asks for it; several values: separated by commas): ${reason.prompt}`;
    case 'alternatives': return `A value for -${name} (one of -${reason.alternatives.join(', -')}; several values:`
      + ` separated by commas): ${reason.prompt}`;
    default: return `A value for ${name}`;
  }
}

/** After a 403: offers to sign in again (same flow, tenant, app and cloud) adding the narrowest permission. */
async function offerReconnect(deps: RunDeps, answer: RunAnswer): Promise<void> {
  const button = `Reconnect with ${answer.scopes[0]}`;
  const choice = await vscode.window.showWarningMessage(
    `Entra: the session's permissions do not allow ${answer.command ?? 'this call'}; any one of `
    + `${answer.scopes.join(', ')} would.`, button);
  if (choice !== button) return;
  try {
    await deps.server.execute(ServerCommand.connect, [answer.reconnect]);
  } catch (e) {
    void vscode.window.showErrorMessage(`Entra: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Sends `entra.run` with progress and Cancel; undefined when cancelled (said in a message and the output channel) or
 * when the user must connect first.
 */
async function send(deps: RunDeps, request: Record<string, unknown>, line: string): Promise<RunAnswer | undefined> {
  let cancelled = false;
  try {
    const answer = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: `Entra: running ${line.trim().slice(0, 60)}`,
      cancellable: true,
    }, async (progress, token) => {
      const workDoneToken = randomUUID();
      const listener = deps.server.onProgress(workDoneToken, (message) => progress.report({ message }));
      const onCancel = token.onCancellationRequested(() => { cancelled = true; });
      try {
        const answer = asRunAnswer(await deps.server.execute(ServerCommand.run, [request], token, workDoneToken));
        for (const r of requestLines(answer)) deps.output.appendLine(`Entra run: ${r}`);
        return token.isCancellationRequested ? undefined : answer;
      } finally {
        onCancel.dispose();
        listener.dispose();
      }
    });
    if (cancelled) runCancelled(deps, line);
    return answer;
  } catch (e) {
    if (cancelled) {
      runCancelled(deps, line);
      return undefined;
    }
    // the server's not-connected errors: no session ("connect first"), a token that cannot be had or an unknown
    // cloud ("connect again")
    if (e instanceof ServerError && /connect (first|again)/i.test(e.message)) {
      const choice = await vscode.window.showWarningMessage(`Entra: ${e.message}`, 'Connect');
      if (choice === 'Connect') await vscode.commands.executeCommand(Command.connect);
      return undefined;
    }
    if (e instanceof ServerError && /cancel/i.test(e.message)) return undefined;
    throw e;
  }
}

function runCancelled(deps: RunDeps, line: string): void {
  deps.output.appendLine(`Entra run: cancelled (${line.trim()})`);
  void vscode.window.showInformationMessage(`Entra: run cancelled: ${line.trim().slice(0, 60)}`);
}

async function show(deps: RunDeps, line: string, answer: RunAnswer): Promise<void> {
  deps.history.add(line, answer);
  const uri = deps.resultDocs.put('Entra Results', deps.history.render());
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false, preserveFocus: true });
}

/** Switches the results document between the table/list text and the raw JSON. */
export async function toggleResultsView(deps: RunDeps): Promise<void> {
  deps.history.view = deps.history.view === 'table' ? 'json' : 'table';
  if (deps.history.size > 0) deps.resultDocs.put('Entra Results', deps.history.render());
}

function targetOf(arg: unknown): Target | undefined {
  const lens = arg as Partial<RunLensArgument> | undefined;
  if (lens && typeof lens.uri === 'string' && lens.range) {
    // the server's lens: a range starting at a command runs that command (to the end of its line)
    return { uri: lens.uri, range: lens.range, text: typeof lens.text === 'string' ? lens.text : '' };
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'powershell') return undefined;
  const selection = editor.selection;
  const empty = selection.isEmpty ?? true;
  const start = empty ? selection.active : selection.start;
  const end = empty ? selection.active : selection.end;
  const range = { start: { line: start.line, character: start.character },
    end: { line: end.line, character: end.character } };
  const text = empty ? lineText(editor.document, start.line)
    : editor.document.getText(new vscode.Range(start.line, start.character, end.line, end.character));
  return { uri: editor.document.uri.toString(), range, text };
}

function lineText(document: vscode.TextDocument, line: number): string {
  return document.getText(new vscode.Range(line, 0, line + 1, 0)).replace(/\r?\n$/, '');
}
