package dev.entrals.graph.derive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a function picks one of several Graph SDK cmdlets by a switch on an object's {@code @odata.type}
 * ({@code switch ($method.AdditionalProperties['@odata.type']) { '#microsoft.graph.emailAuthenticationMethod' {
 * Remove-MgUserAuthenticationEmailMethod … } … }}), said in the reason of a function left out for calling several.
 */
final class TypeSwitches {

    private static final Pattern SWITCH = Pattern.compile("(?i)\\bswitch\\s*\\(\\s*\\$\\w+(?:\\.AdditionalProperties\\["
            + "\\s*['\"]@odata\\.type['\"]\\s*]|\\.['\"]@odata\\.type['\"]|\\[\\s*['\"]@odata\\.type['\"]\\s*])\\s*\\)\\s*\\{");
    private static final Pattern SDK = Pattern.compile("(?i)\\b[A-Z][a-z]+-Mg\\w+");

    private TypeSwitches() {
    }

    /** " (…)" naming the switch and how many cmdlets its cases call, or "" when the function has none. */
    static String detail(FunctionCode fn) {
        String p = fn.process();
        Matcher m = SWITCH.matcher(p);
        if (!m.find()) {
            return "";
        }
        String cases = p.substring(m.end(), PsText.close(p, m.end() - 1) - 1);
        long calls = SDK.matcher(cases).results().count();
        if (calls < 2) {
            return "";
        }
        boolean loop = Pattern.compile("(?i)\\bforeach\\s*\\(").matcher(p).find();
        return ": a switch on an object's @odata.type (" + fn.source(fn.processOffset() + m.start()) + ") picks one of "
                + calls + " of them per object" + (loop ? ", in a loop" : "") + " (each request's path depends on"
                + " the object's type)";
    }
}
