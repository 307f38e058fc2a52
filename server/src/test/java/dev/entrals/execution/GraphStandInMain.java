package dev.entrals.execution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Runs the {@link GraphStandIn} as a process of its own for the editor end-to-end test: {@value #USERS} users at
 * {@code /v1.0/users} (pages of 100), the group {@code /v1.0/groups/g-1} (GET, DELETE), served over HTTPS on
 * 127.0.0.1 with the identity stand-in's key ({@code StandInMain}'s {@code stand-in.p12}), so the clients that trust
 * that stand-in trust this one. Usage: {@code GraphStandInMain <dir> <key.p12> <password>}. It writes
 * {@code <dir>/graph-stand-in.json} ({@code baseUrl}) and appends each request, as it arrives, to
 * {@code <dir>/graph-requests.jsonl} ({@code method}, {@code url}, {@code body}, whether it carried a bearer token;
 * never the token). Lines on stdin steer it: {@code hold} makes every later next-page request wait (recorded first)
 * until {@code release}; each is acknowledged on stdout ({@code holding next pages}, {@code released}) after
 * {@code ready <base URL>} at the start; stdin's end stops it.
 */
public final class GraphStandInMain {

    static final int USERS = 250;
    static final String GROUP_ID = "g-1";

    private GraphStandInMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GraphStandInMain <dir> <key.p12> <password>  (writes <dir>/graph-stand-in.json"
                    + " and <dir>/graph-requests.jsonl; stdin lines: hold, release; serves until stdin closes)");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        Path log = dir.resolve("graph-requests.jsonl");
        try (Writer requests = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                GraphStandIn graph = new GraphStandIn(tls(Path.of(args[1]), args[2].toCharArray()))) {
            graph.users(USERS).object("/v1.0/groups/" + GROUP_ID, Map.of("id", GROUP_ID, "displayName", "Sales"));
            graph.onRequest = r -> append(requests, r);
            writeFacts(graph, dir.resolve("graph-stand-in.json"));
            say("ready " + graph.baseUrl());
            steer(graph, System.in);
            System.err.println("graph stand-in: " + graph.requests.size() + " requests");
        }
        System.exit(0);
    }

    /** Follows the commands on {@code in} until it ends. */
    static void steer(GraphStandIn graph, InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null;) {
            switch (line.strip()) {
                case "hold" -> {
                    graph.holdPages();
                    say("holding next pages");
                }
                case "release" -> {
                    graph.releasePages();
                    say("released");
                }
                case "" -> { }
                default -> System.err.println("graph stand-in: unknown command " + line.strip());
            }
        }
    }

    /** A line on stdout, at once: the test waits for it. */
    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** One JSON line per request, flushed at once (the test waits for it); no header, so no token. */
    static synchronized void append(Writer out, GraphStandIn.Recorded r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("method", r.method());
        line.put("url", r.url());
        line.put("body", r.body());
        line.put("bearer", r.headers().getOrDefault("authorization", "").startsWith("Bearer "));
        try {
            out.write(GraphStandIn.JSON.writeValueAsString(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SSLContext tls(Path p12, char[] password) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            keys.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        return tls;
    }

    private static void writeFacts(GraphStandIn graph, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, GraphStandIn.JSON.writeValueAsBytes(Map.of("baseUrl", graph.baseUrl(), "users", USERS,
                "pageSize", graph.pageSize, "groupId", GROUP_ID)));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
