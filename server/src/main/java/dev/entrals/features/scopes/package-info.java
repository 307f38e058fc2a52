/**
 * Graph permissions in the editor: {@code entra.scopesForScript} (the least set of permissions a script needs and
 * each call's needs) and the code lens that compares them with the signed-in session's. Built on analysis
 * ({@code ScriptScopes}, {@code ScopeReport}) and the session's context; the hover line and the {@code missing-scope}
 * fixes live with hover and code actions.
 */
package dev.entrals.features.scopes;
