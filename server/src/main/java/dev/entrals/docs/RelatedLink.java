package dev.entrals.docs;

/** A RELATED LINKS entry: the text shown and the target ({@code ""} when the entry is plain text). */
public record RelatedLink(String text, String uri) {
}
