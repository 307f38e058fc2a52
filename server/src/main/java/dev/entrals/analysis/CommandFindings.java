package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.entrals.script.CommandInvocation;

/**
 * The findings of each command invocation kept from earlier analyses, so an edit re-analyses only the commands it
 * touched. A command's findings depend on its own text (name, parameters, arguments, hashtable splats), whether it
 * receives pipeline input, the script-level {@link ScriptFacts} and the analyzer's index and migration table; the
 * key holds the first two, a generation holds the facts (other facts start an empty generation), and the owning
 * analyzer fixes the rest. Findings are kept relative to the command's start, so moved commands are reused too.
 */
final class CommandFindings {

    /** Past this many kept commands a generation starts afresh (a bound on memory, far above one large script). */
    static final int CAPACITY = 50_000;
    /**
     * Commands longer than this (in chars) are analysed afresh each time and not kept: their key would copy their
     * text, and nested commands (an unclosed {@code (} on each of 30,000 lines) each span the rest of the script, so
     * keeping them would copy the script once per command (quadratic memory).
     */
    static final int LONGEST_KEPT = 4_096;
    /** Past this many chars of kept command text a generation starts afresh: at most 8 MB of keys (UTF-16). */
    static final long KEPT_CHARS = 4_000_000;

    /** What identifies a command's findings within one generation. */
    record Key(String text, int nameStart, int nameEnd, int parameters, int positional, int splats,
                       boolean piped) {
    }

    /** The findings kept under one set of script facts. */
    private record Generation(ScriptFacts facts, Map<Key, List<ScriptDiagnostic>> findings, AtomicLong chars) {
    }

    private volatile Generation generation = new Generation(null, new ConcurrentHashMap<>(), new AtomicLong());
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();

    /** The generation for {@code facts}: the current one when the facts are the same, else a new empty one. */
    Map<Key, List<ScriptDiagnostic>> under(ScriptFacts facts) {
        Generation g = generation;
        if (!facts.equals(g.facts()) || g.findings().size() > CAPACITY || g.chars().get() > KEPT_CHARS) {
            g = new Generation(facts, new ConcurrentHashMap<>(), new AtomicLong());
            generation = g;
        }
        return g.findings();
    }

    /**
     * Adds the findings of {@code c} (in {@code text}) to {@code out}: the kept ones moved to where the command now
     * starts, or those {@code analyze} returns (absolute offsets), which are then kept.
     */
    void add(Map<Key, List<ScriptDiagnostic>> kept, String text, CommandInvocation c, boolean piped,
             Supplier<List<ScriptDiagnostic>> analyze, List<ScriptDiagnostic> out) {
        int start = c.start();
        int end = Math.min(Math.max(start, c.end()), text.length());
        if (end - start > LONGEST_KEPT) {
            computed.incrementAndGet();
            out.addAll(analyze.get());
            return;
        }
        Key key = new Key(text.substring(start, end),
                c.nameStart() - start, c.nameEnd() - start, c.parameters().size(), c.positional().size(),
                c.splats().size(), piped);
        List<ScriptDiagnostic> relative = kept.get(key);
        if (relative != null) {
            reused.incrementAndGet();
            for (ScriptDiagnostic d : relative) {
                out.add(start == 0 ? d : moved(d, start));
            }
            return;
        }
        computed.incrementAndGet();
        List<ScriptDiagnostic> found = analyze.get();
        List<ScriptDiagnostic> rel = new ArrayList<>(found.size());
        for (ScriptDiagnostic d : found) {
            rel.add(start == 0 ? d : moved(d, -start));
        }
        Generation g = generation;
        boolean room = g.findings() != kept || kept.size() <= CAPACITY && g.chars().get() <= KEPT_CHARS;
        if (room && kept.put(key, List.copyOf(rel)) == null && g.findings() == kept) {
            g.chars().addAndGet(key.text().length());
        }
        out.addAll(found);
    }

    /** How many command analyses were reused so far (for tests). */
    long reused() {
        return reused.get();
    }

    /** How many commands the current generation keeps, and how many chars of their text (for tests). */
    long[] size() {
        Generation g = generation;
        return new long[] {g.findings().size(), g.chars().get()};
    }

    /** How many commands were analysed afresh so far (for tests). */
    long computed() {
        return computed.get();
    }

    private static ScriptDiagnostic moved(ScriptDiagnostic d, int by) {
        return new ScriptDiagnostic(d.start() + by, d.end() + by, d.rule(), d.severity(), d.message(), d.helpUri(),
                d.suggestions());
    }
}
