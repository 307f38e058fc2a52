/**
 * Cmdlet execution (issue 15): evaluates a parsed Entra call to bound literal arguments, asks a
 * {@link dev.entrals.graph.RequestPlanner} for its Graph requests, sends them with the session's token over the JDK
 * HttpClient (paging, retries, faults as clear errors), and formats the results as PowerShell shows them. Uses
 * {@code dev.entrals.script}, {@code dev.entrals.analysis}, {@code dev.entrals.docs}, {@code dev.entrals.graph},
 * {@code dev.entrals.session} (token and endpoint; the connect request and context of a run of {@code Connect-Entra}
 * or {@code Disconnect-Entra}, signed in by the caller's {@link dev.entrals.execution.SessionChanges}), Jackson and
 * java.*; no LSP or picocli types, never {@code System.out}. Tokens never appear in a result, an error or a log line.
 */
package dev.entrals.execution;
