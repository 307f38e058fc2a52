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

    private MgRouteGaps() {
    }

    /** The explanation, starting with {@code ": "}; empty when there is nothing to add. */
    static String explain(MgCatalog.MgRoute route, List<Assignments.Assigned> assigned, FunctionCode fn, String set) {
        String path = route.collection() != null ? route.collection() : route.item();
        if (path == null) {
            return "";
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String p : new String[] {route.collection(), route.item()}) {
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(p == null ? "" : p);
            while (m.find()) {
                ids.add(MgDerivation.sdkName(m.group(1)).toLowerCase(Locale.ROOT));
            }
        }
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            String sdk = MgDerivation.sdkName(m.group(1));
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
}
