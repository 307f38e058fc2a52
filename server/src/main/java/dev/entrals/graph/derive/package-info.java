/**
 * The generator of the bundled request table: reads the Entra modules' code statically (never runs it) with
 * {@code dev.entrals.script.ParamBlockReader} and simple readings of each function's body, and the aad-to-graph pages
 * for the Microsoft Graph SDK cmdlets the modules call. Imports {@code dev.entrals.graph}, {@code dev.entrals.script},
 * Jackson and java.* only.
 */
package dev.entrals.graph.derive;
