/** One provider per LSP feature (hover, completion, signature, diagnostics, actions), built on analysis. */
package dev.entrals.features;
