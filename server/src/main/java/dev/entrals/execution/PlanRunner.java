package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.graph.StepValues;
import dev.entrals.session.CancellationSignal;

/**
 * Sends a plan's requests in order and collects the objects of the last reply, or of every reply in order when the
 * plan is {@link RequestPlan#combined() combined} (the module loops over a list and joins the replies): a collection
 * ({@code value}) paged through {@code @odata.nextLink} within {@link RequestPlan.Paging}, or one object. Keeps at
 * most {@code keep} objects and counts the rest, so memory stays flat however many pages arrive. The plan's
 * {@link RequestPlan#lookups() lookups} go first, in order: each sends its tries until one answers, and the values
 * later requests name ({@link StepValues}) are taken from that reply; a lookup that finds nothing (a 404, an empty
 * {@code value}, a missing id) ends the run there, before any write is sent.
 */
final class PlanRunner {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /**
     * What the run collected; {@code text} the reply's text when it was not JSON (XML), {@code written} the local
     * files the replies were written to ({@link GraphRequest#replyFile()}), in order; {@code report} lines saying
     * what a loop over a reply's objects did besides its writes (objects not sent, a request sent once more).
     */
    record Collected(List<Map<String, Object>> objects, long count, boolean single, List<GraphRequest> writes,
                     String text, List<String> written, List<String> report) {
        Collected(List<Map<String, Object>> objects, long count, boolean single, List<GraphRequest> writes,
                  String text, List<String> written) {
            this(objects, count, single, writes, text, written, List.of());
        }

        Collected(List<Map<String, Object>> objects, long count, boolean single, List<GraphRequest> writes) {
            this(objects, count, single, writes, null, List.of());
        }
    }

    /** The objects kept and counted so far, across the replies collected. */
    private static final class Tally {
        final List<Map<String, Object>> kept = new ArrayList<>();
        final int keep;
        final Integer limit;
        final Consumer<Map<String, Object>> each;
        long count;
        int page;

        Tally(int keep, Integer limit, Consumer<Map<String, Object>> each) {
            this.keep = keep;
            this.limit = limit;
            this.each = each;
        }

        boolean full() {
            return limit != null && count >= limit;
        }

        void add(Map<String, Object> o, boolean ofCollection) {
            count++;
            if (ofCollection && each != null) {
                each.accept(o);
            }
            if (kept.size() < keep) {
                kept.add(o);
            }
        }
    }

    private final GraphClient client;

    PlanRunner(GraphClient client) {
        this.client = client;
    }

    Collected run(RequestPlan plan, int keep, PageListener pages, CancellationSignal cancel) {
        return run(plan, keep, pages, cancel, null);
    }

