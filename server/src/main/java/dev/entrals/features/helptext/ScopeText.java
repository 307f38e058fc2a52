package dev.entrals.features.helptext;

import java.util.List;
import java.util.Optional;

import dev.entrals.analysis.ScopeFacts;
import dev.entrals.analysis.ScopeNeeds;

/**
 * The line that says which Graph permissions a cmdlet needs: "Needs one of: `A`, `B` (delegated) / `C` (application)",
 * narrowest first, at most {@link #LISTED} of each kind; none for a cmdlet that sends no Graph request or is not an
 * Entra cmdlet; "no known permission" when the sources name none.
 */
public final class ScopeText {

    /** How many alternatives of each kind the line names before "and N more". */
    public static final int LISTED = 5;

    private ScopeText() {
    }

    /** The permissions line of {@code cmdlet}, or empty. */
    public static Optional<String> of(String cmdlet, boolean markdown) {
        Optional<ScopeNeeds> needs = ScopeFacts.bundled().forCommand(cmdlet);
        if (needs.isEmpty() || needs.get().local()) {
            return Optional.empty();
        }
        ScopeNeeds n = needs.get();
        if (!n.known()) {
            return Optional.of("Needs a Graph permission that the docs do not name (no known permission).");
        }
        Markup m = new Markup(markdown);
        return Optional.of("Needs one of: " + kind(m, n.delegated()) + " (delegated) / " + kind(m, n.application())
                + " (application)");
    }

    private static String kind(Markup m, List<List<String>> grants) {
        if (grants.isEmpty()) {
            return "none known";
        }
        List<String> named = grants.stream().limit(LISTED)
                .map(g -> String.join(" + ", g.stream().map(m::code).toList())).toList();
        return String.join(", ", named) + (grants.size() > LISTED ? " and " + (grants.size() - LISTED) + " more" : "");
    }
}
