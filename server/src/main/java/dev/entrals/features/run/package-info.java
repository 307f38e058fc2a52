/**
 * The {@code entra.run} command: runs the Entra call of a line, a selection or a command line through
 * {@link dev.entrals.execution.RunEngine} and answers {@code {request, status, objects, text}}, with
 * {@code $/progress} while paging. Uses lsp4j and Gson, {@code dev.entrals.features}, {@code dev.entrals.execution},
 * {@code dev.entrals.session}, {@code dev.entrals.analysis}, {@code dev.entrals.docs} and {@code dev.entrals.commons}.
 */
package dev.entrals.features.run;
