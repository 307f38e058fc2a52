package dev.entrals.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a spec-style fixture file (as CommonMark's spec writes them): a fence of 32 backticks followed by
 * {@code example TITLE}, the input, a line holding only {@code .}, the expected output, and the closing fence.
 */
public final class SpecExamples {

    /** The fence that opens and closes an example. */
    public static final String FENCE = "````````````````````````````````";

    /** One example: its title, the spec line it starts at (1-based), its input and expected text. */
    public record Example(String title, int line, String input, String expected) {
        @Override
        public String toString() {
            return title + " (spec line " + line + ")";
        }
    }

    private SpecExamples() {
    }

    /** The examples of {@code spec}, in order. */
    public static List<Example> read(Path spec) throws IOException {
        List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FENCE + " example")) {
                String title = lines.get(i).substring((FENCE + " example").length()).trim();
                int start = i;
                StringBuilder input = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                StringBuilder target = input;
                for (i++; i < lines.size() && !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".") && target == input) {
                        target = expected;
                    } else {
                        target.append(lines.get(i)).append('\n');
                    }
                }
                out.add(new Example(title, start + 1, input.toString(), expected.toString()));
            }
        }
        return out;
    }
}
