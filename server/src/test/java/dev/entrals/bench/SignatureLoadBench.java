package dev.entrals.bench;

import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the bundled signature index costs a fresh JVM (run it once per JVM, several times): CPU and wall time of
 * loading the standard bundled sources with and without it, and of the first lookup that parses one command's facts.
 * {@code java -cp server/target/test-classes:server/target/entra-ls.jar dev.entrals.bench.SignatureLoadBench
 * [--no-signatures]}. Prints one line.
 */
public final class SignatureLoadBench {

    private SignatureLoadBench() {
    }

    public static void main(String[] args) {
        boolean signatures = !(args.length > 0 && args[0].equals("--no-signatures"));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        List<DocsSource> sources = new ArrayList<>();
        if (signatures) {
            sources.add(SignatureSource.bundled());
        }
        sources.add(DocsSource.bundledPages());
        HelpIndex index = HelpIndex.load(sources);
        long cpu1 = mx.getCurrentThreadCpuTime();
        long wall1 = System.nanoTime();
        String name = signatures ? "Get-EntraUser" : "Connect-Entra";
        boolean found = index.find(name).isPresent();
        long cpu2 = mx.getCurrentThreadCpuTime();
        long wall2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: %d commands; load %.1f ms CPU / %.1f ms wall; first find (%s, %s) %.1f ms CPU"
                        + " / %.1f ms wall%n", signatures ? "with signatures" : "without signatures",
                index.names().size(), (cpu1 - cpu0) / 1e6, (wall1 - wall0) / 1e6, name, found ? "found" : "missing",
                (cpu2 - cpu1) / 1e6, (wall2 - wall1) / 1e6);
    }
}
