/**
 * Help from where users already have it: installed PowerShell modules (module discovery, manifests read as data,
 * MAML help XML read with StAX), the Markdown to MAML exporter, the download of the reference docs, and the list of
 * standard sources (the bundled signature index of {@code dev.entrals.docs.signatures} first). Imports
 * {@code dev.entrals.docs} and its {@code signatures} package, {@code dev.entrals.script} (to read manifests
 * without running them), {@code dev.entrals.commons} (the user's folders) and java.* only.
 */
package dev.entrals.docs.modules;
