package dev.entrals.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds throw-away docs folders for tests: minimal valid platyPS pages and deliberately broken files. */
final class DocsFolder {

    private DocsFolder() {
    }

    /** A minimal valid v1 page with one set and the given parameter entries (name, type, aliases). */
    static String page(String cmdlet, String module, String... params) {
        StringBuilder syntax = new StringBuilder(cmdlet);
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < params.length; i += 3) {
            syntax.append(" [-").append(params[i]).append(" <").append(params[i + 1]).append(">]");
            entries.append("### -").append(params[i]).append("\n\nThe ").append(params[i]).append(".\n\n```yaml\nType: ")
                    .append(params[i + 1]).append("\nParameter Sets: (All)\nAliases: ").append(params[i + 2])
                    .append("\n\nRequired: False\nPosition: Named\nDefault value: None\nAccept pipeline input: False\n"
                            + "Accept wildcard characters: False\n```\n\n");
        }
        syntax.append(" [<CommonParameters>]");
        return "---\nModule Name: " + module + "\nschema: 2.0.0\ntitle: " + cmdlet + "\n---\n\n# " + cmdlet
                + "\n\n## SYNOPSIS\n\nDoes " + cmdlet + ".\n\n## SYNTAX\n\n```powershell\n" + syntax
                + "\n```\n\n## DESCRIPTION\n\nText.\n\n## EXAMPLES\n\n### Example 1\n\n```powershell\n" + cmdlet
                + "\n```\n\n## PARAMETERS\n\n" + entries + "### CommonParameters\n\nCommon.\n\n## INPUTS\n\n"
                + "## OUTPUTS\n\n## NOTES\n\n## RELATED LINKS\n";
    }

    static Path write(Path dir, String relative, String text) {
        return write(dir, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, byte[] bytes) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
