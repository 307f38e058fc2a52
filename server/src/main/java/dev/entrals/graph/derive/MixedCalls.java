package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function that calls {@code Invoke-GraphRequest} for some sets and one Graph SDK cmdlet for the others, in a
 * branch on arguments not being given ({@code if ($null -eq $PSBoundParameters["Id"] -and $null -eq
 * $PSBoundParameters["OutputFilePath"]) { Get-MgBetaTrustFrameworkPolicy @params }}): a set that binds none of the
 * tested arguments, and whose request {@link InvokeDerivation} cannot read, takes the SDK cmdlet's request, as
 * {@link MgDerivation} reads it for that set.
 */
final class MixedCalls {

    private static final Pattern UNBOUND = Pattern.compile(
            "(?i)^\\$null\\s+-eq\\s+\\$PSBoundParameters\\[[\"'](\\w+)[\"']]$");

    private MixedCalls() {
    }

    /** The entry with such sets filled; the entry itself when there are none. */
    static RequestEntry fill(RequestEntry entry, FunctionCode fn, MgDerivation mg) {
        if (entry.reason() != null || entry.sets().stream().allMatch(s -> s.method() != null)) {
            return entry;
        }
        RequestEntry sdk = mg.derive(fn);
        if (sdk == null || sdk.reason() != null || sdk.via().contains(",")) {
            return entry;
        }
        String p = fn.process();
        Matcher call = Pattern.compile("(?<![\\w-])" + Pattern.quote(sdk.via()) + "(?![\\w-])").matcher(p);
        List<PsText.IfBlock> blocks = PsText.ifBlocks(p);
        PsText.IfBlock b = call.find() ? Assignments.innermost(blocks, call.start()) : null;
        List<String> tested = b == null || isElse(p, b) ? null : unbound(b.condition(), fn);
        if (tested == null) {
            return entry;
        }
        List<SetRequest> sets = new ArrayList<>();
        boolean changed = false;
        for (SetRequest s : entry.sets()) {
            SetRequest other = sdk.sets().stream().filter(x -> x.set().equals(s.set())).findFirst().orElse(null);
            if (s.method() == null && other != null && other.method() != null
                    && tested.stream().noneMatch(t -> fn.inSet(t, s.set()))) {
                List<String> notes = new ArrayList<>(other.notes());
                notes.add(0, "the code calls " + sdk.via() + " for this set (" + sdk.source() + ")");
                sets.add(new SetRequest(s.set(), other.method(), other.path(), other.query(), other.headers(),
                        other.body(), other.paged(), notes, other.each(), other.pagesAll(), other.valueMaps(),
                        other.lookups()));
                changed = true;
            } else {
                sets.add(s);
            }
        }
        return changed ? new RequestEntry(entry.command(), entry.module(), entry.source(), entry.via(), sets, null,
                entry.columns()) : entry;
    }

    /** Whether the block is an {@code elseif} (its run depends on the branches before it). */
    private static boolean isElse(String p, PsText.IfBlock b) {
        int open = p.lastIndexOf('(', p.lastIndexOf(b.condition(), b.start()));
        return p.substring(Math.max(0, open - 8), Math.max(0, open)).toLowerCase(java.util.Locale.ROOT)
                .contains("elseif");
    }

    /** The arguments a condition requires to be unbound ({@code $null -eq $PSBoundParameters["X"] -and …}), or null. */
    private static List<String> unbound(String condition, FunctionCode fn) {
        List<String> out = new ArrayList<>();
        for (String term : condition.strip().split("(?i)\\s+-and\\s+")) {
            Matcher m = UNBOUND.matcher(term.strip().replaceAll("^\\((.*)\\)$", "$1").strip());
            if (!m.matches() || fn.parameter(m.group(1)).isEmpty()) {
                return null;
            }
            out.add(fn.canonical(m.group(1)));
        }
        return out;
    }
}
