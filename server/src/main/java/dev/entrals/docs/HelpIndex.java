package dev.entrals.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable, thread-safe snapshot of the help pages of some sources. Loading reads only each page's front matter
 * head; a page is parsed fully (with flexmark) on first use and cached, so start-up cost does not grow with the
 * corpus. Later sources win for the same cmdlet name; each page remembers its source.
 */
public final class HelpIndex {

    private final List<Page> pages;
    private final Map<String, Page> byName;
    private final List<DocDiagnostic> loadDiagnostics;
    private final int fileCount;
    private volatile Map<String, Page> aliases;

    private HelpIndex(List<Page> pages, Map<String, Page> byName, List<DocDiagnostic> loadDiagnostics, int files) {
        this.pages = pages;
        this.byName = byName;
        this.loadDiagnostics = loadDiagnostics;
        this.fileCount = files;
    }

    /** Loads the given sources in order (put {@link DocsSource#bundledPages()} first); never throws on bad input. */
    public static HelpIndex load(List<DocsSource> sources) {
        Diagnostics diags = new Diagnostics("");
        List<PageFiles.Stub> stubs = new ArrayList<>();
        int files = 0;
        for (DocsSource source : sources) {
            files += PageFiles.scan(source, stubs, diags);
        }
        List<Page> pages = stubs.stream().map(Page::new).toList();
        Map<String, Page> byName = new HashMap<>();
        for (Page p : pages) {
            byName.put(p.stub.name().toLowerCase(Locale.ROOT), p);
        }
        return new HelpIndex(pages, Map.copyOf(byName), diags.list(), files);
    }

    /** An index with no pages, for use until a real one has loaded. */
    public static HelpIndex empty() {
        return new HelpIndex(List.of(), Map.of(), List.of(), 0);
    }

    /** The bundled pages (when {@code withBundled}), then each folder in order. */
    public static HelpIndex load(List<java.nio.file.Path> folders, boolean withBundled) {
        List<DocsSource> sources = new ArrayList<>();
        if (withBundled) {
            sources.add(DocsSource.bundledPages());
        }
        folders.forEach(f -> sources.add(DocsSource.folder(f)));
        return load(sources);
    }

    /** The help of a cmdlet by name or alias, any case; a module-qualified name ({@code Module\Name}) also works. */
    public Optional<CmdletHelp> find(String nameOrAlias) {
        String key = nameOrAlias.trim();
        int slash = key.lastIndexOf('\\');
        key = (slash >= 0 ? key.substring(slash + 1) : key).toLowerCase(Locale.ROOT);
        Page p = byName.get(key);
        if (p == null) {
            p = aliasMap().get(key);
        }
        return p == null ? Optional.empty() : Optional.of(p.parsed().help());
    }

    /**
     * Parses one page so that the parser's classes are loaded and compiled before the first real lookup; a server
     * calls it on its background thread right after {@link #load}. Does nothing on an empty index.
     */
    public void warmUp() {
        byName.values().stream().findFirst().ifPresent(Page::parsed);
    }

