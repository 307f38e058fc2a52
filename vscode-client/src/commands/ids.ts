/** The extension's own commands (ids in package.json); kept free of `vscode` so unit tests can load it. */
export const Command = {
  connect: 'entra.ui.connect',
  disconnect: 'entra.ui.disconnect',
  showContext: 'entra.ui.showContext',
  showHelp: 'entra.ui.showHelp',
  fixAllRetired: 'entra.ui.fixAllRetired',
  fetchDocs: 'entra.ui.fetchDocs',
  restartServer: 'entra.ui.restartServer',
  showServerOutput: 'entra.ui.showServerOutput',
  sessionMenu: 'entra.ui.sessionMenu',
  runLine: 'entra.ui.runLine',
  toggleResultsView: 'entra.ui.toggleResultsView',
} as const;

export const CLIENT_COMMANDS: readonly string[] = Object.values(Command);

/** Context key set while the language client is running; palette entries wait for it. */
export const SERVER_READY_KEY = 'entra.serverReady';
