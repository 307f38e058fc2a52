package dev.entrals.docs.modules;

import dev.entrals.docs.CmdletHelp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups cmdlet pages into MAML help files the way platyPS does: by the front matter's {@code external help file}
 * (reduced to a plain file name, so a page cannot write outside the output folder), else {@code <Module>-help.xml}.
 */
public final class MamlExport {

    /** One help file to write: its file name and its commands, in name order. */
    public record HelpFileContent(String fileName, List<CmdletHelp> commands) {

        public HelpFileContent {
            commands = List.copyOf(commands);
        }
    }

    private MamlExport() {
    }

    /** The help files for these pages (pages without help are left out), sorted by file name. */
    public static List<HelpFileContent> plan(List<CmdletHelp> pages) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<CmdletHelp>> groups = new LinkedHashMap<>();
        for (CmdletHelp c : pages) {
            if (!c.hasHelp()) {
                continue;
            }
            String name = fileName(c);
            String key = name.toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, name);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<HelpFileContent> out = new ArrayList<>();
        groups.forEach((key, list) -> {
            list.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            out.add(new HelpFileContent(spelling.get(key), list));
        });
        out.sort((a, b) -> a.fileName().compareToIgnoreCase(b.fileName()));
        return out;
    }

    /** Writes each file into {@code folder} (created if needed), each through a temporary file and a rename. */
    public static List<Path> write(List<HelpFileContent> files, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (HelpFileContent f : files) {
            Path target = folder.resolve(f.fileName());
            Path tmp = folder.resolve("." + f.fileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                Files.writeString(tmp, MamlWriter.write(f.commands()), StandardCharsets.UTF_8);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(target);
        }
        return written;
    }

    /** The help file name of a page: its {@code external help file} as a safe plain name, else the module's. */
    static String fileName(CmdletHelp c) {
        String given = "";
        for (Map.Entry<String, Object> e : c.frontMatter().entrySet()) {
            if (e.getKey().replace(" ", "").equalsIgnoreCase("externalhelpfile") && e.getValue() != null) {
                given = e.getValue().toString().trim();
            }
        }
        given = given.replace('\\', '/');
        given = given.substring(given.lastIndexOf('/') + 1);
        if (given.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.xml")) {
            return given;
        }
        String module = c.module().replaceAll("[^A-Za-z0-9._-]", "");
        return (module.isEmpty() || module.startsWith(".") ? "Commands" : module) + "-help.xml";
    }
}
