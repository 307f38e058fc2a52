/**
 * Publishes the analysis findings of open scripts as LSP diagnostics, with codes, severities from the settings and
 * links to the rule descriptions.
 */
package dev.entrals.features.diagnostics;
