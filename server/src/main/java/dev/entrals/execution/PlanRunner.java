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
 * {@code value}, a missing id) ends the run there, before any write is sent. Steps of a group go once per object of
 * an earlier reply, with the requests when they name that object ({@link Lookups#runAll}).
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
        /** The module's filter of the reply's objects, or null when it keeps them all. */
        final java.util.function.Predicate<Map<String, Object>> filter;
        long count;
        /** The collection's objects read, kept or not: -Top limits what is asked for, as the module's $top does. */
        long read;
        int page;
        /** Null for most plans; else what a follow-up looks for in the collection's objects, and whether one had it. */
        java.util.function.Predicate<Map<String, Object>> watch;
        long listed;
        boolean seen;

        Tally(int keep, Integer limit, Consumer<Map<String, Object>> each,
              java.util.function.Predicate<Map<String, Object>> filter) {
            this.keep = keep;
            this.limit = limit;
            this.each = each;
            this.filter = filter;
        }

        boolean full() {
            return limit != null && read >= limit;
        }

        void add(Map<String, Object> o, boolean ofCollection) {
            read++;
            if (ofCollection && watch != null) {
                listed++;
                seen |= watch.test(o);
            }
            if (ofCollection && filter != null && !filter.test(o)) {
                return; // the module's filter of the reply (a switch such as -HasErrorsOnly) drops it
            }
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
            Lookups found = new Lookups(client, plan);
            boolean sentInGroup;
            try { // a step's body or the requests' is filled from the replies so far: a list edit may stop there
                sentInGroup = found.runAll(cancel);
                if (plan.perObject() == null && !sentInGroup) {
                    requests = requests.stream().flatMap(r -> found.expand(r).stream()).toList();
                }
            } catch (dev.entrals.graph.ListEdits.Stopped stop) {
                throw found.refused(stop);
            } catch (dev.entrals.graph.ListEdits.Unchanged same) { // the module's code skips its write
                return new Collected(List.of(), 0, true, found.writes, null, List.of(), List.of("Nothing was written: "
                        + same.getMessage() + " (in the reply of " + String.join(", ", found.sent) + "). Not sent: "
                        + String.join(", ", requests.stream().map(found::shownLine).toList()) + "."));
            }
            if (sentInGroup) { // the requests went with the steps, once per object of a reply
                return new Collected(List.of(), 0, true, found.writes);
            }
            if (!found.chosen(plan.match())) { // the module's other alternative, a write step, went instead
                return new Collected(List.of(), 0, true, found.writes);
            }
            if (plan.perObject() != null) { // one request per object of a reply, by its type
                return new ObjectRequests(client, plan).run(found.replies.get(plan.perObject().lookup() - 1),
                        found::value, found.writes, cancel);
            }
            before = found.writes;
        }
        RequestPlan.Paging paging = plan.paging() == null ? RequestPlan.Paging.SINGLE : plan.paging();
        // most plans keep every object: no per-object check on the paging path then
        Tally tally = new Tally(keep, paging.limit(), each, plan.keeps().isEmpty() ? null : plan::keeps);
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
        GraphRequest last = requests.get(requests.size() - 1);
        if (plan.then() != null) { // what the module's GET after it looks for, in every page it reads
            tally.watch = plan.then()::has;
        }
        boolean single = collect(reply, last, paging, tally, pages, cancel);
        if (plan.then() != null) { // the module's GET after it, sent by those replies: its objects are appended
            long read = tally.listed;
            boolean has = tally.seen;
            tally.watch = null;
            single &= !FollowUpRun.append(client, plan.then(), last, read, has, o -> tally.add(o, true), cancel);
        }
        if (plan.none() != null) { // the object asked for by a filter (a name): none found is the module's error
            if (tally.count == 0) {
                throw GraphFault.of(GraphFault.Kind.NOT_FOUND, plan.none(), last.method() + " "
                        + client.endpoint() + last.relativeUrl());
            }
            single = tally.count == 1; // shown as the object asked for by its id is
        }
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
            body = AllPages.next(client, next.asText(), request, cancel);
            value = body.get("value");
        }
    }

    private static Map<String, Object> object(JsonNode o) {
        return GraphClient.Json.MAPPER.convertValue(o, MAP);
    }
}
