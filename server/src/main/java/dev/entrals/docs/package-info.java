/** The docs engine: platyPS reader, model records, HelpIndex, renderers. The only package that imports flexmark. */
package dev.entrals.docs;
