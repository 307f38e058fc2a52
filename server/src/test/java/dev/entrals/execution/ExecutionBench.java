package dev.entrals.execution;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;

/**
 * Benchmark harness (not a test): (1) the engine's time per run of {@code Get-EntraUser -Top 3} (read, bind, plan,
 * send with the real msal4j session's token, parse, format) against the bare round trip of the same request to the
 * Graph stand-in with the JDK HttpClient and Jackson (median and p99 of each, after warm-up); (2) paging 10,000 users
 * in pages of 100 with {@code -All}, the heap used after a full GC sampled every 10 pages, keeping 1,000 objects (as
 * {@code entra.run} does) and keeping all (as the CLI does). Run:
 * {@code java -cp server/target/test-classes:server/target/entra-ls.jar:<test deps> dev.entrals.execution.ExecutionBench [runs]}
 * or {@code mvn -o -q -pl server exec:java} equivalents; prints the figures.
 */
public final class ExecutionBench {

    private ExecutionBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path home = Files.createTempDirectory("entra-bench");
        SessionTestKit kit = new SessionTestKit(home);
        try (GraphStandIn graph = new GraphStandIn(kit.serverTls()).users(10_000)) {
            SessionService session = kit.newService();
            session.addEnvironment("GraphStandIn", kit.standInUrl(), graph.baseUrl());
            session.connect(ConnectRequest.fromMap(Map.of("flow", "clientSecret", "tenantId",
                    SessionTestKit.TENANT_NAME, "clientId", SessionTestKit.APP_ID, "clientSecret", SessionTestKit.SECRET,
                    "environment", "GraphStandIn", "contextScope", "Process")), null, CancellationSignal.NONE);
            HttpClient http = HttpClient.newBuilder().sslContext(kit.clientTrust()).build();
            GraphClient client = new GraphClient(http, TokenSource.of(session), GraphClient.Settings.defaults());
            ParameterBinder binder = new ParameterBinder(HelpIndex.load(StandardSources.of(List.of(), true, false)));
            RunEngine engine = new RunEngine(binder, new TestPlanner(), client, ScopeAdvice.NONE);
            String token = session.accessToken(CancellationSignal.NONE);
            String url = graph.baseUrl() + "/v1.0/users/?$select=Id,DisplayName,UserPrincipalName,Mail&$top=3";

            RunInput line = RunInput.commandLine("Get-EntraUser -Top 3");
            Runnable full = () -> {
                RunResult r = engine.run(line, PageListener.NONE, CancellationSignal.NONE);
                if (r.status() != RunStatus.OK) {
                    throw new IllegalStateException(r.text());
                }
            };
            Runnable bare = () -> {
                try {
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
                    GraphClient.Json.MAPPER.readTree(r.body());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            double[] bareMs = time(bare, runs);
            double[] fullMs = time(full, runs);
            graph.requests.clear();
            System.out.printf(Locale.ROOT, "runs %d (after %d warm-up each), load average %.2f%n", runs, runs / 2,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "bare round trip (HttpClient + Jackson): p50 %.3f ms, p99 %.3f ms%n",
                    pct(bareMs, 50), pct(bareMs, 99));
            System.out.printf(Locale.ROOT, "engine run Get-EntraUser -Top 3:       p50 %.3f ms, p99 %.3f ms%n",
                    pct(fullMs, 50), pct(fullMs, 99));
            System.out.printf(Locale.ROOT, "engine's own time (p50 difference):    %.3f ms; ratio p50 %.2f, p99 %.2f%n",
                    pct(fullMs, 50) - pct(bareMs, 50), pct(fullMs, 50) / pct(bareMs, 50), pct(fullMs, 99) / pct(bareMs, 99));

            for (int keep : new int[] {1000, Integer.MAX_VALUE}) {
                List<String> samples = new ArrayList<>();
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                long started = System.nanoTime();
                RunInput all = new RunInput("Get-EntraUser -All", 0, 18, Map.of(), false, false, ResultFormat.AUTO, keep);
                RunResult r = engine.run(all, (page, objects, limit) -> {
                    if (page % 10 == 0) {
                        System.gc();
                        samples.add(page + ":" + memory.getHeapMemoryUsage().getUsed() / (1024 * 1024) + "MB");
                    }
                }, CancellationSignal.NONE);
                long ms = (System.nanoTime() - started) / 1_000_000;
                System.out.printf(Locale.ROOT, "paging -All keep=%s: %d objects, %d requests, %d ms (with a GC every 10 "
                        + "pages); heap used after GC by page: %s%n", keep == Integer.MAX_VALUE ? "all" : keep,
                        r.count(), graph.requests.size(), ms, samples);
                graph.requests.clear();
            }
        }
        System.exit(0);
    }

    private static double[] time(Runnable r, int runs) {
        for (int i = 0; i < runs / 2; i++) {
            r.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
