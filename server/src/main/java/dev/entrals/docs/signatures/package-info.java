/**
 * Binding facts from the Entra modules' own code: the generator of the bundled signature index (reads the module
 * sources with {@code script.ParamBlockReader}, never runs them), its compact format, and the docs source that loads
 * it and merges its facts into pages. Imports {@code dev.entrals.docs}, {@code dev.entrals.script}, Jackson and
 * java.* only.
 */
package dev.entrals.docs.signatures;
