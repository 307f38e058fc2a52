import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { ShowMessageRequestParams, MessageType } from 'vscode-languageclient/node';
import { ServerConnection } from '../client/serverConnection';
import { DeviceCodeParams, ServerCommand } from '../client/protocol';
import { asContext, EntraContext } from '../session/context';
import { DeviceCode, parseDeviceCode } from '../session/deviceCode';

/** How long the browser sign-in may take before device code is offered. */
export const BROWSER_PATIENCE_MS = 10_000;
/** How long a switch to device code waits for the cancelled browser sign-in to end. */
const SWITCH_WAIT_MS = 5_000;

const COPY_AND_OPEN = 'Copy code and open browser';
const CANCEL = 'Cancel';

export type SignInOutcome =
  | { readonly kind: 'connected'; readonly context: EntraContext | null }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'switchToDeviceCode' };

/**
 * One `entra.connect` at a time, shown as a cancellable progress notification; the device-code prompt and the
 * "switch to device code" offer of a slow browser sign-in.
 */
export class SignIn {
  private active: vscode.CancellationTokenSource | undefined;

  constructor(private readonly server: ServerConnection) {}

  cancel(): void {
    this.active?.cancel();
  }

  async connect(request: Record<string, unknown>, label: string): Promise<SignInOutcome> {
    if (this.active) throw new Error('Another sign-in is in progress; cancel it first.');
    const cts = new vscode.CancellationTokenSource();
    this.active = cts;
    let switchToDeviceCode = false;
    try {
      return await vscode.window.withProgress({
        location: vscode.ProgressLocation.Notification,
        title: `Entra: signing in (${label})…`,
        cancellable: true,
      }, async (progress, token) => {
        token.onCancellationRequested(() => cts.cancel());
        const cancelled = new Promise<'cancelled'>((resolve) => cts.token.onCancellationRequested(() => resolve('cancelled')));
        // the server's own steps ("Waiting for the sign-in in the browser...") go into this one notification
        const workDoneToken = randomUUID();
        // lsp4j answers a cancelled request at once, while the server's sign-in may still be ending; the end of
        // the request's progress says it is over (a server that reports no progress: its reply)
        let begun = false;
        let serverDone!: () => void;
        const serverFinished = new Promise<void>((resolve) => { serverDone = resolve; });
        const progressListener = this.server.onProgress(workDoneToken, (message) => progress.report({ message }),
          (kind) => { if (kind === 'begin') begun = true; else serverDone(); });
        const reply = this.server.execute(ServerCommand.connect, [request], cts.token, workDoneToken);
        reply.catch(() => undefined).finally(() => { if (!begun) serverDone(); }); // a cancelled request's rejection is expected
        const offer = request.flow === 'interactive'
          ? setTimeout(() => void this.offerDeviceCode(cts, () => { switchToDeviceCode = true; }), BROWSER_PATIENCE_MS)
          : undefined;
        try {
          const result = await Promise.race([reply, cancelled]);
          if (result === 'cancelled') {
            if (!switchToDeviceCode) return { kind: 'cancelled' };
            // the server signs in once at a time: let the browser sign-in end before the device code one starts
            await Promise.race([serverFinished, delay(SWITCH_WAIT_MS)]);
            return { kind: 'switchToDeviceCode' };
          }
          return { kind: 'connected', context: asContext(result) };
        } finally {
          clearTimeout(offer);
          progressListener.dispose();
        }
      });
    } finally {
      cts.dispose();
      if (this.active === cts) this.active = undefined;
    }
  }

  private async offerDeviceCode(cts: vscode.CancellationTokenSource, choose: () => void): Promise<void> {
    if (cts.token.isCancellationRequested || this.active !== cts) return;
    const choice = await vscode.window.showInformationMessage(
      'Entra: no sign-in from the browser yet. Sign in with a device code instead?', 'Use Device Code', 'Keep Waiting');
    if (choice === 'Use Device Code' && this.active === cts && !cts.token.isCancellationRequested) {
      choose();
      cts.cancel();
    }
  }

  /**
   * `entra/deviceCode`: the code, with a button that copies it and opens the page, and Cancel. Shown once: after
   * the copy the code stays in the sign-in's progress notification (the server reports it there), which closes
   * when the sign-in ends; a message shown again could not be closed and would outlive the sign-in.
   */
  async deviceCode(params: DeviceCodeParams): Promise<void> {
    const message = params.message?.trim()
      || `To sign in, open ${params.verificationUri} and enter the code ${params.userCode}.`;
    const owner = this.active; // the prompt can outlive its sign-in: its Cancel must not end a later one
    const choice = await vscode.window.showInformationMessage(`Entra: ${message}`, COPY_AND_OPEN, CANCEL);
    if (choice === CANCEL && owner && this.active === owner) owner.cancel();
    if (choice === COPY_AND_OPEN) await copyAndOpen(params);
  }

  /**
   * `window/showMessageRequest`: as vscode-languageclient shows it, plus "Copy code and open browser" when the
   * message is a device-code instruction. After copying, the server's own actions are offered again.
   */
  async showMessageRequest(params: ShowMessageRequestParams): Promise<string | null> {
    const titles = (params.actions ?? []).map((a) => a.title);
    const show = params.type === MessageType.Error ? vscode.window.showErrorMessage
      : params.type === MessageType.Warning ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    const device = parseDeviceCode(params.message);
    if (!device) return (await show(params.message, ...titles)) ?? null;
    const own = titles.filter((t) => t !== COPY_AND_OPEN);
    for (;;) {
      const choice = await show(params.message, COPY_AND_OPEN, ...own);
      if (choice !== COPY_AND_OPEN) return choice ?? null;
      await copyAndOpen(device);
      if (own.length === 0) return null;
    }
  }
}

async function copyAndOpen(code: DeviceCode): Promise<void> {
  await vscode.env.clipboard.writeText(code.userCode);
  await vscode.env.openExternal(vscode.Uri.parse(code.verificationUri));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
