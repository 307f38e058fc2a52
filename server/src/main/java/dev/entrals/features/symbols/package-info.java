/**
 * Document symbols: the script's functions, filters, workflows and configurations as a tree.
 */
package dev.entrals.features.symbols;
