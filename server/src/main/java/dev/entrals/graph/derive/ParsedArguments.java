package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An argument the code parses in its own block before handing it to its Graph SDK cmdlet, stopping when it cannot:
 * {@code $TmpValue = $PSBoundParameters["P"]; $Value = $null; if (-not [bool]::TryParse($TmpValue, [ref]$Value)) {
 * … throw 'message' … }; $params["Target"] = $Value} — the part {@link BodyPart#parsedBoolean} under the SDK's JSON
 * name of the target, with the message the code throws.
 */
final class ParsedArguments {

    /** {@code if (-not [bool]::TryParse($TmpValue, [ref]$V)) {}: group V. */
    private static final Pattern TRY_PARSE = Pattern.compile("(?i)if\\s*\\(\\s*-not\\s+\\[(?:bool|boolean|System\\.Boolean)]"
            + "::TryParse\\(\\s*\\$TmpValue\\s*,\\s*\\[ref]\\s*\\$(\\w+)\\s*\\)\\s*\\)\\s*\\{");
    private static final Pattern THROW = Pattern.compile("(?im)^\\s*throw\\s+(?:'([^']*)'|\"([^\"$`]*)\")\\s*;?\\s*$");

    private ParsedArguments() {
    }

    /** The part the assignment's argument stands for, or null when its block is not such a parse. */
    static BodyPart read(FunctionCode fn, String process, Assignments.Assigned a) {
        ArgumentObjects.Block block = ArgumentObjects.block(fn, process, a);
        if (block == null) {
            return null;
        }
        String local = block.local();
        String text = block.scope().text();
        Matcher parse = TRY_PARSE.matcher(text);
        if (!parse.find() || !parse.group(1).equalsIgnoreCase(local)) {
            return null;
        }
        int open = parse.end() - 1;
        Matcher thrown = THROW.matcher(text.substring(open, PsText.close(text, open)));
        if (!thrown.find()) {
            return null; // a failed parse the code goes on with: not read
        }
        Matcher set = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(local) + "\\s*=(?!=)\\s*(.+?)\\s*;?\\s*$")
                .matcher(text);
        while (set.find()) {
            if (!set.group(1).equalsIgnoreCase("$null")) {
                return null; // the local also takes another value
            }
        }
        String message = thrown.group(1) != null ? thrown.group(1) : thrown.group(2);
        return new BodyPart(MgPaths.jsonName(a.target()), a.param(), BodyPart.parsedBoolean(message));
    }
}
