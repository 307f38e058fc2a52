package dev.entrals.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.google.gson.JsonObject;

import dev.entrals.lsp.Json;
import dev.entrals.lsp.ServerProcess;
import dev.entrals.testing.HostileInputs;

/**
 * One hostile session against the built jar, as issue 11 describes it: each hostile document opened, diagnosed,
 * fixed-all and closed, 1,600 malformed and pipelined messages, a 20 MB document, a final hover; prints the time to
 * each document's diagnostics, the process's RSS (and peak) along the way, and the time from {@code exit} to the end
 * of the process. Not a test: figures depend on the machine.
 *
 * <p>Run: {@code java -cp server/target/test-classes:server/target/entra-ls.jar dev.entrals.bench.HostileSessionBench
 * [--jar JAR] [--jvm FLAG]...}
 */
public final class HostileSessionBench {

    private static final long STEP_SECONDS = 120;

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private ServerProcess server;

    public static void main(String[] args) throws Exception {
        List<String> jvm = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> System.setProperty("entrals.jar", args[++i]);
                case "--jvm" -> jvm.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (jvm.isEmpty()) {
            jvm.add("-XX:TieredStopAtLevel=1");
        }
        new HostileSessionBench().run(jvm);
    }

    private void run(List<String> jvm) throws Exception {
        System.out.printf(Locale.ROOT, "jar %s, jvm %s, load average %s%n", ServerProcess.jar(), jvm, load());
        server = ServerProcess.start(jvm);
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    received.add(server.wire.read());
                }
            } catch (Exception end) {
                // stdout closed
            }
        }, "reader");
        reader.setDaemon(true);
        reader.start();
        int id = server.wire.request("initialize", Json.initialize(null));
        await(m -> isResponse(m, id));
        server.wire.notify("initialized", Json.of("{}"));
        rss("after initialize");

        Map<String, Supplier<String>> inputs = new LinkedHashMap<>();
        inputs.put("30,000 lines 'Get-EntraUser -UserId ('", HostileInputs::unclosedParens);
        inputs.put("720 kB of U+FFFD", HostileInputs::replacementCharacters);
        inputs.put("500,000 backtick continuations", HostileInputs::backtickContinuations);
        inputs.put("one 10 MB line of -P v pairs", HostileInputs::longLineOfParameters);
        inputs.put("1,000,000 CR-only lines", HostileInputs::crOnlyLines);
        inputs.put("20 MB document", HostileInputs::twentyMegabytes);
        int n = 0;
        for (var e : inputs.entrySet()) {
            String uri = "file:///bench/hostile" + (n++) + ".ps1";
            long t0 = System.nanoTime();
            server.wire.notify("textDocument/didOpen", Json.didOpen(uri, e.getValue().get()));
            JsonObject d = await(m -> isDiagnostics(m, uri));
            long t1 = System.nanoTime();
            String diag = d == null ? "NONE within " + STEP_SECONDS + " s" : d.getAsJsonObject("params")
                    .getAsJsonArray("diagnostics").size() + " diagnostics";
            int fix = server.wire.request("textDocument/codeAction", fixAll(uri));
            JsonObject fixed = await(m -> isResponse(m, fix));
            long t2 = System.nanoTime();
            String fixAnswer = fixed == null ? "NO ANSWER" : fixed.has("error") ? "error "
                    + fixed.getAsJsonObject("error").get("code") : "result";
            server.wire.notify("textDocument/didClose", Json.of("{'textDocument': {'uri': '" + uri + "'}}"));
            await(m -> isDiagnostics(m, uri));
            System.out.printf(Locale.ROOT, "%-42s diagnostics %7.0f ms (%s); fix-all %6.0f ms (%s)%n", e.getKey(),
                    (t1 - t0) / 1e6, diag, (t2 - t1) / 1e6, fixAnswer);
            rss("after closing it");
        }
        malformed(1_600);
        String small = "file:///bench/final.ps1";
        server.wire.notify("textDocument/didOpen", Json.didOpen(small, "Disconnect-Entra\n"));
        int hover = server.wire.request("textDocument/hover", Json.at(small, 0, 3));
        JsonObject h = await(m -> isResponse(m, hover));
        System.out.println("final hover: " + (h != null && h.toString().contains("Disconnect-Entra") ? "answered" : h));
        rss("after 1,600 malformed messages");
        long idle = System.nanoTime();
        while (System.nanoTime() - idle < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(100); // a bench, not a test: the process's size after a quiet moment
        }
        rss("after 5 s idle");
        int shutdown = server.wire.request("shutdown", null);
        await(m -> isResponse(m, shutdown));
        long exit = System.nanoTime();
        server.wire.notify("exit", null);
        boolean ended = server.process.waitFor(60, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "exit -> process ended: %s%n", ended
                ? String.format(Locale.ROOT, "%.0f ms, code %d", (System.nanoTime() - exit) / 1e6, server.process.exitValue())
                : "STILL RUNNING after 60 s");
        server.close();
    }

    private void malformed(int count) throws Exception {
        String[] bad = {"{\"jsonrpc\":\"2.0\",\"id\":", "Get-EntraUser -Top 1", "[1,2,3]", "null", "{\"foo\":1}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}", "{\"jsonrpc\":\"2.0\",\"method\":\"entra/nope\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":5}}"};
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String body = bad[i % bad.length];
            all.append(i % 10 == 9 ? "\u0001\u00ff junk" : "Content-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        }
        server.wire.raw(all.toString().getBytes(StandardCharsets.UTF_8)); // pipelined: one write
    }

    private JsonObject await(Predicate<JsonObject> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
        while (true) {
            long left = end - System.nanoTime();
            JsonObject m = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
            if (m == null || wanted.test(m)) {
                return m;
            }
        }
    }

    private static boolean isResponse(JsonObject m, int id) {
        return m.has("id") && !m.get("id").isJsonNull() && m.get("id").getAsInt() == id && !m.has("method");
    }

    private static boolean isDiagnostics(JsonObject m, String uri) {
        return m.has("method") && "textDocument/publishDiagnostics".equals(m.get("method").getAsString())
                && uri.equals(m.getAsJsonObject("params").get("uri").getAsString());
    }

    private static JsonObject fixAll(String uri) {
        return Json.of("{'textDocument': {'uri': '" + uri + "'}, 'range': {'start': {'line': 0, 'character': 0},"
                + " 'end': {'line': 0, 'character': 0}}, 'context': {'diagnostics': [], 'only': ['source.fixAll']}}");
    }

    private void rss(String when) throws Exception {
        String rss = "?";
        String peak = "?";
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(server.process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).trim();
            } else if (line.startsWith("VmHWM:")) {
                peak = line.substring(6).trim();
            }
        }
        System.out.printf(Locale.ROOT, "  RSS %s (peak %s) %s; load average %s%n", rss, peak, when, load());
    }

    private static String load() throws Exception {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }
}
