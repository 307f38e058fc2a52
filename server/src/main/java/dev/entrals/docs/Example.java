package dev.entrals.docs;

/** One example of a cmdlet page: its title, the PowerShell code, any output shown, the remarks, and its 1-based line. */
public record Example(String title, String code, String output, String remarks, int line) {
}
