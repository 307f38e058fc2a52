package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why no route of an SDK cmdlet fits a parameter set ({@link MgDerivation}), said precisely: the route's identifier
 * the set does not supply (and the parameters the code takes it from in other sets), and the identifiers the code
 * passes that the route does not take ({@code -AppObjectId} where the route needs {@code -ApplicationId}).
 */
final class MgRouteGaps {

    private static final Pattern ID = Pattern.compile("\\{([^}]+)}");

    private MgRouteGaps() {
    }

    /**
     * The route identifier the code evidently meant where it passes an identifier the route does not take: the
     * parameter it passes has that identifier's name as an alias ({@code [Alias("ApplicationId")] $AppObjectId} passed
     * as {@code -AppObjectId} where the route needs {@code -ApplicationId}: PowerShell refuses that call, as the SDK
     * cmdlet has no such parameter). Empty when the route takes the target, or no alias names a route identifier.
     */
    static java.util.Optional<String> meantIdentifier(MgCatalog.MgRoute route, Assignments.Assigned a,
            FunctionCode fn) {
        Set<String> ids = identifiers(route);
        String target = a.target().toLowerCase(Locale.ROOT);
        if (a.param() == null || !target.endsWith("id") || ids.contains(target)) {
            return java.util.Optional.empty();
        }
        return fn.parameter(a.param()).flatMap(p -> p.aliases().stream()
                .filter(alias -> ids.contains(alias.toLowerCase(Locale.ROOT))).findFirst());
    }

    private static Set<String> identifiers(MgCatalog.MgRoute route) {
        Set<String> ids = new LinkedHashSet<>();
        for (String p : new String[] {route.collection(), route.item()}) {
            Matcher m = ID.matcher(p == null ? "" : p);
            while (m.find()) {
                ids.add(MgPaths.sdkName(m.group(1)).toLowerCase(Locale.ROOT));
            }
        }
        return ids;
    }

    /**
     * The SDK parameter PowerShell asks for at the console in a set: the one identifier of the route's path (its
     * collection, else its item) that {@code bound} says the code does not pass there, found in every path of the route
     * (so mandatory in every set of the SDK cmdlet) and no parameter of the function (its answer goes by that name).
     * Null when no identifier or several are missing, the route has a path without it, or the code passes in the set
     * ({@code passed}) an identifier the route does not take (PowerShell refuses that call before any prompt).
     */
    static String prompted(MgCatalog.MgRoute route, FunctionCode fn, java.util.function.Predicate<String> bound,
            List<Assignments.Assigned> passed) {
        Set<String> ids = identifiers(route);
        if (passed.stream().anyMatch(a -> a.target().toLowerCase(Locale.ROOT).endsWith("id")
                && !ids.contains(a.target().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        String path = route.collection() != null ? route.collection() : route.item();
        Matcher m = ID.matcher(path == null ? "" : path);
        String missing = null;
        while (m.find()) {
            String sdk = MgPaths.sdkName(m.group(1));
            if (!bound.test(sdk)) {
                if (missing != null) {
                    return null;
                }
                missing = sdk;
                String placeholder = m.group();
                if (route.item() != null && !route.item().contains(placeholder) || fn.parameter(sdk).isPresent()) {
                    return null; // a path without it: the SDK cmdlet has a set that does not need it
                }
            }
        }
        return missing;
    }

    /** The explanation, starting with {@code ": "}; empty when there is nothing to add. */
    static String explain(MgCatalog.MgRoute route, List<Assignments.Assigned> assigned, FunctionCode fn, String set) {
        String path = route.collection() != null ? route.collection() : route.item();
        if (path == null) {
            return "";
        }
        Set<String> ids = identifiers(route);
        List<String> parts = new ArrayList<>();
        Matcher m = ID.matcher(path);
        while (m.find()) {
            String sdk = MgPaths.sdkName(m.group(1));
            List<String> from = assigned.stream().filter(a -> a.target().equalsIgnoreCase(sdk) && a.param() != null)
                    .map(a -> "-" + a.param()).distinct().toList();
            if (from.stream().noneMatch(f -> fn.inSet(f.substring(1), set))) {
                parts.add(path + " needs the SDK's -" + sdk + (from.isEmpty() ? ", which the code never passes"
                        : ", which the code takes from " + String.join(", ", from) + ", not in set " + set));
            }
        }
        assigned.stream().filter(a -> a.param() != null && fn.inSet(a.param(), set)
                        && a.target().toLowerCase(Locale.ROOT).endsWith("id")
                        && !ids.contains(a.target().toLowerCase(Locale.ROOT)))
                .map(a -> "the code passes -" + a.target() + ", which the route does not take").distinct()
                .forEach(parts::add);
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }

    /**
     * Whether {@code route} is one of the retired APIs the project's facts keep: their Graph REST pages are gone, so the
     * facts name the SDK cmdlet's own reference page ({@code learn.microsoft.com/powershell/module/…}).
     */
    static boolean retired(MgCatalog.MgRoute route) {
        return route.how().startsWith("Graph REST reference ") && route.how().contains("/powershell/module/");
    }

    /**
     * The reason of a cmdlet none of whose sets sends a request, when they are refused alike (their notes the same
     * but for the set's name: "in set X" read as "in every set"), or null.
     */
    static String everySet(List<dev.entrals.graph.RequestEntry.SetRequest> sets) {
        if (sets.isEmpty() || sets.stream().anyMatch(s -> s.method() != null || s.notes().isEmpty())) {
            return null;
        }
        java.util.Set<String> why = new java.util.LinkedHashSet<>();
        for (dev.entrals.graph.RequestEntry.SetRequest s : sets) {
            why.add(String.join("; ", s.notes()).replace(" set " + s.set() + ",", " every set,")
                    .replace(" set " + s.set() + " ", " every set "));
        }
        return why.size() == 1 ? "sends no request in any set: " + why.iterator().next() : null;
    }
}
