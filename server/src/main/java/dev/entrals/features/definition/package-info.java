/**
 * Go to definition: script functions, and documented cmdlets whose page is a file on disk.
 */
package dev.entrals.features.definition;
