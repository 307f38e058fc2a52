package dev.entrals.docs.modules;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.PageProvider;
import dev.entrals.docs.PageSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The help of installed PowerShell modules as docs sources, one per module: the commands of its MAML help files
 * (read on first use) and, as commands known without help, the names its manifest exports that no help file has.
 */
public final class InstalledModules {

    private InstalledModules() {
    }

    /** One source per module found under {@code roots} (see {@link ModuleDiscovery}), sorted by module name. */
    public static List<DocsSource> sources(List<Path> roots, Locale culture) {
        List<DocDiagnostic> discovery = new ArrayList<>();
        List<InstalledModule> modules = ModuleDiscovery.find(roots, culture, discovery);
        List<DocsSource> out = new ArrayList<>();
        for (InstalledModule m : modules) {
            List<DocDiagnostic> found = out.isEmpty() ? discovery : List.of();
            out.add(new DocsSource(label(m), m.base(), false, new Provider(m, culture, found)));
        }
        if (out.isEmpty() && !discovery.isEmpty()) {
            out.add(DocsSource.provided("installed modules", () -> new PageProvider.Pages(List.of(), discovery, 0)));
        }
        return out;
    }

    /**
     * One module's pages; the code facts of its script functions win over any later page of the same command (see
     * {@link ModuleCode#mergeInto}).
     */
    private record Provider(InstalledModule module, Locale culture, List<DocDiagnostic> earlier)
            implements PageProvider {

        @Override
        public Pages provide() {
            return InstalledModules.provide(module, culture, earlier);
        }

        @Override
        public java.util.function.BinaryOperator<CmdletHelp> factsMerge() {
            return ModuleCode::mergeInto;
        }
    }

    /** The label of a module's source: {@code module Name Version}. */
    static String label(InstalledModule m) {
        return "module " + m.name() + (m.version().isEmpty() ? "" : " " + m.version());
    }

    static PageProvider.Pages provide(InstalledModule m, Locale culture, List<DocDiagnostic> earlier) {
        List<DocDiagnostic> diags = new ArrayList<>(earlier);
        List<PageProvider.Page> pages = new ArrayList<>();
        Set<String> documented = new HashSet<>();
        String origin = label(m);
        ModuleManifest manifest = m.manifest() == null ? null : manifest(m.manifest(), diags);
        List<Path> helpFiles = new ArrayList<>(m.helpFiles());
        if (manifest != null) {
            helpFiles.addAll(nestedHelp(m, manifest, culture, diags));
        }
        ModuleScripts.Result scripts = ModuleScripts.read(m, m.manifest() == null ? null : manifestText(m.manifest()));
        diags.addAll(scripts.diagnostics());
        Map<String, ModuleScripts.Exported> code = new java.util.LinkedHashMap<>();
        scripts.functions().forEach(f -> code.putIfAbsent(f.function().name().toLowerCase(Locale.ROOT), f));
        for (Path file : helpFiles) {
            HelpFile help = new HelpFile(file, m.name(), origin);
            boolean first = true;
            for (String name : help.names(diags)) {
                if (documented.add(name.toLowerCase(Locale.ROOT))) {
                    boolean carriesFileProblems = first;
                    ModuleScripts.Exported f = code.get(name.toLowerCase(Locale.ROOT));
                    pages.add(f == null ? new PageProvider.Page(name, true, () -> read(help, name, m, carriesFileProblems))
                            : new PageProvider.Page(name, true, f.aliases(), () -> {
                                PageProvider.Read r = read(help, name, m, carriesFileProblems);
                                return new PageProvider.Read(r.help().hasHelp()
                                        ? ModuleCode.merged(r.help(), f, m.name(), origin)
                                        : ModuleCode.of(f, m.name(), origin), r.diagnostics());
                            }));
                    first = false;
                }
            }
        }
        for (ModuleScripts.Exported f : code.values()) {
            String name = f.function().name();
            if (documented.add(name.toLowerCase(Locale.ROOT))) {
                pages.add(new PageProvider.Page(name, true, f.aliases(),
                        () -> new PageProvider.Read(ModuleCode.of(f, m.name(), origin), List.of())));
            }
        }
        code.values().forEach(f -> f.aliases().forEach(a -> documented.add(a.toLowerCase(Locale.ROOT))));
        if (manifest != null) {
            for (String name : manifest.exportedNames()) {
                if (documented.add(name.toLowerCase(Locale.ROOT))) {
                    PageSource src = new PageSource(origin, m.manifest().toString(), Map.of());
                    pages.add(new PageProvider.Page(name, false,
                            () -> new PageProvider.Read(CmdletHelp.withoutHelp(name, m.name(), src), List.of())));
                }
            }
        }
        return new PageProvider.Pages(pages, diags, helpFiles.size() + (manifest == null ? 0 : 1) + scripts.files(),
                scripts.files() == 0 ? "" : "code: " + scripts.functions().size() + " of " + scripts.defined()
                        + " functions exported, " + scripts.files() + " script" + (scripts.files() == 1 ? "" : "s"));
    }