    /**
     * As {@link #run(RequestPlan, int, PageListener, CancellationSignal)}, also handing every object of a collection
     * to {@code each} as it arrives (a caller writing them out keeps memory flat with a small {@code keep}).
     */
    Collected run(RequestPlan plan, int keep, PageListener pages, CancellationSignal cancel,
                  Consumer<Map<String, Object>> each) {
        List<GraphRequest> requests = plan.requests();
        List<GraphRequest> before = List.of();
        if (!plan.lookups().isEmpty()) {
            Lookups found = new Lookups(plan);
            try { // a step's body or the requests' is filled from the replies so far: a list edit may stop there
                for (int i = 0; i < plan.lookups().size(); i++) {
                    found.run(i, cancel);
                }
                if (plan.perObject() == null) {
                    requests = requests.stream().flatMap(r -> found.expand(r).stream()).toList();
                }
            } catch (dev.entrals.graph.ListEdits.Stopped stop) {
                throw found.refused(stop);
            } catch (dev.entrals.graph.ListEdits.Unchanged same) { // the module's code skips its write
                return new Collected(List.of(), 0, true, found.writes, null, List.of(), List.of("Nothing was written: "
                        + same.getMessage() + " (in the reply of " + String.join(", ", found.sent) + "). Not sent: "
                        + String.join(", ", requests.stream().map(found::shownLine).toList()) + "."));
            }
            if (plan.perObject() != null) { // one request per object of a reply, by its type
                return new ObjectRequests(client, plan).run(found.replies.get(plan.perObject().lookup() - 1),
                        found::value, found.writes, cancel);
            }
            before = found.writes;
        }
        RequestPlan.Paging paging = plan.paging() == null ? RequestPlan.Paging.SINGLE : plan.paging();
        Tally tally = new Tally(keep, paging.limit(), each);
        if (plan.combined()) {
            for (int i = 0; i < requests.size(); i++) {
                if (tally.full()) {
                    break;
                }
                GraphRequest r = requests.get(i);
                GraphReply reply;
                try {
                    reply = client.send(r, cancel);
                } catch (GraphFault f) {
                    throw partly(f, before, requests, i); // a loop of writes says which were sent before the failure
                }
                collect(reply, r, paging, tally, pages, cancel);
            }
            return new Collected(tally.kept, tally.count, false, concat(before, writes(requests)));
        }
        GraphReply reply = null;
        List<String> written = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            try {
                reply = client.send(requests.get(i), cancel);
            } catch (GraphFault f) {
                throw partly(f, before, requests, i);
            }
            if (requests.get(i).replyFile() != null) { // the module's -OutputFilePath: only once the write answered
                written.add(LocalFiles.writeReply(reply, requests.get(i), client.endpoint()));
            }
        }
        if (reply != null && reply.body() != null && reply.body().isTextual()) {
            tally.add(Map.of("Value", reply.body().asText()), false); // XML: its text is the result
            return new Collected(tally.kept, tally.count, true, concat(before, writes(requests)), reply.body().asText(),
                    written);
        }
        boolean single = collect(reply, requests.get(requests.size() - 1), paging, tally, pages, cancel);
        return new Collected(tally.kept, tally.count, single, concat(before, writes(requests)), null, written);
    }

    private static List<GraphRequest> concat(List<GraphRequest> a, List<GraphRequest> b) {
        List<GraphRequest> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private GraphFault partly(GraphFault f, List<GraphRequest> before, List<GraphRequest> requests, int failed) {
        return partly(f, concat(before, writes(requests.subList(0, failed))).stream().map(this::line).toList(),
                requests.subList(failed + 1, requests.size()).stream().map(this::line).toList());
    }

    /**
     * A fault after writes were sent (a write step's, a later lookup's, or request {@code failed}'s): it says which
     * were sent (changed) and which were not sent; the fault as it is when no write was sent before it.
     */
    static GraphFault partly(GraphFault f, List<String> done, List<String> left) {
        if (done.isEmpty()) {
            return f;
        }
        return f.withHint("Sent and done before it (changed): " + String.join(", ", done) + ". Not sent: "
                + (left.isEmpty() ? "none" : String.join(", ", left)) + ".");
    }

    private String line(GraphRequest r) {
        return client.line(r);
    }

    /** The writes as sent, looked-up values in place. */
    private static List<GraphRequest> writes(List<GraphRequest> sent) {
        return sent.stream().filter(GraphRequest::write).toList();
    }

    /** Adds one reply's objects (following its pages); true when it was one object (or nothing), not a collection. */
    private boolean collect(GraphReply reply, GraphRequest request, RequestPlan.Paging paging, Tally tally,
                            PageListener pages, CancellationSignal cancel) {
        if (reply == null || reply.body() == null) {
            return true;
        }
        JsonNode body = reply.body();
        JsonNode value = body.get("value");
        if (value == null || !value.isArray()) {
            if (!body.isObject()) {
                throw GraphFault.of(GraphFault.Kind.MALFORMED, "The reply of Microsoft Graph is not a JSON object.",
                        client.line(request));
            }
            tally.add(object(body), false);
            return true;
        }
        while (true) {
            tally.page++;
            for (JsonNode o : value) {
                if (tally.full()) {
                    break;
                }
                tally.add(o.isObject() ? object(o) : Map.of("Value", GraphClient.Json.MAPPER.convertValue(o,
                        Object.class)), true);
            }
            pages.page(tally.page, tally.count, tally.limit);
            JsonNode next = body.get("@odata.nextLink");
            if (!paging.followNextLink() || next == null || !next.isTextual() || tally.full()) {
                return false;
            }
            GraphRequest nextRequest = new GraphRequest("GET", next.asText(), request.headers(), null);
            body = client.sendTo(next.asText(), nextRequest, cancel).body();
            value = body == null ? null : body.get("value");
            if (value == null || !value.isArray()) {
                throw GraphFault.of(GraphFault.Kind.MALFORMED, "A next page of the collection has no 'value' array.",
                        "GET " + next.asText());
            }
        }
    }

    /**
     * The steps' replies so far, the values later requests take from them, and the writes among them sent (the code
     * sends several writes in order: a failing step after one says what was changed and what was not sent).
     */
    private final class Lookups {
        private final RequestPlan plan;
        private final List<JsonNode> replies = new ArrayList<>();
        private final List<String> answered = new ArrayList<>();
        private final List<String> sent = new ArrayList<>();
        private final List<GraphRequest> writes = new ArrayList<>();
        private int step;

        Lookups(RequestPlan plan) {
            this.plan = plan;
        }

        /** Sends step {@code n}'s tries in order until one answers; a single try's error ends the run. */
        void run(int n, CancellationSignal cancel) {
            step = n;
            RequestPlan.Lookup l = plan.lookups().get(n);
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
                    throw failed(f, true, each.subList(i + 1, each.size()).stream().map(PlanRunner.this::line).toList());
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
            return partly(f, writes.stream().map(PlanRunner.this::line).toList(), left(from, first));
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
            String none = plan.lookups().get(n - 1).none();
            if (v == null && none != null) { // the module's own throw when the reply has no object
                GraphFault f = GraphFault.of(GraphFault.Kind.NOT_FOUND, none + " (the reply of " + sent.get(n - 1)
                        + " has no " + path + (writes.isEmpty() ? "; nothing was changed)." : ")."), sent.get(n - 1));
                throw writes.isEmpty() ? f : stopped(f, next());
            }
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

    private static Map<String, Object> object(JsonNode o) {
        return GraphClient.Json.MAPPER.convertValue(o, MAP);
    }
}
