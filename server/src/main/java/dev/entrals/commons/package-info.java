/**
 * Text documents and offset/position mapping (LineIndex counts UTF-16 units), and the user's folders
 * ({@link dev.entrals.commons.UserDirs}: {@code HOME} and XDG as a shell sees them). Imports nothing but java.*.
 */
package dev.entrals.commons;
