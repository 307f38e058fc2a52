package dev.entrals.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An immutable, thread-safe snapshot of the help pages of some sources. Loading reads only each page's front matter
 * head; a page is parsed fully (with flexmark) on first use and cached, so start-up cost does not grow with the
 * corpus. Later sources win for the same cmdlet name; each page remembers its source.
 */
public final class HelpIndex {

    private static final Logger LOG = Logger.getLogger(HelpIndex.class.getName());

    private final List<Page> pages;
    private final Map<String, Page> byName;
    private final List<DocDiagnostic> loadDiagnostics;
    private final int fileCount;
    private final List<SourceSummary> sources;
    private volatile Map<String, Page> aliases;

    private HelpIndex(List<Page> pages, Map<String, Page> byName, List<DocDiagnostic> loadDiagnostics, int files,
                      List<SourceSummary> sources) {
        this.pages = pages;
        this.byName = byName;
        this.loadDiagnostics = loadDiagnostics;
        this.fileCount = files;
        this.sources = sources;
    }

    /** Loads the given sources in order (put {@link DocsSource#bundledPages()} first); never throws on bad input. */
    public static HelpIndex load(List<DocsSource> sources) {
        Diagnostics diags = new Diagnostics("");
        List<Page> pages = new ArrayList<>();
        List<SourceSummary> summaries = new ArrayList<>();
        int files = 0;
        for (DocsSource source : sources) {
            int before = pages.size();
            String[] note = {""};
            int seen = source.provider() != null ? provided(source, pages, diags, note) : scanned(source, pages, diags);
            files += seen;
            List<Page> mine = pages.subList(before, pages.size());
            summaries.add(new SourceSummary(source.label(), seen, (int) mine.stream().filter(p -> p.hasHelp).count(),
                    (int) mine.stream().map(p -> p.name.toLowerCase(Locale.ROOT)).distinct().count(), note[0]));
        }
        Map<String, Page> byName = new HashMap<>();
        for (Page p : pages) {
            byName.merge(p.name.toLowerCase(Locale.ROOT), p, (old, now) -> old.hasHelp && !now.hasHelp ? old : now);
        }
        withFacts(pages, byName);
        return new HelpIndex(List.copyOf(pages), Map.copyOf(byName), diags.list(), files, List.copyOf(summaries));
    }

    private static int scanned(DocsSource source, List<Page> out, Diagnostics diags) {
        List<PageFiles.Stub> stubs = new ArrayList<>();
        int files = PageFiles.scan(source, stubs, diags);
        stubs.forEach(stub -> out.add(new Page(stub.name(), stub.mayHaveAliases(), true, true, () -> parse(stub))));
        return files;
    }

    private static int provided(DocsSource source, List<Page> out, Diagnostics diags, String[] note) {
        PageProvider.Pages found;
        try {
            found = source.provider().provide();
        } catch (RuntimeException e) {
            diags.errorIn(source.label(), 0, "reader-failure", "the source failed to load: " + e);
            return 0;
        }
        found.diagnostics().forEach(diags::add);
        note[0] = found.note();
        java.util.function.BinaryOperator<CmdletHelp> merge = source.provider().factsMerge();
        for (PageProvider.Page p : found.pages()) {
            Page page = new Page(p.name(), false, p.hasHelp(), false, () -> read(source, p));
            page.knownAliases = p.aliases();
            page.factsMerge = merge;
            out.add(page);
        }
        return found.files();
    }

    /**
     * Where a source of code facts knows a command that a later page wins for, the winner becomes that page with
     * the facts merged in (parsed on first use, like any page); a facts page that wins stays as it is.
     */
    private static void withFacts(List<Page> pages, Map<String, Page> byName) {
        Map<String, Page> facts = new HashMap<>();
        pages.stream().filter(p -> p.factsMerge != null).forEach(p -> facts.put(p.name.toLowerCase(Locale.ROOT), p));
        facts.forEach((key, code) -> {
            Page winner = byName.get(key);
            if (winner != null && winner != code && winner.hasHelp) {
                Page merged = new Page(winner.name, winner.mayHaveAliases, true, winner.markdown, () -> {
                    PlatyPsReader.ParsedPage page = winner.parsed();
                    CmdletHelp help = code.factsMerge.apply(page.help(), code.parsed().help());
                    return new PlatyPsReader.ParsedPage(help, page.diagnostics());
                });
                merged.knownAliases = code.knownAliases;
                merged.mergedFrom = winner;
                byName.put(key, merged);
            } else if (winner != null && winner != code) {
                byName.put(key, code);
            }
        });
    }

