package dev.entrals.docs.modules;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One MAML help file of a module. At load only its command names are found (a text scan for
 * {@code <command:name>}, far cheaper than parsing); the file is parsed in full once, when one of its commands is
 * first looked up, and every command of it is kept.
 */
final class HelpFile {

    /** Help files larger than this are refused (the largest real ones are a few megabytes). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Pattern NAME = Pattern.compile("<command:name>\\s*([^<\\s][^<]*?)\\s*</command:name>");

    private final Path file;
    private final String module;
    private final String origin;
    private volatile MamlReader.Result parsed;

    HelpFile(Path file, String module, String origin) {
        this.file = file;
        this.module = module;
        this.origin = origin;
    }

    String display() {
        return file.toString();
    }

    /** The command names the file holds, found cheaply; problems go to {@code diags}. */
    List<String> names(List<DocDiagnostic> diags) {
        String text = text(diags);
        if (text == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (names.isEmpty() && text.contains("command")) {
            names = parsed(text).commands().stream().map(CmdletHelp::name).filter(n -> !n.isEmpty()).toList();
        }
        return names;
    }

    /** Every command of the file by lower-case name, with the file's problems (parsed once). */
    MamlReader.Result parsed() {
        MamlReader.Result r = parsed;
        if (r == null) {
            synchronized (this) {
                r = parsed;
                if (r == null) {
                    List<DocDiagnostic> diags = new ArrayList<>();
                    String text = text(diags);
                    if (text == null) {
                        parsed = new MamlReader.Result(List.of(), diags);
                    }
                    r = text == null ? parsed : parsed(text);
                }
            }
        }
        return r;
    }

    private MamlReader.Result parsed(String text) {
        synchronized (this) {
            if (parsed == null) {
                parsed = MamlReader.read(text, display(), module, origin);
            }
            return parsed;
        }
    }

    /** The parsed commands by lower-case name (the first of a name wins). */
    Map<String, CmdletHelp> byName() {
        Map<String, CmdletHelp> out = new LinkedHashMap<>();
        parsed().commands().forEach(c -> out.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c));
        return out;
    }

    private String text(List<DocDiagnostic> diags) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diags.add(error("too-large", "skipped: " + size + " bytes is over the " + MAX_BYTES + "-byte limit"));
                return null;
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            diags.add(error("unreadable", "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return null;
        }
    }

    /** Text of a file: UTF-16 when it starts with a byte order mark, else UTF-8 (bad bytes replaced). */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, StandardCharsets.UTF_16LE).substring(1);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, StandardCharsets.UTF_16BE).substring(1);
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private DocDiagnostic error(String kind, String message) {
        return new DocDiagnostic(display(), 0, DocDiagnostic.Severity.ERROR, kind, message);
    }
}
