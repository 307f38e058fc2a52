package dev.entrals.execution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.graph.StepValues;
import dev.entrals.session.CancellationSignal;

/**
 * A plan's requests sent once per object of a lookup's reply, on the request its type picks
 * ({@link RequestPlan.PerObject}: the module's {@code switch} on each object's {@code @odata.type}). An object of a
 * type without a request is not sent, as the module's switch does nothing for it. Where the module goes on after a
 * failed request (a Graph SDK cmdlet's error does not stop its function), so does the run: a Graph error is kept and
 * the next object sent; where the module then sends the last failed object's request once more, so does the run. At
 * the end, a run with failures ends with the last one's error and says which requests were done (changed), which
 * failed and which objects were not sent; any other fault (transport, cancel) stops the run there, saying the same.
 */
final class ObjectRequests {

    private final GraphClient client;
    private final RequestPlan plan;
    private final RequestPlan.PerObject perObject;
    private final List<GraphRequest> done = new ArrayList<>();
    private final List<GraphRequest> failed = new ArrayList<>();
    private final List<GraphFault> faults = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    ObjectRequests(GraphClient client, RequestPlan plan) {
        this.client = client;
        this.plan = plan;
        this.perObject = plan.perObject();
    }

    /**
     * Sends the requests for the objects of {@code reply} (the lookup's), {@code value} giving the other steps'
     * values, after the writes {@code before}; the writes done, and a line per object not sent.
     */
    PlanRunner.Collected run(JsonNode reply, BiFunction<Integer, String, JsonNode> value, List<GraphRequest> before,
                             CancellationSignal cancel) {
        JsonNode list = reply == null ? null : StepValues.at(reply, perObject.items());
        List<JsonNode> objects = new ArrayList<>();
        if (list != null) {
            (list.isArray() ? list : List.of(list)).forEach(objects::add);
        }
        int lastFailed = -1;
        List<String> retried = new ArrayList<>();
        GraphRequest lastRequest = null;
        for (int i = 0; i < objects.size(); i++) {
            JsonNode o = objects.get(i);
            String type = property(o, perObject.property());
            int route = perObject.route(type);
            if (route < 0) {
                skipped.add("the object " + text(property(o, "id")) + " of " + perObject.property() + " "
                        + text(type) + " (the module's code sends nothing for it)");
                continue;
            }
            GraphRequest r;
            try {
                r = fill(plan.requests().get(route), o, perObject.items(), perObject.lookup(), value);
            } catch (dev.entrals.graph.ListEdits.Stopped stop) { // the body's list edit: the code stops there
                throw stop(GraphFault.of(GraphFault.Kind.NOT_FOUND, stop.getMessage() + " (the module's code stops"
                        + " here).", null), before, objects.size() - i, " from this one on");
            }
            if (r == null) { // the module's cmdlet is called with $null: an error, and the loop goes on
                skipped.add("an object of " + perObject.property() + " " + text(type) + " without the value its"
                        + " request names");
                continue;
            }
            if (!send(r, before, objects.size() - i - 1, cancel)) {
                lastFailed = i;
                lastRequest = r;
            }
        }
        if (lastFailed >= 0 && perObject.retriesLast()) { // the module's code sends the last failed one once more
            // its first failure stays listed while it is sent again: a fault that stops the run there names it
            int first = failed.size() - 1;
            String again = line(lastRequest) + " failed (" + faults.get(first).status() + ") and was sent once more"
                    + " after the others, as the module's code does with the last request that failed: ";
            boolean ok = send(lastRequest, before, 0, cancel);
            failed.remove(first);
            faults.remove(first);
            if (ok) {
                retried.add(again + "done.");
            } else {
                faults.set(faults.size() - 1, faults.get(faults.size() - 1).withHint(again + "it failed again."));
            }
        }
        if (!failed.isEmpty()) {
            throw faults.get(faults.size() - 1).withHint(summary());
        }
        List<GraphRequest> writes = new ArrayList<>(before);
        writes.addAll(done);
        List<String> report = new ArrayList<>(retried);
        if (done.isEmpty()) {
            report.add(objects.isEmpty() ? "Done: the reply has no objects; the module's code sends nothing."
                    : "Done: no object of the reply is of a type the module's code sends a request for.");
        }
        skipped.forEach(s -> report.add("Not sent: " + s + "."));
        return new PlanRunner.Collected(List.of(), 0, true, writes, null, List.of(), report);
    }

