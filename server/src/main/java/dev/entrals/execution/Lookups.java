package dev.entrals.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.graph.StepValues;
import dev.entrals.session.CancellationSignal;

/**
 * The steps' replies so far, the values later requests take from them, and the writes among them sent (the code
 * sends several writes in order: a failing step after one says what was changed and what was not sent).
 */
final class Lookups {
    private final GraphClient client;
    private final RequestPlan plan;
    final List<JsonNode> replies = new ArrayList<>();
    private final List<String> answered = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    final List<GraphRequest> writes = new ArrayList<>();
    private int step;

    Lookups(GraphClient client, RequestPlan plan) {
        this.client = client;
        this.plan = plan;
    }

    /** Sends step {@code n}'s tries in order until one answers; a single try's error ends the run. */
    void run(int n, CancellationSignal cancel) {
        step = n;
        RequestPlan.Lookup l = plan.lookups().get(n);
        if (l.needs().stream().map(k -> replies.get(k - 1)).anyMatch(r -> r == null || r.isNull() || r.isMissingNode())) {
            replies.add(com.fasterxml.jackson.databind.node.NullNode.getInstance()); // if ($null -ne $R): R is empty
            answered.add(null);
            return;
        }
        if (l.tries().size() == 1 && l.tries().get(0).write() && perObject(l.tries().get(0)) != null) {
            runPerObject(l.tries().get(0), cancel);
            return;
        }
        List<String> tried = new ArrayList<>();
        for (int i = 0; i < l.tries().size(); i++) {
            GraphRequest r = fill(l.tries().get(i));
            String line = client.line(r);
            try {
                GraphReply reply = client.send(r, cancel);
                replies.add(reply.body());
                answered.add(l.values().isEmpty() ? null : l.values().get(i));
                sent.add(line);
                if (r.write()) {
                    writes.add(r);
                }
                return;
            } catch (GraphFault f) {
                if (l.tries().size() == 1 || f.kind() != GraphFault.Kind.GRAPH_ERROR) {
                    throw failed(f, r.write(), List.of());
                }
                tried.add(line + " (" + f.status() + ")"); // the code tries the next path
            }
        }
        GraphFault none = GraphFault.of(GraphFault.Kind.NOT_FOUND, "Not found: none of the " + tried.size()
                + " requests the module's code tries in turn answered" + (writes.isEmpty()
                ? "; nothing was changed." : "."), String.join("\n  ", tried));
        throw writes.isEmpty() ? none : stopped(none, step + 1);
    }

    /**
     * Step {@code step}'s fault as the run ends with it: after writes, what was changed and what was not sent
     * ({@code first}, then the later steps and the requests); a Graph error of the first write, that nothing was
     * changed and what was not sent; a lookup's Graph error before any write, that nothing was changed.
     */
    private GraphFault failed(GraphFault f, boolean write, List<String> first) {
        if (!writes.isEmpty()) {
            return stopped(f, step + 1, first);
        }
        if (f.kind() != GraphFault.Kind.GRAPH_ERROR) {
            return f; // no reply: whether the write was done is not known
        }
        return f.withHint(write ? "Nothing was changed. Not sent: " + String.join(", ", left(step + 1, first))
                + "." : "The module's code looks this up before its request; nothing was changed.");
    }

    /** A list edit the tenant's list does not allow ({@code ListEdits.Stopped}): the code stops there. */
    GraphFault refused(dev.entrals.graph.ListEdits.Stopped stop) {
        GraphFault f = GraphFault.of(GraphFault.Kind.NOT_FOUND, stop.getMessage() + " (the module's code stops"
                + " here, before its " + (writes.isEmpty() ? "write); nothing was changed." : "next write)."),
                String.join("\n  ", sent));
        return writes.isEmpty() ? f : stopped(f, next());
    }

    /** The first step not sent: the one being filled, or the one after the step that answered last. */
    private int next() {
        return replies.size() > step ? step + 1 : step;
    }

    /** The per-object reference of a step's URL ({@code value.id} of an earlier reply), or null. */
    private Map.Entry<Integer, String> perObject(GraphRequest r) {
        return StepValues.references(r.relativeUrl()).stream()
                .filter(ref -> ref.getValue().startsWith("value.") && !ref.getValue().contains("["))
                .findFirst().orElse(null);
    }