    /** A manifest's text, or null when it cannot be read (reading the manifest reports that). */
    private static String manifestText(Path file) {
        try {
            return Files.size(file) > HelpFile.MAX_BYTES ? null : HelpFile.decode(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Help files of nested modules that live in their own folder inside the module ({@code NestedModules =
     * @('Sub\Sub.psd1')}): PowerShell looks for their help next to them. Entries outside the module are ignored.
     */
    private static List<Path> nestedHelp(InstalledModule m, ModuleManifest manifest, Locale culture,
                                         List<DocDiagnostic> diags) {
        List<Path> out = new ArrayList<>();
        Path base = m.base().toAbsolutePath().normalize();
        for (String nested : manifest.nestedModules()) {
            try {
                Path p = base.resolve(nested.replace('\\', '/')).normalize();
                Path dir = java.nio.file.Files.isDirectory(p) ? p : p.getParent();
                if (dir != null && dir.startsWith(base) && !dir.equals(base)) {
                    for (Path f : ModuleDiscovery.helpFiles(dir, culture, diags)) {
                        if (!out.contains(f) && !m.helpFiles().contains(f)) {
                            out.add(f);
                        }
                    }
                }
            } catch (java.nio.file.InvalidPathException e) {
                // a nested module named by something that is not a path (a module name) has no folder here
            }
        }
        return out;
    }

    private static PageProvider.Read read(HelpFile help, String name, InstalledModule m, boolean withFileProblems) {
        CmdletHelp found = help.byName().get(name.toLowerCase(Locale.ROOT));
        List<DocDiagnostic> problems = withFileProblems ? help.parsed().diagnostics() : List.of();
        if (found == null) {
            PageSource src = new PageSource(label(m), help.display(), Map.of());
            return new PageProvider.Read(CmdletHelp.withoutHelp(name, m.name(), src), problems);
        }
        return new PageProvider.Read(found, problems);
    }

    /** Reads a manifest; a file that cannot be read gives an empty manifest and an error. */
    static ModuleManifest manifest(Path file, List<DocDiagnostic> diags) {
        try {
            if (Files.size(file) > HelpFile.MAX_BYTES) {
                throw new IOException("too large");
            }
            ModuleManifest mf = ModuleManifest.read(HelpFile.decode(Files.readAllBytes(file)), file.toString());
            diags.addAll(mf.diagnostics());
            return mf;
        } catch (IOException | RuntimeException e) {
            diags.add(new DocDiagnostic(file.toString(), 0, DocDiagnostic.Severity.ERROR, "unreadable",
                    "cannot read the module manifest: " + e.getClass().getSimpleName()));
            return ModuleManifest.read("", file.toString());
        }
    }
}
