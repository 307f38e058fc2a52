package dev.entrals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import dev.entrals.lsp.Json;
import dev.entrals.lsp.LspWire;
import dev.entrals.lsp.ServerProcess;

/**
 * Hover as a user meets it: a fresh server, one script naming {@value #CMDLETS} different cmdlets opened, then
 * {@code hovers} hovers cycling over those names right away (cold: no warm-up; each cmdlet's first hover is among
 * them), or after as many untimed ones (warm). Reports p50/p99/max per spawn and the child's resident memory
 * (VmRSS and its peak VmHWM from {@code /proc/PID/status}) after the run, for our server and for the constant-answer
 * lsp4j server started with the same JVM flags (and, when asked, with the JVM's defaults).
 */
final class ColdHoverBench {

    static final int CMDLETS = 40;
    private static final String URI = "file:///bench/cold.ps1";
    private static final Pattern CMDLET_FILE = Pattern.compile("[A-Z][a-z]+-[A-Za-z0-9]+\\.md");

    private final List<String> serveArgs;
    private final List<String> jvmFlags;
    private final List<String> floorFlags;
    private final int hovers;
    private final int spawns;
    private final String launcher;
    private final boolean floors;
    private long settleMillis;

    /**
     * {@code launcher}: a script to start our server with ({@code ./entra-ls}, given {@code serve} and the serve
     * arguments) instead of {@code java FLAGS -jar}; null for the latter. {@code floors}: measure the constant servers.
     */
    ColdHoverBench(List<String> serveArgs, List<String> jvmFlags, List<String> floorFlags, int hovers, int spawns,
                   String launcher, boolean floors) {
        this.launcher = launcher;
        this.floors = floors;
        this.serveArgs = serveArgs;
        this.jvmFlags = jvmFlags;
        this.floorFlags = floorFlags;
        this.hovers = hovers;
        this.spawns = spawns;
    }

    /** One spawn's figures: hover percentiles in ms and memory in MB. */
    record Run(double p50, double p99, double max, long slowOverOneMs, double firstMedian, double rssMb,
               double hwmMb) {
    }

    /**
     * Waits this long after {@code initialized} before opening the script and hovering (0: none, the default): the
     * pages of the script's cmdlets are then parsed only if the server parsed pages ahead of use meanwhile.
     */
    ColdHoverBench settle(long millis) {
        this.settleMillis = millis;
        return this;
    }

    void run() throws Exception {
        List<String> names = cmdletNames();
        String script = script(names);
        System.out.printf(Locale.ROOT, "%d hovers over %d cmdlets (%s ... %s)%s, %d spawns each; load average %s%n",
                hovers, names.size(), names.get(0), names.get(names.size() - 1),
                settleMillis > 0 ? ", script opened " + settleMillis + " ms after start-up" : "", spawns, loadAverage());
        System.out.println("| server | mode | p50 ms | p99 ms | max ms | hovers > 1 ms | 1st hover per cmdlet, median ms"
                + " | VmRSS MB | VmHWM MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (boolean warm : new boolean[] {false, true}) {
            report("entra-ls", warm, spawnRuns(true, jvmFlags, script, names.size(), warm));
            if (floors) {
                report("constant, same flags", warm, spawnRuns(false, jvmFlags, script, names.size(), warm));
            }
            if (floors && floorFlags != null) {
                report("constant, flags " + floorFlags, warm, spawnRuns(false, floorFlags, script, names.size(), warm));
            }
        }
        System.out.println("load average after: " + loadAverage());
    }