    /**
     * A write step the code sends once per object of an earlier reply ({@code foreach ($u in $users)}), in order;
     * none when the reply has no objects. A failure stops the run like any step's, the objects after it not sent.
     */
    private void runPerObject(GraphRequest template, CancellationSignal cancel) {
        Map.Entry<Integer, String> ref = perObject(template);
        JsonNode all = replies.get(ref.getKey() - 1) == null ? null
                : StepValues.at(replies.get(ref.getKey() - 1), ref.getValue());
        List<GraphRequest> each = each(template, ref,
                all == null ? List.of() : all.isArray() ? all : List.of(all));
        for (int i = 0; i < each.size(); i++) {
            try {
                client.send(each.get(i), cancel);
            } catch (GraphFault f) {
                throw failed(f, true, each.subList(i + 1, each.size()).stream().map(client::line).toList());
            }
            writes.add(each.get(i));
        }
        replies.add(null); // the code keeps no reply of a per-object write
        answered.add(null);
        sent.add(shownLine(template));
    }

    /** The request once per item, the reference {@code ref} (an earlier reply's list) read as that item. */
    private List<GraphRequest> each(GraphRequest r, Map.Entry<Integer, String> ref, Iterable<JsonNode> items) {
        List<GraphRequest> each = new ArrayList<>();
        for (JsonNode item : items) {
            java.util.function.BiFunction<Integer, String, JsonNode> one = (n, path) ->
                    n.equals(ref.getKey()) && path.equals(ref.getValue()) ? item : value(n, path);
            each.add(r.with(StepValues.fillUrl(r.relativeUrl(), one), StepValues.fillBody(r.body(), one)));
        }
        return each;
    }

    /** A fault after writes: what was changed and what was not sent (the steps from {@code from} on, the requests). */
    private GraphFault stopped(GraphFault f, int from) {
        return stopped(f, from, List.of());
    }

    /** As {@link #stopped(GraphFault, int)}, the requests {@code first} not sent before those. */
    private GraphFault stopped(GraphFault f, int from, List<String> first) {
        return PlanRunner.partly(f, writes.stream().map(client::line).toList(), left(from, first));
    }

    /** The requests not sent: {@code first}, the steps from {@code from} on, the plan's requests. */
    private List<String> left(int from, List<String> first) {
        List<String> left = new ArrayList<>(first);
        for (RequestPlan.Lookup later : plan.lookups().subList(from, plan.lookups().size())) {
            left.add(shownLine(later.tries().get(0)));
        }
        plan.requests().forEach(r -> left.add(shownLine(r)));
        return left;
    }

    private String shownLine(GraphRequest r) {
        return r.method() + " " + client.endpoint() + StepValues.shown(r.relativeUrl(), plan.lookups());
    }

    /**
     * The request with the looked-up values in place; one per value where its URL names a property of each
     * object of a reply ({@code value.id}: the module's {@code foreach} over the reply).
     */
    List<GraphRequest> expand(GraphRequest r) {
        for (Map.Entry<Integer, String> ref : StepValues.references(r.relativeUrl())) {
            JsonNode v = value(ref.getKey(), ref.getValue());
            if (v.isArray()) {
                return each(r, ref, v);
            }
        }
        return List.of(fill(r));
    }

    GraphRequest fill(GraphRequest r) {
        return r.with(StepValues.fillUrl(r.relativeUrl(), this::value), StepValues.fillBody(r.body(), this::value));
    }

    JsonNode value(int n, String path) {
        if (n < 1 || n > replies.size()) {
            throw new IllegalStateException("a plan names lookup " + n + " before it ran");
        }
        if (path.startsWith(dev.entrals.graph.ListEdits.LIST)) {
            return list(replies.get(n - 1) == null ? null : StepValues.at(replies.get(n - 1), path.substring(1)));
        }
        JsonNode v = path.equals("#") ? (answered.get(n - 1) == null ? null
                : com.fasterxml.jackson.databind.node.TextNode.valueOf(answered.get(n - 1)))
                : replies.get(n - 1) == null ? null : StepValues.at(replies.get(n - 1), path);
        if (v == null) {
            GraphFault f = GraphFault.of(GraphFault.Kind.NOT_FOUND, "Not found: the reply of " + sent.get(n - 1)
                    + " has no " + (path.isEmpty() ? "object" : path) + (writes.isEmpty()
                    ? "; nothing was changed." : "."), sent.get(n - 1));
            throw writes.isEmpty() ? f : stopped(f, next());
        }
        if (v.isArray() && v.size() == 1) {
            return v.get(0);
        }
        return v;
    }


    /**
     * The list at a path of lookup {@code n}'s reply as PowerShell's member enumeration gives it (each object's list
     * joined; empty when there is none).
     */
    private static JsonNode list(JsonNode v) {
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory
                .instance.arrayNode();
        if (v != null && v.isArray()) {
            v.forEach(x -> out.addAll(x.isArray() ? (com.fasterxml.jackson.databind.node.ArrayNode) x
                    : out.arrayNode().add(x)));
        } else if (v != null && !v.isNull()) {
            out.add(v);
        }
        return out;
    }
}
