package dev.entrals.docs.modules;

import dev.entrals.docs.DocDiagnostic;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds modules the way PowerShell does: each child folder of a module folder is a module; its newest version
 * folder ({@code <Module>/<Version>/}, compared as versions) or, without version folders, the module folder itself
 * is its base. The first module folder that has a module wins, as for {@code Import-Module}. Help files are
 * {@code <culture>/*-help.xml} under the base for the user's culture, its parent language, then {@code en-US};
 * for each file name the first culture that has it wins.
 */
public final class ModuleDiscovery {

    private ModuleDiscovery() {
    }

    /** The modules under {@code roots} (missing roots are skipped), sorted by name; problems go to {@code diags}. */
    public static List<InstalledModule> find(List<Path> roots, Locale culture, List<DocDiagnostic> diags) {
        Map<String, InstalledModule> found = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Path dir : children(root, diags)) {
                String name = dir.getFileName().toString();
                String key = name.toLowerCase(Locale.ROOT);
                if (!found.containsKey(key)) {
                    module(dir, name, culture, diags).ifPresent(m -> found.put(key, m));
                }
            }
        }
        return found.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The cultures to look in, in order: {@code de-DE}, {@code de}, then {@code en-US} (no duplicates). */
    public static List<String> cultures(Locale culture) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> out = new ArrayList<>();
        for (String c : List.of(culture.toLanguageTag(), culture.getLanguage(), "en-US")) {
            if (!c.isEmpty() && !c.equals("und") && seen.add(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Optional<InstalledModule> module(Path dir, String name, Locale culture, List<DocDiagnostic> diags) {
        ModuleVersion best = null;
        Path bestDir = null;
        for (Path child : children(dir, diags)) {
            Optional<ModuleVersion> v = ModuleVersion.parse(child.getFileName().toString());
            if (v.isPresent() && (best == null || v.get().compareTo(best) > 0)
                    && Files.isRegularFile(child.resolve(name + ".psd1"))) {
                best = v.get();
                bestDir = child;
            }
        }
        Path base = bestDir != null ? bestDir : dir;
        Path manifest = base.resolve(name + ".psd1");
        List<Path> help = helpFiles(base, culture, diags);
        boolean hasManifest = Files.isRegularFile(manifest);
        if (!hasManifest && help.isEmpty() && !Files.isRegularFile(base.resolve(name + ".psm1"))) {
            return Optional.empty();
        }
        String version = best != null ? best.toString() : hasManifest ? manifestVersion(manifest) : "";
        return Optional.of(new InstalledModule(name, version, base, hasManifest ? manifest : null, help));
    }

    /**
     * The {@code ModuleVersion} a manifest declares, for a module without version folders; {@code ""} when it
     * declares none or cannot be read (its problems are reported when the module's help is read).
     */
    private static String manifestVersion(Path manifest) {
        String v = InstalledModules.manifest(manifest, new ArrayList<>()).moduleVersion();
        return v == null ? "" : v.trim();
    }

    /** The help files of a folder: {@code <culture>/*-help.xml} for each culture in order, first culture wins. */
    static List<Path> helpFiles(Path base, Locale culture, List<DocDiagnostic> diags) {
        Map<String, Path> byName = new LinkedHashMap<>();
        List<Path> folders = children(base, diags);
        for (String c : cultures(culture)) {
            for (Path folder : folders) {
                if (folder.getFileName().toString().equalsIgnoreCase(c)) {
                    for (Path f : files(folder, diags)) {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (n.endsWith("-help.xml")) {
                            byName.putIfAbsent(n, f);
                        }
                    }
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private static List<Path> children(Path dir, List<DocDiagnostic> diags) {
        return list(dir, true, diags);
    }

    private static List<Path> files(Path dir, List<DocDiagnostic> diags) {
        return list(dir, false, diags);
    }

    private static List<Path> list(Path dir, boolean folders, List<DocDiagnostic> diags) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (folders ? Files.isDirectory(p) : Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            diags.add(new DocDiagnostic(dir.toString(), 0, DocDiagnostic.Severity.ERROR, "unreadable",
                    "cannot list the folder: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        out.sort(null);
        return out;
    }
}
