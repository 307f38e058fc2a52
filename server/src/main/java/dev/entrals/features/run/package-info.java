/**
 * Running Entra cmdlets from the editor: the {@code entra.run} command, which runs the Entra call of a line, a
 * selection or a command line through {@link dev.entrals.execution.RunEngine} and answers
 * {@code {request, status, objects, text}}, with {@code $/progress} while paging; and the "▶ Run" code lens over every
 * command it can run. Uses lsp4j and Gson, {@code dev.entrals.features}, {@code dev.entrals.execution},
 * {@code dev.entrals.graph} (the planner's interface), {@code dev.entrals.session}, {@code dev.entrals.analysis},
 * {@code dev.entrals.docs}, {@code dev.entrals.script} and {@code dev.entrals.commons}.
 */
package dev.entrals.features.run;
