package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One successful Graph reply: its status and JSON body ({@code null} for an empty body, such as a 204 after a write).
 */
public record GraphReply(int status, JsonNode body) {
}