    /** Sends one request; false when Graph answered with an error and the module's code goes on after it. */
    private boolean send(GraphRequest r, List<GraphRequest> before, int left, CancellationSignal cancel) {
        try {
            client.send(r, cancel);
            done.add(r);
            return true;
        } catch (GraphFault f) {
            if (f.kind() != GraphFault.Kind.GRAPH_ERROR || !perObject.carriesOn()) {
                throw stop(f, before, left, " after it");
            }
            failed.add(r);
            faults.add(f);
            return false;
        }
    }

    /**
     * A fault that ends the loop: what was changed, the requests for the {@code left} objects not sent (those
     * {@code where}), and the requests that failed before.
     */
    private GraphFault stop(GraphFault f, List<GraphRequest> before, int left, String where) {
        List<String> changed = new ArrayList<>();
        before.forEach(b -> changed.add(line(b)));
        done.forEach(d -> changed.add(line(d)));
        List<String> notSent = left == 0 ? List.of()
                : List.of("the requests for the " + left + (left == 1 ? " object" : " objects") + where);
        GraphFault stop = changed.isEmpty() ? f.withHint("Nothing was changed. Not sent: " + (notSent.isEmpty()
                ? "none" : notSent.get(0)) + ".") : PlanRunner.partly(f, changed, notSent);
        return failed.isEmpty() ? stop : stop.withHint(failures());
    }

    /** What was done, what failed and what was not sent, as the fault's last hint. */
    private String summary() {
        StringBuilder b = new StringBuilder("The module's code goes on after a failed request. Done (changed): ");
        b.append(done.isEmpty() ? "none" : String.join(", ", done.stream().map(this::line).toList()));
        b.append(". ").append(failures());
        if (!skipped.isEmpty()) {
            b.append(" Not sent: ").append(String.join("; ", skipped)).append('.');
        }
        return b.toString();
    }

    /** The requests that failed before, with their statuses: {@code Failed: DELETE … (404), ….} */
    private String failures() {
        StringBuilder b = new StringBuilder("Failed: ");
        for (int i = 0; i < failed.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(line(failed.get(i))).append(" (").append(faults.get(i).status())
                    .append(')');
        }
        return b.append('.').toString();
    }

    /**
     * The request for one object: its values ({@code value.id} of the list is the object's id) in place; null when
     * the object has no such value.
     */
    private static GraphRequest fill(GraphRequest r, JsonNode object, String items, int lookup,
                                     BiFunction<Integer, String, JsonNode> value) {
        String prefix = items + ".";
        boolean[] missing = {false};
        BiFunction<Integer, String, JsonNode> one = (n, path) -> {
            if (n != lookup || !path.startsWith(prefix)) {
                return value.apply(n, path);
            }
            JsonNode v = StepValues.at(object, path.substring(prefix.length()));
            missing[0] |= v == null;
            return v == null ? com.fasterxml.jackson.databind.node.TextNode.valueOf("") : v;
        };
        GraphRequest filled = r.with(StepValues.fillUrl(r.relativeUrl(), one), StepValues.fillBody(r.body(), one));
        return missing[0] ? null : filled;
    }

    private String line(GraphRequest r) {
        return client.line(r);
    }

    /** A property of an object in any case, read whole (its name may hold a dot: {@code @odata.type}); or null. */
    private static String property(JsonNode object, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name) && e.getValue().isValueNode()) {
                return e.getValue().asText();
            }
        }
        return null;
    }

    private static String text(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }
}
