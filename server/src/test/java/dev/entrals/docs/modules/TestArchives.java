package dev.entrals.docs.modules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds docs archives and minimal platyPS pages for fetch tests. */
public final class TestArchives {

    private TestArchives() {
    }

    /** A minimal platyPS v1 page. */
    public static String page(String name, String synopsis) {
        return "---\nexternal help file: M-Help.xml\nModule Name: M\nschema: 2.0.0\ntitle: " + name + "\n---\n\n# "
                + name + "\n\n## SYNOPSIS\n\n" + synopsis + "\n\n## SYNTAX\n\n```powershell\n" + name
                + " [<CommonParameters>]\n```\n";
    }

    /** A zip of these entries (name to text), in the map's order. */
    public static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
