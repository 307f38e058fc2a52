package dev.entrals.cli;

import dev.entrals.docs.HelpIndex;
import java.io.PrintWriter;
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
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure loading the docs of DIR...: index, first find (one full parse), all pages parsed.")
public final class DocsBenchCmd implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of platyPS pages.")
    List<Path> folders;

    @CommandLine.Option(names = "--iterations", defaultValue = "20", description = "Runs in this JVM (default 20).")
    int iterations;

    @CommandLine.Option(names = "--processes", defaultValue = "0",
            description = "Also time this many fresh JVMs, each loading the index and answering one find.")
    int processes;

    @CommandLine.Option(names = "--first-only", hidden = true, description = "Run once and print nothing (for --processes).")
    boolean firstOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!DocsOptions.foldersExist(folders, spec.commandLine().getErr())) {
            return Main.USAGE;
        }
        int n = firstOnly ? 1 : Math.max(1, iterations);
        double[][] t = new double[3][n];
        int pages = 0;
        for (int i = 0; i < n; i++) {
            long a = System.nanoTime();
            HelpIndex index = HelpIndex.load(folders, false);
            long b = System.nanoTime();
            String first = index.names().isEmpty() ? "" : index.names().get(index.names().size() / 2);
            index.find(first);
            long c = System.nanoTime();
            pages = index.allPages().size();
            long d = System.nanoTime();
            t[0][i] = (b - a) / 1e6;
            t[1][i] = (c - b) / 1e6;
            t[2][i] = (d - b) / 1e6;
        }
        if (firstOnly) {
            return Main.OK;
        }
        out.printf("%d pages, %d iterations, %s %s, %d cores%n", pages, n, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.printf("%-34s %10s %12s %10s%n", "phase (ms)", "cold (1st)", "warm median", "warm min");
        row(out, "load index (front matter only)", t[0]);
        row(out, "first find (parses one page)", t[1]);
        row(out, "parse all pages", t[2]);
        if (processes > 0) {
            out.printf("fresh JVM, load + first find, wall clock: median %.0f ms over %d processes%n",
                    processes(), processes);
        }
        out.flush();
        return Main.OK;
    }

    private static void row(PrintWriter out, String label, double[] times) {
        double[] warm = times.length > 1 ? Arrays.copyOfRange(times, 1, times.length) : times.clone();
        Arrays.sort(warm);
        out.printf("%-34s %10.1f %12.1f %10.1f%n", label, times[0], warm[warm.length / 2], warm[0]);
    }

    private double processes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] wall = new double[processes];
        for (int i = 0; i < processes; i++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "docs", "bench", "--first-only"));
            folders.forEach(f -> cmd.add(f.toString()));
            long a = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.waitFor();
            wall[i] = (System.nanoTime() - a) / 1e6;
        }
        Arrays.sort(wall);
        return wall[wall.length / 2];
    }
}
