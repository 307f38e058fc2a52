/**
 * The help texts hover, completion and signature help share: excerpts and sections of a cmdlet's or parameter's
 * help ({@link dev.entrals.features.helptext.HelpSnippets}) written as Markdown or plain text
 * ({@link dev.entrals.features.helptext.Markup}). Reads the docs model; no LSP types.
 */
package dev.entrals.features.helptext;
