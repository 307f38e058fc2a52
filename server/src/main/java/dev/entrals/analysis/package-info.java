/** Parameter binding against parameter sets, diagnostic rules, migration table. Uses script and docs; no LSP types. */
package dev.entrals.analysis;
