import * as vscode from 'vscode';
import { Command } from '../commands/ids';
import { EntraContext, formatList, statusText } from '../session/context';

/**
 * The status bar item `Entra: <account or app> · <tenant> · <cloud>` / `Entra: Not connected`; a click opens the
 * session menu. It shows the last context the server reported.
 */
export class SessionStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('entra.session', vscode.StatusBarAlignment.Right, 100);
  private context: EntraContext | null = null;
  private updates = 0;

  constructor() {
    this.item.name = 'Entra Session';
    this.item.command = Command.sessionMenu;
    this.update(null);
    this.item.show();
  }

  /** The context shown now, or null. */
  get current(): EntraContext | null {
    return this.context;
  }

  /** How many times the status was set: tells an answer that was overtaken by a newer report. */
  get changes(): number {
    return this.updates;
  }

  update(context: EntraContext | null): void {
    this.updates++;
    this.context = context;
    this.item.text = statusText(context);
    this.item.tooltip = context
      ? new vscode.MarkdownString('**Entra session**\n\n```\n' + formatList(context) + '```\n\nClick for Connect, Disconnect, Show Context.')
      : 'Not signed in to Entra. Click to connect.';
  }

  dispose(): void {
    this.item.dispose();
  }
}
