import * as vscode from 'vscode';
import { ServerConnection } from '../client/serverConnection';
import { ServerCommand } from '../client/protocol';
import { Answers, Field, FIELD_PROMPTS, Flow, FLOWS, SECRET_FIELDS, secretKey } from '../session/flows';

const BUILT_IN_CLOUDS = ['Global', 'China', 'USGov', 'USGovDoD'];

/** What the user chose in the Connect dialogue. */
export interface ConnectChoice {
  readonly flow: Flow;
  readonly answers: Answers;
  /** Secrets typed now (not taken from SecretStorage): offered for saving after a successful sign-in. */
  readonly typedSecrets: readonly Field[];
}

/**
 * The Connect… dialogue: a quick pick of sign-in methods, then one box per field (secrets in password boxes,
 * a saved secret offered first). Undefined when the user escapes.
 */
export async function askConnect(server: ServerConnection, secrets: vscode.SecretStorage): Promise<ConnectChoice | undefined> {
  const picked = await vscode.window.showQuickPick(
    FLOWS.map((flow) => ({ label: flow.label, detail: flow.detail, flow })),
    { title: 'Entra: Connect', placeHolder: 'How do you want to sign in?', ignoreFocusOut: true });
  if (!picked) return undefined;
  const flow = picked.flow;
  const settings = vscode.workspace.getConfiguration('entra.session');
  const answers: Answers = {};
  const typedSecrets: Field[] = [];
  for (const [i, field] of flow.fields.entries()) {
    const step = `Entra: Connect (${flow.label}, ${i + 1}/${flow.fields.length})`;
    let value: string | undefined;
    if (field === 'environment') {
      value = await askCloud(server, step, settings.get<string>('environment'));
    } else if (SECRET_FIELDS.has(field)) {
      const saved = await secrets.get(secretKey(flow.id, field, answers));
      value = saved !== undefined ? await savedOrNew(step, field, saved) : undefined;
      if (value === undefined) {
        value = await askText(step, field, flow, '', true);
        if (value) typedSecrets.push(field);
      }
    } else {
      const preset = field === 'tenantId' || field === 'clientId' ? settings.get<string>(field) ?? '' : '';
      value = await askText(step, field, flow, preset, false);
    }
    if (value === undefined) return undefined;
    answers[field] = value;
  }
  return { flow, answers, typedSecrets };
}

async function askText(title: string, field: Field, flow: Flow, value: string, password: boolean): Promise<string | undefined> {
  const text = FIELD_PROMPTS[field];
  const required = flow.required.includes(field);
  return vscode.window.showInputBox({
    title: `${title}: ${text.title}`,
    prompt: text.prompt + (required ? '' : ' (optional)'),
    placeHolder: text.placeholder,
    value,
    password,
    ignoreFocusOut: true,
    validateInput: (v) => (required && !v.trim() ? `${text.title} is required for ${flow.label}.` : undefined),
  });
}

async function savedOrNew(title: string, field: Field, saved: string): Promise<string | undefined> {
  const name = FIELD_PROMPTS[field].title.toLowerCase();
  const choice = await vscode.window.showQuickPick(
    [{ label: `Use the saved ${name}`, use: true }, { label: `Enter another ${name}`, use: false }],
    { title, ignoreFocusOut: true });
  return choice?.use ? saved : undefined;
}

async function askCloud(server: ServerConnection, title: string, preferred: string | undefined): Promise<string | undefined> {
  let names = BUILT_IN_CLOUDS;
  try {
    const list = await server.execute<unknown>(ServerCommand.getEnvironments);
    const fromServer = Array.isArray(list)
      ? list.map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>).Name : undefined))
        .filter((n): n is string => typeof n === 'string' && n.length > 0)
      : [];
    if (fromServer.length) names = fromServer;
  } catch {
    // the built-in clouds are enough to go on with
  }
  const first = preferred?.trim() || 'Global';
  const ordered = [first, ...names.filter((n) => n !== first)];
  const choice = await vscode.window.showQuickPick(ordered.map((label) => ({ label })),
    { title: `${title}: Cloud`, placeHolder: 'Cloud environment', ignoreFocusOut: true });
  return choice?.label;
}

/** After a successful sign-in: asks whether to keep the secrets typed for it in VS Code's SecretStorage. */
export async function offerToSaveSecrets(secrets: vscode.SecretStorage, choice: ConnectChoice): Promise<void> {
  if (choice.typedSecrets.length === 0) return;
  const what = choice.typedSecrets.map((f) => FIELD_PROMPTS[f].title.toLowerCase()).join(' and ');
  const answer = await vscode.window.showInformationMessage(
    `Entra: save the ${what} in VS Code's secret storage for the next sign-in to this tenant and application?`,
    'Save', 'Don\'t Save');
  if (answer !== 'Save') return;
  for (const field of choice.typedSecrets) {
    const value = choice.answers[field];
    if (value) await secrets.store(secretKey(choice.flow.id, field, choice.answers), value);
  }
}
