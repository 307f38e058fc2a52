package dev.entrals.docs.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a downloaded docs archive and installs one channel of it: the archive must be a complete zip with no
 * absolute or {@code ..} entry names (such an archive is refused whole) and must hold platyPS pages under
 * {@code [<top folder>/]module/docs/entra-powershell-<channel>/}; those Markdown files are extracted to a temporary
 * folder that then replaces {@code <docs>/<channel>} by renames.
 */
final class DocsArchive {

    /** Limits against archive bombs: per page, in total, and entries. */
    static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 100_000;

    private DocsArchive() {
    }

    static DocsFetcher.Result install(Path archive, String channel, Path docsRoot) throws IOException {
        Pattern wanted = Pattern.compile("^(?:[^/]+/)?module/docs/entra-powershell-" + Pattern.quote(channel)
                + "/(.+)$");
        Path staging = Files.createTempDirectory(docsRoot, ".extract-" + channel + "-");
        try {
            int pages = extract(archive, wanted, staging);
            if (pages == 0) {
                throw new IOException("the archive holds no platyPS pages under module/docs/entra-powershell-"
                        + channel + "/");
            }
            Path target = docsRoot.resolve(channel);
            swap(staging, target);
            return new DocsFetcher.Result(target, pages);
        } finally {
            deleteTree(staging);
        }
    }

    /** Extracts the channel's Markdown files into {@code staging}; returns how many are platyPS pages. */
    private static int extract(Path archive, Pattern wanted, Path staging) throws IOException {
        int pages = 0;
        long total = 0;
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new IOException("the archive has " + zip.size() + " entries: refused");
            }
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                checkName(en.nextElement().getName());
            }
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                Matcher m = wanted.matcher(e.getName().replace('\\', '/'));
                if (e.isDirectory() || !m.matches() || !e.getName().toLowerCase(Locale.ROOT).endsWith(".md")) {
                    continue;
                }
                byte[] bytes = read(zip, e);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new IOException("the pages of the archive exceed " + MAX_TOTAL_BYTES + " bytes: refused");
                }
                Path out = staging.resolve(m.group(1)).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("the archive entry " + e.getName() + " points outside its folder: refused");
                }
                Files.createDirectories(out.getParent());
                Files.write(out, bytes);
                if (isPlatyPsPage(bytes)) {
                    pages++;
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new IOException("the download is not a complete zip archive (" + e.getMessage() + ")", e);
        }
        return pages;
    }

    /** Refuses absolute names, drive letters and {@code ..} segments. */
    static void checkName(String name) throws IOException {
        String n = name.replace('\\', '/');
        boolean absolute = n.startsWith("/") || n.matches("^[A-Za-z]:.*");
        boolean parent = ("/" + n + "/").contains("/../");
        if (absolute || parent || n.indexOf('\0') >= 0) {
            throw new IOException("the archive has an unsafe entry name '" + name + "' (absolute or ..): refused");
        }
    }

    private static byte[] read(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) MAX_PAGE_BYTES + 1);
            if (bytes.length > MAX_PAGE_BYTES) {
                throw new IOException("the archive entry " + e.getName() + " is larger than a page can be: refused");
            }
            return bytes;
        }
    }

    /** True when the file starts with front matter naming a platyPS schema. */
    private static boolean isPlatyPsPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return head.startsWith("---") && (head.contains("schema: 2.0.0") || head.contains("PlatyPS schema version"));
    }

    /** Moves {@code staging} to {@code target}; the previous target is kept until the new one is in place. */
    private static void swap(Path staging, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temporary folder in the cache is harmless; the next fetch makes its own
        }
    }
}
