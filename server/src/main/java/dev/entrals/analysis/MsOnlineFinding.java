package dev.entrals.analysis;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.CommonParameters;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.settings.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The finding on a call of a retired MSOnline cmdlet: its replacement (a Microsoft.Entra cmdlet making the same Graph
 * request, else the Microsoft Graph PowerShell cmdlet) and, only when every parameter the call passes keeps its name
 * in the replacement (nothing positional or splatted) and the replacement's verb asks for the same action, the rename as
 * its fix; otherwise the message says why there is no automatic fix.
 */
final class MsOnlineFinding {

    /** Where Microsoft documents the move from MSOnline to Microsoft Graph PowerShell. */
    static final String GUIDE = "https://learn.microsoft.com/powershell/microsoftgraph/migration-steps";

    private MsOnlineFinding() {
    }

    static ScriptDiagnostic of(CommandInvocation c, RetiredCmdlet r, HelpIndex index) {
        String name = c.name();
        if (r.replacement() == null) {
            return new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.RETIRED_CMDLET_NO_REPLACEMENT, Severity.ERROR,
                    name + " is a retired MSOnline cmdlet with no Microsoft.Entra or Microsoft Graph PowerShell"
                            + " replacement", GUIDE, List.of());
        }
        String target = r.replacement();
        boolean graph = "graph".equals(r.channel());
        String uri = index.find(target).map(CmdletHelp::onlineUri).filter(u -> !u.isBlank()).orElse(GUIDE);
        String message = name + " is a retired MSOnline cmdlet; use " + target + " instead"
                + (graph ? " (Microsoft Graph PowerShell: no Microsoft.Entra cmdlet makes the same Graph request)" : "");
        String why = whyNoFix(c, r);
        if (why != null) {
            return new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.RETIRED_CMDLET, Severity.WARNING,
                    message + ". No automatic fix: " + why, uri, List.of());
        }
        return new ScriptDiagnostic(c.nameStart(), c.nameEnd(), Rule.RETIRED_CMDLET, Severity.WARNING, message, uri,
                List.of(target));
    }

    /** The verb of a {@code Verb-Noun} name. */
    private static String verb(String name) {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /**
     * Whether two verbs ask for the same action: the same verb, or Set/Update, Add/New (the verbs MSOnline and
     * Microsoft Graph PowerShell use for the same request). {@code Disable-MsolDevice} to {@code Set-EntraDevice} is
     * not: the rename alone would make a request that changes nothing.
     */
    private static boolean sameAction(String a, String b) {
        return a.equalsIgnoreCase(b) || pair(a, b, "Set", "Update") || pair(a, b, "Add", "New");
    }

    private static boolean pair(String a, String b, String x, String y) {
        return a.equalsIgnoreCase(x) && b.equalsIgnoreCase(y) || a.equalsIgnoreCase(y) && b.equalsIgnoreCase(x);
    }

    /** Why renaming the call would not be exact, or null when it would. */
    private static String whyNoFix(CommandInvocation c, RetiredCmdlet r) {
        String verb = verb(c.name());
        String targetVerb = verb(r.replacement());
        if (!sameAction(verb, targetVerb)) {
            return r.replacement() + " does not " + verb.toLowerCase(Locale.ROOT) + " by its name alone: the change "
                    + c.name() + " makes must be written as a parameter of " + r.replacement();
        }
        if (c.splatted()) {
            return "parameters passed by splatting cannot be checked against " + r.replacement();
        }
        if (!c.positional().isEmpty()) {
            return "arguments passed by position may bind differently in " + r.replacement();
        }
        List<String> lost = new ArrayList<>();
        for (CommandParameter p : c.parameters()) {
            if (!CommonParameters.isCommonOrAlias(p.name()) && !r.keeps(p.name())) {
                lost.add("-" + p.name());
            }
        }
        if (lost.isEmpty()) {
            return null;
        }
        return String.join(", ", lost) + (lost.size() == 1 ? " has" : " have") + " no parameter of the same name in "
                + r.replacement();
    }
}
