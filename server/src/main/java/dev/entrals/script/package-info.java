/** The PowerShell script model: scanner, tokens, parser. Imports nothing but java.*. */
package dev.entrals.script;
