/**
 * Hover on command names and parameters, from the docs index, cached per document version and page.
 */
package dev.entrals.features.hover;
