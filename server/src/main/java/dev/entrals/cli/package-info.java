/** picocli commands: serve, help, docs, script, check, connect, context, disconnect, environment. */
package dev.entrals.cli;
