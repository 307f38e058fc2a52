/**
 * The {@code entra.showHelp} command: a cmdlet's full help as Markdown for the editor.
 */
package dev.entrals.features.help;