    /** The cmdlet names, sorted case-insensitively (the winner's spelling for names given twice). */
    public List<String> names() {
        return byName.values().stream().map(p -> p.stub.name()).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /**
     * Every alias the pages declare, as written, with the name of the cmdlet it stands for, sorted by alias; reads
     * only the pages that may declare aliases (platyPS v2 pages), so it stays cheap on v1 corpora.
     */
    public Map<String, String> aliasNames() {
        Map<String, String> out = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        aliasMap().forEach((key, page) -> {
            CmdletHelp help = page.parsed().help();
            help.aliases().stream().filter(a -> a.equalsIgnoreCase(key)).findFirst()
                    .ifPresent(a -> out.put(a, help.name()));
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The cmdlet names that start with {@code prefix}, any case, sorted. */
    public List<String> withPrefix(String prefix) {
        return names().stream().filter(n -> n.regionMatches(true, 0, prefix, 0, prefix.length())).toList();
    }

    /** Up to {@code max} names close to an unknown one (by edit distance or containment), closest first. */
    public List<String> closeNames(String unknown, int max) {
        return CloseNames.of(unknown, names(), max);
    }

    /** Binds a typed parameter name ({@code -Us}, {@code Us}) to one of the cmdlet's parameters, PowerShell's way. */
    public ParameterMatch resolveParameter(CmdletHelp cmdlet, String typed) {
        return ParameterResolver.resolve(cmdlet, typed);
    }

    /** Every parameter the cmdlet accepts: its own, {@code -WhatIf}/{@code -Confirm} where listed, common ones. */
    public List<ParameterHelp> acceptedParameters(CmdletHelp cmdlet) {
        return ParameterResolver.accepted(cmdlet);
    }

    /** The winning page of every cmdlet, parsed, sorted by name. */
    public List<CmdletHelp> cmdlets() {
        parseAll();
        return byName.values().stream().map(p -> p.parsed().help())
                .sorted(Comparator.comparing(CmdletHelp::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Every cmdlet page loaded, including those a later source overrides, parsed, in load order. */
    public List<CmdletHelp> allPages() {
        parseAll();
        return pages.stream().map(p -> p.parsed().help()).toList();
    }

    /** Problems of loading and of every page (this parses every page), sorted by file and line. */
    public List<DocDiagnostic> diagnostics() {
        parseAll();
        List<DocDiagnostic> all = new ArrayList<>(loadDiagnostics);
        pages.forEach(p -> all.addAll(p.parsed().diagnostics()));
        all.sort(Comparator.comparing(DocDiagnostic::file).thenComparingInt(DocDiagnostic::line));
        return all;
    }

    /** The number of Markdown files the sources held (cmdlet pages or not, readable or not). */
    public int fileCount() {
        return fileCount;
    }

    private void parseAll() {
        pages.parallelStream().forEach(Page::parsed);
    }

    private Map<String, Page> aliasMap() {
        Map<String, Page> a = aliases;
        if (a == null) {
            synchronized (this) {
                a = aliases;
                if (a == null) {
                    Map<String, Page> built = new LinkedHashMap<>();
                    for (Page p : pages) {
                        if (p.stub.mayHaveAliases() && byName.get(p.stub.name().toLowerCase(Locale.ROOT)) == p) {
                            for (String alias : p.parsed().help().aliases()) {
                                built.put(alias.toLowerCase(Locale.ROOT), p);
                            }
                        }
                    }
                    byName.keySet().forEach(built::remove);
                    a = Map.copyOf(built);
                    aliases = a;
                }
            }
        }
        return a;
    }

    /** A page found at load; parsed once, on first use. */
    private static final class Page {
        private final PageFiles.Stub stub;
        private volatile PlatyPsReader.ParsedPage parsed;

        Page(PageFiles.Stub stub) {
            this.stub = stub;
        }

        PlatyPsReader.ParsedPage parsed() {
            PlatyPsReader.ParsedPage p = parsed;
            if (p == null) {
                synchronized (this) {
                    p = parsed;
                    if (p == null) {
                        p = parse();
                        parsed = p;
                    }
                }
            }
            return p;
        }

        private PlatyPsReader.ParsedPage parse() {
            Diagnostics diags = new Diagnostics(stub.display());
            String text = PageFiles.read(stub.file(), stub.display(), diags, false);
            if (text == null) {
                diags.error(0, "unreadable", "the page could no longer be read");
                return PlatyPsReader.empty(stub.name(), stub.display(), stub.source().label(), diags.list());
            }
            try {
                return PlatyPsReader.read(text, stub.display(), stub.source().label(), stub.name());
            } catch (RuntimeException e) {
                diags.error(0, "reader-failure", "the reader failed on this page: " + e);
                return PlatyPsReader.empty(stub.name(), stub.display(), stub.source().label(), diags.list());
            }
        }
    }
}
