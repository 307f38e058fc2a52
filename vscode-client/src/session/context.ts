/**
 * The session context as the server sends it (`entra.getContext`, `entra.connect`, `entra.disconnect`,
 * `entra/sessionChanged`): PowerShell's field names, strings (empty when unset) and `Scopes` as a list.
 */
export interface EntraContext {
  readonly ClientId?: string;
  readonly TenantId?: string;
  readonly Scopes?: readonly string[];
  readonly AuthType?: string;
  readonly TokenCredentialType?: string;
  readonly Account?: string;
  readonly AppName?: string;
  readonly ContextScope?: string;
  readonly Environment?: string;
  readonly [field: string]: unknown;
}

/** Fields whose values the extension never shows, whatever the server sends (it sends them empty). */
const SECRET_FIELD = /secret|password|accesstoken/i;

/**
 * Reads a server result as a context: an object with at least a `TenantId` or `ClientId`, else null. Secret
 * fields (`ClientSecret`, ...) are emptied, so no display made from it can show one.
 */
export function asContext(value: unknown): EntraContext | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const ctx = value as EntraContext;
  return typeof ctx.TenantId === 'string' || typeof ctx.ClientId === 'string' ? withoutSecrets(ctx) : null;
}

function withoutSecrets(ctx: EntraContext): EntraContext {
  const secret = Object.keys(ctx).filter((name) => SECRET_FIELD.test(name) && ctx[name]);
  return secret.length === 0 ? ctx : { ...ctx, ...Object.fromEntries(secret.map((name) => [name, ''])) };
}

/** Who is signed in: the account, else the application's name, else its client id. */
export function principal(ctx: EntraContext): string {
  return nonEmpty(ctx.Account) ?? nonEmpty(ctx.AppName) ?? nonEmpty(ctx.ClientId) ?? 'unknown';
}

/** `<account or app> · <tenant> · <cloud>`. */
export function summary(ctx: EntraContext): string {
  return [principal(ctx), nonEmpty(ctx.TenantId) ?? 'unknown tenant', nonEmpty(ctx.Environment) ?? 'Global'].join(' · ');
}

/** The status bar text. */
export function statusText(ctx: EntraContext | null): string {
  return ctx ? `Entra: ${summary(ctx)}` : 'Entra: Not connected';
}

/** PowerShell's Format-List of the context: names padded to the longest, lists as `{a, b, c, d...}`. */
export function formatList(ctx: EntraContext): string {
  const names = Object.keys(ctx);
  const width = Math.max(0, ...names.map((n) => n.length));
  return names.map((name) => {
    const value = ctx[name];
    const shown = Array.isArray(value) ? enumeration(value) : value == null ? '' : String(value);
    return `${name.padEnd(width)} :${shown ? ` ${shown}` : ''}`;
  }).join('\n') + '\n';
}

function enumeration(items: readonly unknown[]): string {
  const shown = items.slice(0, 4).map(String).join(', ');
  return `{${shown}${items.length > 4 ? '...' : ''}}`;
}

function nonEmpty(s: unknown): string | undefined {
  return typeof s === 'string' && s.trim() ? s : undefined;
}
