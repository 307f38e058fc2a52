package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SDK cmdlets a function picks by an argument's value that is itself a path segment ({@link MgDerivation}). */
final class ValueChoices {

    private ValueChoices() {
    }

    /**
     * SDK cmdlets the code picks by an argument's value that is itself the one path segment where their routes
     * differ ({@code if ("$conditionalSet" -eq "includes") { Get-MgPolicyPermissionGrantPolicyInclude … } elseif
     * (… -eq "excludes") { …Exclude }}: {@code …/{permissionGrantPolicy-id}/includes}).
     *
     * @param param the argument
     * @param route the routes with that segment as {@code {Param}}
     * @param note  what the plan says about it
     */
    record Choice(String param, MgCatalog.MgRoute route, String note) {
    }

    /** The choice, or null when the calls are not picked that way. */
    static Choice read(MgCatalog catalog, FunctionCode fn, String process, List<String> called) {
        List<PsText.IfBlock> blocks = PsText.ifBlocks(process);
        String param = null;
        MgCatalog.MgRoute merged = null;
        List<String> picks = new ArrayList<>();
        for (String cmd : called) {
            Matcher at = Pattern.compile("(?<![\\w-])" + Pattern.quote(cmd) + "(?![\\w-])").matcher(process);
            at.find();
            PsText.IfBlock b = Assignments.innermost(blocks, at.start());
            Matcher eq = b == null ? null : Pattern.compile("(?i)^\\s*\"?\\$(\\w+)\"?\\s+-eq\\s+[\"'](\\w+)[\"']\\s*$")
                    .matcher(b.condition());
            MgCatalog.MgRoute r = catalog.route(cmd);
            if (eq == null || !eq.matches() || r == null) {
                return null;
            }
            String p = valueParam(fn, process, eq.group(1));
            String segment = "/" + eq.group(2);
            String coll = r.collection() == null ? null : bySegment(r.collection(), segment, p);
            String item = r.item() == null ? null : bySegment(r.item(), segment, p);
            if (p == null || param != null && !param.equals(p) || coll == null && r.collection() != null
                    || item == null && r.item() != null) {
                return null;
            }
            MgCatalog.MgRoute one = new MgCatalog.MgRoute(r.method(), r.version(), coll, item, "");
            if (merged != null && !(java.util.Objects.equals(merged.collection(), one.collection())
                    && java.util.Objects.equals(merged.item(), one.item()) && merged.method().equals(one.method()))) {
                return null;
            }
            param = p;
            merged = one;
            picks.add(cmd + " for '" + eq.group(2) + "'");
        }
        return new Choice(param, new MgCatalog.MgRoute(merged.method(), merged.version(), merged.collection(),
                merged.item(), "the routes of " + String.join(", ", called)), "-" + param + " picks the SDK cmdlet ("
                + String.join(", ", picks) + ") and is the path segment; the module refuses other values");
    }

    /** The path with its one {@code segment} as {@code {Param}}, or null when it has not exactly one. */
    private static String bySegment(String path, String segment, String param) {
        int i = (path + "/").indexOf(segment + "/");
        if (i < 0 || (path + "/").indexOf(segment + "/", i + 1) >= 0) {
            return null;
        }
        return path.substring(0, i) + "/{" + param + "}" + path.substring(i + segment.length());
    }

    /** The parameter a variable is ({@code $P}) or copies ({@code $v = $PSBoundParameters["P"]}), or null. */
    private static String valueParam(FunctionCode fn, String process, String variable) {
        if (fn.parameter(variable).isPresent()) {
            return fn.canonical(variable);
        }
        Matcher copy = Pattern.compile("(?i)\\$" + variable + "\\s*=\\s*\\$PSBoundParameters\\[[\"'](\\w+)[\"']]")
                .matcher(process);
        return copy.find() ? fn.canonical(copy.group(1)) : null;
    }
}
