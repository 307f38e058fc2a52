package dev.entrals.cli;

import dev.entrals.docs.HelpIndex;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls docs bench DIR...}: times loading an index of the folders (index only), the first lookup (which
 * parses one page), and parsing every page; the first iteration is the cold JVM, the rest give warm medians.
 * Times are wall clock and, for the single-threaded phases, the CPU time of the measuring thread (steadier on a
 * busy machine).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure loading the docs of DIR...: index, first find (one full parse), all pages parsed.")
public final class DocsBenchCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of platyPS pages.")
    List<Path> folders;

    @CommandLine.Option(names = "--iterations", defaultValue = "20", description = "Runs in this JVM (default 20).")
    int iterations;

    @CommandLine.Option(names = "--processes", defaultValue = "0",
            description = "Also start this many fresh JVMs, each timing JVM start to index loaded and one find answered.")
    int processes;

    @CommandLine.Option(names = "--first-only", hidden = true,
            description = "Run once and print the milliseconds from JVM start to the first find (for --processes).")
    boolean firstOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!DocsOptions.foldersExist(folders, spec.commandLine().getErr())) {
            return Main.USAGE;
        }
        if (firstOnly) {
            HelpIndex index = HelpIndex.load(folders, true);
            index.find(middleName(index));
            out.println(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            out.flush();
            return Main.OK;
        }
        int n = Math.max(2, iterations);
        double[][] t = new double[5][n];
        int pages = 0;
        for (int i = 0; i < n; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            HelpIndex index = HelpIndex.load(folders, false);
            long b = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            index.find(middleName(index));
            long c = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            pages = index.allPages().size();
            long d = System.nanoTime();
            t[0][i] = (b - a) / 1e6;
            t[1][i] = (c1 - c0) / 1e6;
            t[2][i] = (c - b) / 1e6;
            t[3][i] = (c2 - c1) / 1e6;
            t[4][i] = (d - c) / 1e6;
        }
        out.printf("%d pages, %d iterations, %s %s, %d cores, load average %.1f%n", pages, n,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("%-36s %10s %12s %10s%n", "phase (ms)", "cold (1st)", "warm median", "warm min");
        row(out, "load index, wall", t[0]);
        row(out, "load index, cpu", t[1]);
        row(out, "first find (one full parse), wall", t[2]);
        row(out, "first find (one full parse), cpu", t[3]);
        row(out, "parse all other pages, wall", t[4]);
        if (processes > 0) {
            out.printf("fresh JVM start -> index loaded -> first find answered: median %.0f ms over %d processes%n",
                    processes(), processes);
        }
        out.flush();
        return Main.OK;
    }

    private static String middleName(HelpIndex index) {
        List<String> names = index.names();
        return names.isEmpty() ? "" : names.get(names.size() / 2);
    }

    private static void row(PrintWriter out, String label, double[] times) {
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(warm);
        out.printf("%-36s %10.1f %12.1f %10.1f%n", label, times[0], warm[warm.length / 2], warm[0]);
    }

    private double processes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] ms = new double[processes];
        for (int i = 0; i < processes; i++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "docs", "bench", "--first-only"));
            folders.forEach(f -> cmd.add(f.toString()));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line = r.readLine();
                ms[i] = line == null ? Double.NaN : Double.parseDouble(line.trim());
            }
            p.waitFor();
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
