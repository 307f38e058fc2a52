package dev.entrals.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonObject;

import dev.entrals.lsp.Json;
import dev.entrals.lsp.LspWire;
import dev.entrals.lsp.ServerProcess;

/**
 * Drives the built jar over stdio like an editor (one request in flight at a time) and prints p50/p99 round trips of
 * hover, completion and diagnostics, next to two floors: an unknown method (-32601) and a constant answer (hover on a
 * document that is not open, answered on the message thread). Also the time from process spawn to the first hover.
 *
 * <p>Run: {@code mvn -o -q -DskipTests package test-compile -pl server} then
 * {@code java -cp server/target/test-classes:server/target/entra-ls.jar dev.entrals.bench.LspBench [--docs DIR]...
 * [--n N] [--spawns N] [--jvm FLAG]... [--startup-only | --diagnostics-only] [--no-signatures]}
 *
 * <p>{@code --hover-tail [--hovers N] [--floor-jvm FLAG]... [--launcher ./entra-ls] [--no-floor] [--settle MS]}
 * measures instead hover cold and warm on fresh spawns and each server's resident memory ({@link ColdHoverBench});
 * {@code --floor-jvm ""} adds a constant-server run with the JVM's default flags; {@code --launcher} starts our server
 * with the script; {@code --settle} opens the script that much after start-up.
 */
public final class LspBench {

    private static final String URI = "file:///bench/script.ps1";
    private static final String NOT_OPEN = "file:///bench/not-open.ps1";

    private final List<String> serveArgs = new ArrayList<>();
    private final List<String> jvmFlags = new ArrayList<>();
    private int n = 5000;
    private int spawns = 5;
    private int emptyFirstHovers;
    private boolean startupOnly;
    private boolean diagnosticsOnly;
    private boolean hoverTail;
    private int hovers = 2000;
    private List<String> floorFlags;
    private String launcher;
    private boolean floors = true;
    private long settle;
    private boolean noSignatures;

