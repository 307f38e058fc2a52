import * as vscode from 'vscode';
import { fetchDocs } from './fetchDocs';
import { fixAllRetired } from './fixAll';
import { Command } from './ids';
import { ReadOnlyDocuments } from './readOnlyDocuments';
import { runLine, toggleResultsView } from './runLine';
import { RunHistory } from './runResults';
import { connect, disconnect, SessionDeps, sessionMenu, showContext } from './sessionCommands';
import { showHelp } from './showHelp';

export interface CommandDeps extends SessionDeps {
  readonly output: vscode.OutputChannel;
  readonly helpDocs: ReadOnlyDocuments;
  readonly resultDocs: ReadOnlyDocuments;
  readonly history: RunHistory;
}

/** Registers the palette commands; a failure becomes an error message naming the command. */
export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const commands: Record<string, (...args: unknown[]) => Promise<void> | void> = {
    [Command.connect]: () => connect(deps),
    [Command.disconnect]: () => disconnect(deps),
    [Command.showContext]: () => showContext(deps),
    [Command.sessionMenu]: () => sessionMenu(deps),
    [Command.showHelp]: (arg) => showHelp(deps.server, deps.helpDocs, arg),
    [Command.fixAllRetired]: () => fixAllRetired(deps.server),
    [Command.fetchDocs]: () => fetchDocs(deps.server),
    [Command.restartServer]: () => deps.server.restart(),
    [Command.showServerOutput]: () => deps.output.show(true),
    [Command.runLine]: (arg) => runLine(deps, arg),
    [Command.toggleResultsView]: () => toggleResultsView(deps),
  };
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        await run(...args);
      } catch (e) {
        void vscode.window.showErrorMessage(`Entra: ${e instanceof Error ? e.message : String(e)}`);
      }
    }));
  }
}
