/** Settings records and their reader (one shape for initializationOptions and didChangeConfiguration). */
package dev.entrals.settings;
