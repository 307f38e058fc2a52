/**
 * Signature help: one signature per parameter set of the documented cmdlet under the cursor.
 */
package dev.entrals.features.signature;
