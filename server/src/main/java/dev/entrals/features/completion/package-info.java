/**
 * Completion of command names, parameters and known parameter values, with documentation filled in by
 * {@code completionItem/resolve}.
 */
package dev.entrals.features.completion;
