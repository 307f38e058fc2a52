/** The sign-in methods of `entra.connect` (the server's `flow` names) and what each one asks for. */
export type FlowId =
  | 'interactive' | 'deviceCode' | 'clientSecret' | 'clientCertificate'
  | 'managedIdentity' | 'accessToken' | 'environmentVariable';

/** One question of the Connect dialogue. */
export type Field = 'tenantId' | 'clientId' | 'scopes' | 'certificatePath' | 'certificatePassword'
  | 'clientSecret' | 'managedIdentityClientId' | 'accessToken' | 'environment';

export interface Flow {
  readonly id: FlowId;
  readonly label: string;
  readonly detail: string;
  /** Asked in this order; `required` ones must not be empty. */
  readonly fields: readonly Field[];
  readonly required: readonly Field[];
}

/** Fields that are secrets: typed in password boxes, never logged, kept only in SecretStorage on request. */
export const SECRET_FIELDS: ReadonlySet<Field> = new Set(['clientSecret', 'certificatePassword', 'accessToken']);

export const FLOWS: readonly Flow[] = [
  {
    id: 'interactive', label: 'Interactive browser', detail: 'Sign in as a user in the system browser.',
    fields: ['tenantId', 'clientId', 'scopes', 'environment'], required: [],
  },
  {
    id: 'deviceCode', label: 'Device code', detail: 'Sign in as a user on another device with a one-time code.',
    fields: ['tenantId', 'clientId', 'scopes', 'environment'], required: [],
  },
  {
    id: 'clientSecret', label: 'Client secret', detail: 'App-only: an application id and its secret.',
    fields: ['tenantId', 'clientId', 'clientSecret', 'environment'], required: ['tenantId', 'clientId', 'clientSecret'],
  },
  {
    id: 'clientCertificate', label: 'Client certificate', detail: 'App-only: an application id and a PFX/PEM certificate file.',
    fields: ['tenantId', 'clientId', 'certificatePath', 'certificatePassword', 'environment'],
    required: ['tenantId', 'clientId', 'certificatePath'],
  },
  {
    id: 'managedIdentity', label: 'Managed identity', detail: 'The Azure managed identity of this machine (system- or user-assigned).',
    fields: ['managedIdentityClientId', 'environment'], required: [],
  },
  {
    id: 'accessToken', label: 'Access token', detail: 'A Microsoft Graph access token you already have.',
    fields: ['accessToken', 'environment'], required: ['accessToken'],
  },
  {
    id: 'environmentVariable', label: 'Environment variables', detail: 'AZURE_CLIENT_ID, AZURE_TENANT_ID and a secret or certificate from the server\'s environment.',
    fields: ['environment'], required: [],
  },
];

/** Text of the input box for a field. */
export const FIELD_PROMPTS: Readonly<Record<Field, { title: string; prompt: string; placeholder?: string }>> = {
  tenantId: { title: 'Tenant', prompt: 'Tenant id or domain', placeholder: 'contoso.onmicrosoft.com (empty: your home tenant)' },
  clientId: { title: 'Client id', prompt: 'Application (client) id', placeholder: 'empty: Microsoft Graph Command Line Tools' },
  scopes: { title: 'Scopes', prompt: 'Microsoft Graph scopes, comma-separated', placeholder: 'User.Read.All, Group.Read.All (empty: the defaults)' },
  certificatePath: { title: 'Certificate', prompt: 'Path of the certificate file (.pfx, .p12 or .pem with its private key)' },
  certificatePassword: { title: 'Certificate password', prompt: 'Password of the certificate file (empty if none)' },
  clientSecret: { title: 'Client secret', prompt: 'The application\'s client secret' },
  managedIdentityClientId: { title: 'Managed identity', prompt: 'Client id of a user-assigned identity', placeholder: 'empty: the system-assigned identity' },
  accessToken: { title: 'Access token', prompt: 'A Microsoft Graph access token' },
  environment: { title: 'Cloud', prompt: 'Cloud environment' },
};

export type Answers = Partial<Record<Field, string>>;

/** The JSON argument of `entra.connect` (server `ConnectRequest` fields); empty answers are left out. */
export function connectRequest(flow: FlowId, answers: Answers, contextScope?: string): Record<string, unknown> {
  const request: Record<string, unknown> = { flow };
  for (const [field, raw] of Object.entries(answers) as [Field, string | undefined][]) {
    const value = SECRET_FIELDS.has(field) ? raw : raw?.trim();
    if (!value) continue;
    request[field] = field === 'scopes' ? splitScopes(value) : value;
  }
  if (contextScope) request.contextScope = contextScope;
  return request;
}

/** `a, b c` → `['a', 'b', 'c']`. */
export function splitScopes(text: string): string[] {
  return text.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
}

/** The SecretStorage key of a saved secret: per field, flow, tenant and application. */
export function secretKey(flow: FlowId, field: Field, answers: Answers): string {
  return ['entra', flow, field, answers.tenantId?.trim().toLowerCase() ?? '', answers.clientId?.trim().toLowerCase() ?? ''].join('|');
}
