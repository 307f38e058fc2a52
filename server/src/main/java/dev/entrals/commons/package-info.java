/** Text documents and offset/position mapping (LineIndex counts UTF-16 units). Imports nothing but java.*. */
package dev.entrals.commons;
