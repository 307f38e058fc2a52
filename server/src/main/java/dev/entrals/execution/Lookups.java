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
 * sends several writes in order: a failing step after one says what was changed and what was not sent). A step whose
 * reply is every page's objects follows {@code @odata.nextLink} to the last page; steps of one group
 * ({@link RequestPlan.Lookup#per()}) are sent in order once per object of an earlier reply, with the plan's requests
 * when they name that object (the code's {@code foreach} around several calls).
 */
final class Lookups {
    private final GraphClient client;
    private final RequestPlan plan;
    final List<JsonNode> replies = new ArrayList<>();
    private final List<String> answered = new ArrayList<>();
    final List<String> sent = new ArrayList<>();
    final List<GraphRequest> writes = new ArrayList<>();
    private int step;
    /** Per lookup (1 first) a group loops over, the object of its reply the group is sent for now. */
    private final Map<Integer, JsonNode> current = new java.util.HashMap<>();
    /** While a group runs: its end (exclusive), whether the plan's requests are in it, what its later objects leave. */
    private int groupTo = -1;
    private boolean groupRequests;
    private String groupLeft;

    Lookups(GraphClient client, RequestPlan plan) {
        this.client = client;
        this.plan = plan;
    }

    /**
     * Sends the steps in order, each group once per object of the reply it loops over; true when the plan's requests
     * were sent within the last group (per object, after its steps), so nothing is left to send.
     */
    boolean runAll(CancellationSignal cancel) {
        int n = plan.lookups().size();
        boolean requestsSent = false;
        for (int i = 0; i < n; ) {
            int per = plan.lookups().get(i).per();
            if (per == 0) {
                run(i++, cancel);
                continue;
            }
            int end = i;
            while (end < n && plan.lookups().get(end).per() == per) {
                end++;
            }
            boolean withRequests = end == n && plan.perObject() == null && plan.requests().stream()
                    .anyMatch(r -> StepValues.references(r.relativeUrl()).stream().anyMatch(ref -> ref.getKey() == per
                            && ref.getValue().startsWith("value")));
            runGroup(i, end, per, withRequests, cancel);
            requestsSent |= withRequests;
            i = end;
        }
        return requestsSent;
    }

    /** Steps {@code from} to {@code to} (exclusive), in order, per object of lookup {@code per}'s {@code value}. */
    private void runGroup(int from, int to, int per, boolean withRequests, CancellationSignal cancel) {
        JsonNode all = replies.get(per - 1) == null ? null : replies.get(per - 1).get("value");
        List<JsonNode> items = new ArrayList<>();
        if (all != null && all.isArray()) {
            all.forEach(items::add);
        }
        groupTo = to;
        groupRequests = withRequests;
        for (int k = 0; k < items.size(); k++) {
            current.put(per, items.get(k));
            groupLeft = k + 1 == items.size() ? null : "the same for the " + (items.size() - k - 1) + " later"
                    + " object(s) of " + sent.get(per - 1);
            for (int j = from; j < to; j++) {
                run(j, cancel);
            }
            for (int j = 0; withRequests && j < plan.requests().size(); j++) {
                GraphRequest r = fill(plan.requests().get(j));
                try {
                    client.send(r, cancel);
                } catch (GraphFault f) {
                    step = to; // after the group's steps: its later requests, then its later objects
                    throw failed(f, true, plan.requests().subList(j + 1, plan.requests().size()).stream()
                            .map(this::filledLine).toList());
                }
                writes.add(r);
            }
        }
        current.remove(per);
        groupTo = -1;
        groupRequests = false;
        groupLeft = null;
        for (int j = replies.size(); j < to; j++) { // none sent: the reply had no objects
            put(j, null, null, shownLine(plan.lookups().get(j).tries().get(0)));
        }
    }

    /** Records step {@code n}'s reply (again, for a later object of its group). */
    private void put(int n, JsonNode body, String value, String line) {
        if (replies.size() > n) {
            replies.set(n, body);
            answered.set(n, value);
            sent.set(n, line);
        } else {
            replies.add(body);
            answered.add(value);
            sent.add(line);
        }
    }

    /** Sends step {@code n}'s tries in order until one answers; a single try's error ends the run. */
    void run(int n, CancellationSignal cancel) {
        step = n;
        RequestPlan.Lookup l = plan.lookups().get(n);
        if (l.needs().stream().map(k -> replies.get(k - 1)).anyMatch(r -> r == null || r.isNull() || r.isMissingNode())) {
            // if ($null -ne $R): R is empty, the module does not send this step
            put(n, com.fasterxml.jackson.databind.node.NullNode.getInstance(), null,
                    shownLine(l.tries().get(0)) + " (not sent: an earlier reply it needs is empty)");
            return;
        }
        if (l.match() != null && !chosen(l.match())) { // the module's if ($e) { … } else { … } on a reply
            put(n, com.fasterxml.jackson.databind.node.NullNode.getInstance(), null,
                    shownLine(l.tries().get(0)) + " (not sent: the reply it is chosen by decided otherwise)");
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
                put(n, l.pages() ? AllPages.of(client, reply.body(), r, cancel) : reply.body(),
                        l.values().isEmpty() ? null : l.values().get(i), line);
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
                + "." : "The module's code looks this up before its request; nothing was changed." + (plan.write()
                ? " Not sent: " + String.join(", ", left(step + 1, first)) + "." : "")); // a check before a write
    }

    /**
     * Whether the reply a write is chosen by ({@link RequestPlan.Match}) decides for it; true while that reply has not
     * come (a request not sent yet is still one the run may send).
     */
    boolean chosen(RequestPlan.Match m) {
        return m == null || m.lookup() < 1 || m.lookup() > replies.size() || m.holds(replies.get(m.lookup() - 1));
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
                .filter(ref -> ref.getValue().startsWith("value.") && !ref.getValue().contains("[")
                        && !current.containsKey(ref.getKey())) // a group's object is one value
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
        put(step, null, null, shownLine(template)); // the code keeps no reply of a per-object write
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

    /**
     * The requests not sent: {@code first}, the steps from {@code from} on, the plan's requests; in a group, its
     * steps for this object, its requests for it, the same for its later objects, then the steps after it.
     */
    private List<String> left(int from, List<String> first) {
        List<String> left = new ArrayList<>(first);
        int n = plan.lookups().size();
        int end = groupTo < 0 ? n : groupTo;
        for (RequestPlan.Lookup later : plan.lookups().subList(Math.min(from, end), end)) {
            if (chosen(later.match())) { // an alternative the reply ruled out would not have been sent
                left.add(shownLine(later.tries().get(0)));
            }
        }
        if (groupTo >= 0) {
            if (groupRequests && from <= groupTo) {
                plan.requests().forEach(r -> left.add(filledLine(r)));
            }
            if (groupLeft != null) {
                left.add(groupLeft);
            }
            plan.lookups().subList(groupTo, n).forEach(l -> left.add(shownLine(l.tries().get(0))));
        }
        if (!groupRequests && chosen(plan.match())) {
            plan.requests().forEach(r -> left.add(shownLine(r)));
        }
        return left;
    }

    /** A request as it would be sent now, its values in place; as shown before the run where one is not known yet. */
    private String filledLine(GraphRequest r) {
        try {
            return client.line(fill(r));
        } catch (GraphFault | IllegalStateException notYet) {
            return shownLine(r);
        }
    }

    String shownLine(GraphRequest r) {
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
        JsonNode object = current.get(n);
        if (object != null && (path.equals("value") || path.startsWith("value.") && !path.contains("["))) {
            return checked(path.equals("value") ? object : StepValues.at(object, path.substring("value.".length())),
                    n, path);
        }
        if (n < 1 || n > replies.size()) {
            throw new IllegalStateException("a plan names lookup " + n + " before it ran");
        }
        if (path.startsWith(dev.entrals.graph.ListEdits.LIST)) {
            return list(replies.get(n - 1) == null ? null : StepValues.at(replies.get(n - 1), path.substring(1)));
        }
        JsonNode v = path.equals("#") ? (answered.get(n - 1) == null ? null
                : com.fasterxml.jackson.databind.node.TextNode.valueOf(answered.get(n - 1)))
                : replies.get(n - 1) == null ? null : StepValues.at(replies.get(n - 1), path);
        return checked(v, n, path);
    }

    /** A value found (one item of a list of one as that item); a fault when there is none. */
    private JsonNode checked(JsonNode v, int n, String path) {
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
