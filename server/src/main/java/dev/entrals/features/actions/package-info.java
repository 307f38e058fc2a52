/**
 * Code actions over the analysis findings: quick fixes for retired cmdlets and unknown or ambiguous parameters,
 * and {@code source.fixAll} for every retired cmdlet of a file.
 */
package dev.entrals.features.actions;
