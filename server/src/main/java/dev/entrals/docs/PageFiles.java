package dev.entrals.docs;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds the pages of a source and reads files safely: size limit, binary and encoding checks. At load it reads
 * only what the index needs from each page (front matter title and schema), leaving the full parse for first use.
 */
final class PageFiles {

    /** Pages larger than this are refused (the largest real platyPS page is far below 1 MB). */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /** A cmdlet page found at load: its indexed name, where it is, and whether it may declare aliases (v2). */
    record Stub(String name, Path file, String display, DocsSource source, boolean mayHaveAliases) {
    }

    private static volatile FileSystem jarFileSystem;

    private PageFiles() {
    }

    /** Adds the cmdlet pages of {@code source} (sorted by path) to {@code out}; returns how many .md files it saw. */
    static int scan(DocsSource source, List<Stub> out, Diagnostics loadDiags) {
        Path root = source.bundled() ? bundledRoot() : source.folder();
        String label = source.bundled() ? "docs-source" : source.folder().toString();
        if (root == null || !Files.isDirectory(root)) {
            loadDiags.errorIn(label, 0, "unreadable", (source.bundled() ? "the bundled docs-source/ folder"
                    : "folder " + label) + " does not exist or is not a folder");
            return 0;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 32, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".md") || n.endsWith(".markdown")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    loadDiags.errorIn(display(root, label, file), 0, "unreadable", "cannot read: " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            loadDiags.errorIn(label, 0, "unreadable", "cannot list the folder: " + reason(e));
        }
        files.sort(null);
        for (Path file : files) {
            String display = display(root, label, file);
            String text = read(file, display, loadDiags, true);
            if (text != null) {
                stub(text, file, display, source, loadDiags).ifPresent(out::add);
            }
        }
        return files.size();
    }

    private static java.util.Optional<Stub> stub(String text, Path file, String display, DocsSource source,
                                                 Diagnostics diags) {
        String stem = file.getFileName().toString().replaceFirst("(?i)\\.(md|markdown)$", "");
        FrontMatterHead head = FrontMatterHead.of(text);
        boolean module = head.value("document type").equalsIgnoreCase("module") || head.has("Module Guid");
        boolean cmdletLike = head.present() ? !module : stem.matches("[A-Za-z]+-[A-Za-z0-9]+");
        if (!cmdletLike || stem.toLowerCase(Locale.ROOT).startsWith("about_")) {
            diags.infoIn(display, 1, "not-a-cmdlet-page", "skipped: not a cmdlet page");
            return java.util.Optional.empty();
        }
        String name = head.value("title").isEmpty() ? stem : head.value("title");
        boolean v2 = head.has("PlatyPS schema version") || head.has("document type");
        return java.util.Optional.of(new Stub(name, file, display, source, v2 || !head.present()));
    }

    /**
     * Reads a page as text; null (with an error diagnostic when {@code report}) when it cannot be used: missing,
     * too large, or binary. Invalid UTF-8 is reported and replaced, so the rest of the page still loads.
     */
    static String read(Path file, String display, Diagnostics diags, boolean report) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                if (report) {
                    diags.errorIn(display, 0, "too-large", "skipped: " + size + " bytes is over the "
                            + MAX_BYTES + "-byte limit for a page");
                }
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                    || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
                return stripBom(new String(bytes, StandardCharsets.UTF_16));
            }
            for (byte b : bytes) {
                if (b == 0) {
                    if (report) {
                        diags.errorIn(display, 0, "binary", "skipped: a binary file, not Markdown");
                    }
                    return null;
                }
            }
            return stripBom(decode(bytes, display, diags, report));
        } catch (IOException | RuntimeException e) {
            if (report) {
                diags.errorIn(display, 0, "unreadable", "cannot read: " + reason(e));
            }
            return null;
        }
    }

    private static String decode(byte[] bytes, String display, Diagnostics diags, boolean report) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = strict.decode(in, out, true);
        if (!r.isError()) {
            strict.flush(out);
            return out.flip().toString();
        }
        if (report) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            diags.errorIn(display, line, "invalid-utf8", "the file is not valid UTF-8 (bad bytes replaced by U+FFFD)");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String display(Path root, String label, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        return label.endsWith("/") ? label + rel : label + "/" + rel;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** The bundled {@code docs-source/} folder on the class path (a directory, or inside the jar), or null. */
    static Path bundledRoot() {
        try {
            URL url = PageFiles.class.getClassLoader().getResource("docs-source");
            if (url != null && url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            Path location = Path.of(PageFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return location.resolve("docs-source");
            }
            return jarFileSystem(location).getPath("/docs-source");
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static synchronized FileSystem jarFileSystem(Path jar) throws IOException {
        if (jarFileSystem == null) {
            jarFileSystem = FileSystems.newFileSystem(jar, (ClassLoader) null);
        }
        return jarFileSystem;
    }
}
