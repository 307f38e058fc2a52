/**
 * What Microsoft Graph requests an Entra cmdlet sends: the generated request table (one entry per cmdlet and parameter
 * set, derived from the modules' own code) and the planner that turns a cmdlet with literal arguments into
 * {@link dev.entrals.graph.RequestPlan}s. Data only: no HTTP, no session, no LSP or picocli types. Uses Jackson,
 * {@code dev.entrals.commons} and java.*.
 */
package dev.entrals.graph;