    /** An index with no pages, for use until a real one has loaded. */
    public static HelpIndex empty() {
        return new HelpIndex(List.of(), Map.of(), List.of(), 0, List.of());
    }

    /** What each source contributed, in load order (later sources win for the same name). */
    public List<SourceSummary> sources() {
        return sources;
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
     * Parses one Markdown page so that the parser's classes are loaded and compiled before the first real lookup; a
     * server calls it on its background thread right after {@link #load}. Does nothing without Markdown pages.
     */
    public void warmUp() {
        byName.values().stream().filter(p -> p.markdown).findFirst().ifPresent(Page::parsed);
    }

    /**
     * Parses, one at a time, every page a lookup can return that is not parsed yet (bundled first, then each source
     * in order), asking {@code idle} before each page, so that a cmdlet's first lookup costs what later ones do. A
     * page that fails to parse is skipped (its lookup reports the failure as before). Returns the number of pages
     * this call parsed; stops early, with {@link InterruptedException}, when its thread is interrupted.
     */
    public int preParse(IdleSignal idle) throws InterruptedException {
        int parsed = 0;
        for (Page p : pages) {
            if (p.parsed != null || byName.get(p.name.toLowerCase(Locale.ROOT)) != p) {
                continue;
            }
            idle.awaitIdle();
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            try {
                p.parsed();
                parsed++;
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.FINE, "pre-parse skipped " + p.name + ": " + e, e);
            }
        }
        return parsed;
    }

    /** How many pages are parsed so far (of {@link #fileCount()} files; pages a later source shadows included). */
    public int parsedCount() {
        return (int) pages.stream().filter(p -> p.parsed != null).count();
    }

    /** The cmdlet names, sorted case-insensitively (the winner's spelling for names given twice). */
    public List<String> names() {
        return byName.values().stream().map(p -> p.name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
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
                    for (Page p : byName.values()) {
                        p.knownAliases.forEach(alias -> built.put(alias.toLowerCase(Locale.ROOT), p));
                    }
                    for (Page p : pages) {
                        Page winner = byName.get(p.name.toLowerCase(Locale.ROOT));
                        if (p.mayHaveAliases && winner != null && (winner == p || winner.mergedFrom == p)) {
                            for (String alias : p.parsed().help().aliases()) {
                                built.put(alias.toLowerCase(Locale.ROOT), winner);
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

    private static PlatyPsReader.ParsedPage parse(PageFiles.Stub stub) {
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

    private static PlatyPsReader.ParsedPage read(DocsSource source, PageProvider.Page page) {
        try {
            PageProvider.Read r = page.reader().get();
            return new PlatyPsReader.ParsedPage(r.help(), r.diagnostics());
        } catch (RuntimeException e) {
            Diagnostics diags = new Diagnostics(source.label());
            diags.error(0, "reader-failure", "the reader failed on " + page.name() + ": " + e);
            return PlatyPsReader.empty(page.name(), source.label(), source.label(), diags.list());
        }
    }

    /** A page found at load; parsed once, on first use. */
    private static final class Page {
        private final String name;
        private final boolean mayHaveAliases;
        private final boolean hasHelp;
        private final boolean markdown;
        private final java.util.function.Supplier<PlatyPsReader.ParsedPage> parser;
        private volatile PlatyPsReader.ParsedPage parsed;
        private List<String> knownAliases = List.of();
        private java.util.function.BinaryOperator<CmdletHelp> factsMerge;
        private Page mergedFrom;

        Page(String name, boolean mayHaveAliases, boolean hasHelp, boolean markdown,
             java.util.function.Supplier<PlatyPsReader.ParsedPage> parser) {
            this.name = name;
            this.mayHaveAliases = mayHaveAliases;
            this.hasHelp = hasHelp;
            this.markdown = markdown;
            this.parser = parser;
        }

        PlatyPsReader.ParsedPage parsed() {
            PlatyPsReader.ParsedPage p = parsed;
            if (p == null) {
                synchronized (this) {
                    p = parsed;
                    if (p == null) {
                        p = parser.get();
                        parsed = p;
                    }
                }
            }
            return p;
        }
    }
}
