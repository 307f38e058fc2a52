package dev.entrals.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;

/** The Graph stand-in for tests outside this package (the CLI's process tests), with 7 users served. */
public final class GraphStandInAccess implements AutoCloseable {

    private final GraphStandIn graph;

    private GraphStandInAccess(GraphStandIn graph) {
        this.graph = graph;
    }

    /** Starts a stand-in serving with {@code tls}. */
    public static GraphStandInAccess start(SSLContext tls) throws IOException {
        return new GraphStandInAccess(new GraphStandIn(tls).users(7));
    }

    public String baseUrl() {
        return graph.baseUrl();
    }

    /** Serves {@code count} members ({@code Member 1}...) at {@code path}. */
    public void members(String path, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", "m-" + i);
            m.put("displayName", "Member " + i);
            items.add(m);
        }
        graph.collection(path, items);
    }

    /** Serves a collection at {@code path} (whatever its query). */
    public void collection(String path, List<Map<String, Object>> items) {
        graph.collection(path, items);
    }

    public void users(int count) {
        graph.users(count);
    }

    public void object(String path, Map<String, Object> o) {
        graph.object(path, o);
    }

    /** {@code METHOD URL} of every request so far. */
    public List<String> requestLines() {
        return graph.requests.stream().map(GraphStandIn.Recorded::line).toList();
    }

    /** The Authorization header of the last request. */
    public String lastAuthorization() {
        return graph.requests.get(graph.requests.size() - 1).headers().get("authorization");
    }

    @Override
    public void close() {
        graph.close();
    }
}