    public static void main(String[] args) throws Exception {
        LspBench b = new LspBench();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> { b.serveArgs.add("--docs"); b.serveArgs.add(args[++i]); }
                case "--n" -> b.n = Integer.parseInt(args[++i]);
                case "--spawns" -> b.spawns = Integer.parseInt(args[++i]);
                case "--jvm" -> b.jvmFlags.add(args[++i]);
                case "--startup-only" -> b.startupOnly = true;
                case "--diagnostics-only" -> b.diagnosticsOnly = true;
                case "--hover-tail" -> b.hoverTail = true;
                case "--hovers" -> b.hovers = Integer.parseInt(args[++i]);
                case "--launcher" -> b.launcher = args[++i];
                case "--no-floor" -> b.floors = false;
                case "--settle" -> b.settle = Long.parseLong(args[++i]);
                case "--floor-jvm" -> {
                    b.floorFlags = b.floorFlags == null ? new ArrayList<>() : b.floorFlags;
                    if (!args[++i].isEmpty()) {
                        b.floorFlags.add(args[i]);
                    }
                }
                case "--no-signatures" -> b.noSignatures = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        b.run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, %s; jvm flags %s; serve %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("os.name"), System.getProperty("java.vm.version"), jvmFlags, serveArgs);
        if (hoverTail) {
            new ColdHoverBench(serveArgs, jvmFlags, floorFlags, hovers, spawns, launcher, floors).settle(settle).run();
            return;
        }
        if (!diagnosticsOnly) {
            startup();
        }
        if (diagnosticsOnly) {
            diagnosticsOnly();
        } else if (!startupOnly) {
            steadyState();
        }
    }

    private void startup() throws Exception {
        report("spawn -> first hover answered, entra-ls serve", firstHovers(true));
        report("spawn -> first hover answered, bare lsp4j constant server (floor)", firstHovers(false));
    }

    private void report(String what, long[] t) {
        if (emptyFirstHovers > 0) {
            what += " (" + emptyFirstHovers + " answered without content)";
            emptyFirstHovers = 0;
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%s: median %.0f ms (min %.0f, max %.0f; %d spawns)%n",
                what, ms(t[t.length / 2]), ms(t[0]), ms(t[t.length - 1]), t.length);
    }

    /** The initialize params; {@code --no-signatures} turns the bundled signature index off (to compare). */
    private com.google.gson.JsonObject initializeParams() {
        com.google.gson.JsonObject p = Json.initialize(ProcessHandle.current().pid());
        if (noSignatures) {
            p.add("initializationOptions", Json.of("{'settings': {'entra': {'docs': {'signatures': false}}}}"));
        }
        return p;
    }

    private ServerProcess spawn(boolean ours) throws IOException {
        if (ours) {
            return ServerProcess.start(jvmFlags, serveArgs.toArray(String[]::new));
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ConstantServer.class.getName()));
        return ServerProcess.launch(cmd);
    }

    private long[] firstHovers(boolean ours) throws Exception {
        long[] firstHover = new long[spawns];
        for (int i = 0; i < spawns; i++) {
            long t0 = System.nanoTime();
            try (ServerProcess s = spawn(ours)) {
                LspWire w = s.wire;
                w.responseTo(w.request("initialize", initializeParams()));
                w.notify("initialized", Json.of("{}"));
                w.notify("textDocument/didOpen", Json.didOpen(URI, script(20)));
                JsonObject answer = w.responseTo(w.request("textDocument/hover", Json.at(URI, 1, 12)));
                firstHover[i] = System.nanoTime() - t0;
                if (!answer.has("result") || answer.get("result").isJsonNull()) {
                    emptyFirstHovers++;
                }
                shutdown(s);
            }
        }
        return firstHover;
    }

    private void steadyState() throws Exception {
        try (ServerProcess s = ServerProcess.start(jvmFlags, serveArgs.toArray(String[]::new))) {
            LspWire w = s.wire;
            w.responseTo(w.request("initialize", initializeParams()));
            w.notify("initialized", Json.of("{}"));
            String script = script(4000);
            w.notify("textDocument/didOpen", Json.didOpen(URI, script));
            awaitDiagnostics(w, 1);

            for (int[] at : new int[][] {{1198, 12}, {1198, 24}}) {
                JsonObject sample = w.responseTo(w.request("textDocument/hover", Json.at(URI, at[0], at[1])));
                if (!sample.has("result") || sample.get("result").isJsonNull()) {
                    System.out.println("WARNING: the benchmarked hover at " + at[0] + ":" + at[1] + " has no content");
                }
            }
            long[] unknown = requests(w, "entra/benchUnknownMethod", Json.of("{}"));
            long[] constant = requests(w, "textDocument/hover", Json.at(NOT_OPEN, 0, 0));
            // line 1198: $users = Get-EntraUser -Top 10 -Filter "..."
            long[] hover = requests(w, "textDocument/hover", Json.at(URI, 1198, 12));
            long[] hoverParameter = requests(w, "textDocument/hover", Json.at(URI, 1198, 24));
            long[] signature = requests(w, "textDocument/signatureHelp", Json.at(URI, 1198, 27));
            long[] completion = requests(w, "textDocument/completion", Json.at(URI, 1198, 25));
            long[] names = requests(w, "textDocument/completion", Json.at(URI, 1198, 16));
            long[] diagnostics = diagnostics(w, Math.max(50, n / 25));

            double floor = ms(pct(unknown, 50));
            double constantFloor = ms(pct(constant, 50));
            System.out.println();
            System.out.println("| round trip | p50 ms | p99 ms | p50 / -32601 floor | p50 / constant floor |");
            System.out.println("|---|---|---|---|---|");
            row("unknown method (-32601), the issue's floor", unknown, floor, constantFloor);
            row("constant answer (hover, document not open)", constant, floor, constantFloor);
            row("hover on a cmdlet name (4,000-line script)", hover, floor, constantFloor);
            row("hover on a parameter", hoverParameter, floor, constantFloor);
            row("signature help", signature, floor, constantFloor);
            row("completion of parameters (-T)", completion, floor, constantFloor);
            row("completion of cmdlet names (Get-Ent)", names, floor, constantFloor);
            row("didChange -> publishDiagnostics (4,000 lines)", diagnostics, floor, constantFloor);
            shutdown(s);
        }
    }

    /** Only the didChange -> publishDiagnostics round trips (no start-up spawns, no request floors). */
    private void diagnosticsOnly() throws Exception {
        try (ServerProcess s = ServerProcess.start(jvmFlags, serveArgs.toArray(String[]::new))) {
            LspWire w = s.wire;
            w.responseTo(w.request("initialize", initializeParams()));
            w.notify("initialized", Json.of("{}"));
            w.notify("textDocument/didOpen", Json.didOpen(URI, script(4000)));
            awaitDiagnostics(w, 1);
            long[] diagnostics = diagnostics(w, Math.max(50, n / 25));
            System.out.printf(Locale.ROOT, "didChange -> publishDiagnostics (4,000 lines): p50 %.3f ms, p99 %.3f ms%n",
                    ms(pct(diagnostics, 50)), ms(pct(diagnostics, 99)));
            shutdown(s);
        }
    }

    private long[] requests(LspWire w, String method, JsonObject params) throws IOException {
        for (int i = 0; i < n / 2; i++) {
            w.responseTo(w.request(method, params));
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            w.responseTo(w.request(method, params));
            t[i] = System.nanoTime() - t0;
        }
        return t;
    }

    private long[] diagnostics(LspWire w, int count) throws IOException {
        long[] t = new long[count];
        int version = 1;
        for (int i = -5; i < count; i++) {
            version++;
            JsonObject change = Json.of("{'textDocument': {'version': " + version + "}, 'contentChanges': [{'range': "
                    + "{'start': {'line': 2000, 'character': 0}, 'end': {'line': 2000, 'character': 0}}, 'text': '#'}]}");
            change.getAsJsonObject("textDocument").addProperty("uri", URI);
            long t0 = System.nanoTime();
            w.notify("textDocument/didChange", change);
            awaitDiagnostics(w, version);
            if (i >= 0) {
                t[i] = System.nanoTime() - t0;
            }
        }
        return t;
    }

    private static void awaitDiagnostics(LspWire w, int version) throws IOException {
        while (true) {
            JsonObject m = w.read();
            if (m.has("method") && m.get("method").getAsString().equals("textDocument/publishDiagnostics")) {
                JsonObject p = m.getAsJsonObject("params");
                if (p.has("version") && p.get("version").getAsInt() == version) {
                    return;
                }
            }
        }
    }

    static void shutdown(ServerProcess s) throws Exception {
        s.wire.responseTo(s.wire.request("shutdown", null));
        s.wire.notify("exit", null);
        s.awaitExit(10);
    }

    /** A script of {@code lines} lines of typical Entra calls (not a corpus copy). */
    static String script(int lines) {
        String[] shapes = {
            "Connect-Entra -TenantId $tenant -Scopes 'User.Read.All'",
            "$users = Get-EntraUser -Top 10 -Filter \"startswith(DisplayName,'A')\"",
            "Get-EntraGroup -GroupId $g.Id | Select-Object DisplayName",
            "foreach ($u in $users) { Set-EntraUser -UserId $u.Id -Department 'Ops' }",
            "New-EntraGroup -DisplayName 'Bench' -MailEnabled $false -SecurityEnabled $true -MailNickname 'bench'",
            "Get-AzureADUser -ObjectId $id",
            "# a comment line",
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(shapes[i % shapes.length]).append('\n');
        }
        return sb.toString();
    }

    private static void row(String name, long[] t, double floor, double constantFloor) {
        double p50 = ms(pct(t, 50));
        System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.2f | %.2f |%n", name, p50, ms(pct(t, 99)),
                p50 / floor, p50 / constantFloor);
    }

    private static long pct(long[] t, int p) {
        long[] s = t.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(s.length * p / 100.0) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