    private List<Run> spawnRuns(boolean ours, List<String> flags, String script, int lines, boolean warm)
            throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < spawns; i++) {
            try (ServerProcess s = spawn(ours, flags)) {
                LspWire w = s.wire;
                w.responseTo(w.request("initialize", Json.initialize(ProcessHandle.current().pid())));
                w.notify("initialized", Json.of("{}"));
                if (settleMillis > 0) { // a user who opens the script a little after the editor started the server
                    Thread.sleep(settleMillis);
                }
                w.notify("textDocument/didOpen", Json.didOpen(URI, script));
                if (warm) {
                    hoverRound(w, lines, false);
                }
                long[] t = hoverRound(w, lines, ours);
                long[] memory = memoryKb(s.process.pid());
                // each cmdlet's first timed hover (after the very first, which may wait for the index load)
                long[] firsts = Arrays.copyOfRange(t, 1, Math.min(lines, t.length));
                Arrays.sort(firsts);
                Arrays.sort(t);
                runs.add(new Run(ms(pct(t, 50)), ms(pct(t, 99)), ms(t[t.length - 1]),
                        Arrays.stream(t).filter(x -> x > 1_000_000).count(), ms(pct(firsts, 50)), memory[0] / 1024.0, memory[1] / 1024.0));
                LspBench.shutdown(s);
            }
        }
        return runs;
    }

    private long[] hoverRound(LspWire w, int lines, boolean checkContent) throws IOException {
        long[] t = new long[hovers];
        for (int i = 0; i < hovers; i++) {
            long t0 = System.nanoTime();
            JsonObject answer = w.responseTo(w.request("textDocument/hover", Json.at(URI, i % lines, 3)));
            t[i] = System.nanoTime() - t0;
            if (checkContent && i < lines && (!answer.has("result") || answer.get("result").isJsonNull())) {
                System.out.println("WARNING: no hover content on line " + i);
            }
        }
        return t;
    }

    private ServerProcess spawn(boolean ours, List<String> flags) throws IOException {
        if (ours && launcher != null) {
            List<String> cmd = new ArrayList<>(List.of(launcher, "serve"));
            cmd.addAll(serveArgs);
            return ServerProcess.launch(cmd); // the script execs java, so the pid is the JVM's
        }
        if (ours) {
            return ServerProcess.start(flags, serveArgs.toArray(String[]::new));
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ConstantServer.class.getName()));
        return ServerProcess.launch(cmd);
    }

    /** {@value #CMDLETS} cmdlet names spread evenly over the sorted page files of the {@code --docs} folders. */
    private List<String> cmdletNames() throws IOException {
        List<String> all = new ArrayList<>();
        for (int i = 0; i + 1 < serveArgs.size(); i++) {
            if (serveArgs.get(i).equals("--docs")) {
                try (Stream<Path> files = Files.walk(Path.of(serveArgs.get(i + 1)))) {
                    files.map(p -> p.getFileName().toString()).filter(f -> CMDLET_FILE.matcher(f).matches())
                            .map(f -> f.substring(0, f.length() - 3)).forEach(all::add);
                }
            }
        }
        List<String> sorted = all.stream().distinct().sorted().toList();
        if (sorted.size() < CMDLETS) {
            throw new IllegalArgumentException("--docs must name folders with at least " + CMDLETS + " cmdlet pages");
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < CMDLETS; i++) {
            picked.add(sorted.get(i * sorted.size() / CMDLETS));
        }
        return picked;
    }

    private static String script(List<String> names) {
        StringBuilder sb = new StringBuilder();
        names.forEach(n -> sb.append(n).append('\n'));
        return sb.toString();
    }

    private void report(String server, boolean warm, List<Run> runs) {
        double[] p50 = runs.stream().mapToDouble(Run::p50).sorted().toArray();
        double[] p99 = runs.stream().mapToDouble(Run::p99).sorted().toArray();
        double[] max = runs.stream().mapToDouble(Run::max).sorted().toArray();
        long[] slow = runs.stream().mapToLong(Run::slowOverOneMs).sorted().toArray();
        double[] firsts = runs.stream().mapToDouble(Run::firstMedian).sorted().toArray();
        double[] rss = runs.stream().mapToDouble(Run::rssMb).sorted().toArray();
        double[] hwm = runs.stream().mapToDouble(Run::hwmMb).sorted().toArray();
        int m = runs.size() / 2;
        System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.2f | %d | %.3f | %.0f | %.0f |   (p99 range "
                        + "%.3f-%.3f, RSS range %.0f-%.0f)%n", server, warm ? "warm" : "cold", p50[m], p99[m], max[m],
                slow[m], firsts[m], rss[m], hwm[m], p99[0], p99[p99.length - 1], rss[0], rss[rss.length - 1]);
    }

    /** VmRSS and VmHWM of a process in kB (zeros where /proc is not there). */
    static long[] memoryKb(long pid) {
        long[] out = new long[2];
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    out[0] = kb(line);
                } else if (line.startsWith("VmHWM:")) {
                    out[1] = kb(line);
                }
            }
        } catch (IOException e) {
            System.out.println("WARNING: no /proc status for " + pid + ": " + e);
        }
        return out;
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long pct(long[] sorted, int p) {
        int i = (int) Math.ceil(sorted.length * p / 100.0) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
