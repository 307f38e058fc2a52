package dev.entrals.docs.signatures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, deliberately simple reader of the modules' param blocks for the tests: character scanning and regular
 * expressions over the text, sharing no code with the script scanner or {@code ParamBlockReader}. It reads only
 * what the index must agree on: parameter names in order, written types, switches, aliases, and per set whether the
 * parameter is mandatory; and the function's sets, default set, ShouldProcess and aliases.
 */
final class OracleReader {

    /**
     * {@code checks}: the validation attributes in order, each in a few words: {@code notEmpty}, {@code range 1 999},
     * {@code length 1 256}, {@code pattern P} (then {@code message M}), {@code script P | Q} (then {@code throw: M});
     * a {@code [ValidateScript()]} that does more than match is left out.
     */
    record Param(String name, String type, List<String> aliases, Map<String, Boolean> mandatoryBySet,
                 List<String> checks) {
        boolean isSwitch() {
            String t = type.toLowerCase(Locale.ROOT);
            return t.equals("switch") || t.endsWith("switchparameter");
        }
    }

    record Function(String name, String defaultSet, boolean shouldProcess, List<String> aliases, List<String> sets,
                    List<Param> params) {
    }

    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'|\"((?:[^\"]|\"\")*)\"");

    private OracleReader() {
    }

    static Function read(String text, String name) {
        Matcher fn = Pattern.compile("(?im)^function\\s+" + Pattern.quote(name) + "\\b").matcher(text);
        if (!fn.find()) {
            return null;
        }
        int brace = text.indexOf('{', fn.end());
        Matcher wrapped = Pattern.compile("(?i)\\A(?:\\s|#[^\\n]*)*function\\s+" + Pattern.quote(name) + "\\s*\\{")
                .matcher(text.substring(brace + 1));
        if (wrapped.find()) { // the file wraps the function in one of its own name: the inner one is meant
            brace = brace + wrapped.end();
        }
        Matcher param = Pattern.compile("(?i)\\bparam\\s*\\(").matcher(text);
        boolean found = param.find(brace);
        String head = text.substring(brace + 1, found ? param.start() : text.length());
        boolean sp = Pattern.compile("(?i)SupportsShouldProcess(\\s*=\\s*\\$true)?(?!\\s*=)").matcher(head).find();
        if (!found || !stripAttributes(withoutComments(head)).isBlank()) {
            // no param() right after the attributes: a function without parameters (whatever follows)
            return new Function(name, "", false, List.of(), List.of(), List.of());
        }
        int open = param.end() - 1;
        int close = matching(text, open);
        String body = text.substring(open + 1, close);
        List<Param> params = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        int start = 0;
        for (int[] v : topLevelVariables(body)) {
            String attributes = body.substring(start, v[0]);
            String pname = body.substring(v[0] + 1, v[1]).replace("{", "").replace("}", "");
            params.add(param(pname, attributes, sets));
            start = nextTopLevelComma(body, v[1]);
        }
        String def = group(head, "DefaultParameterSetName\\s*=\\s*['\"]([^'\"]*)['\"]");
        if (!def.isEmpty() && !sets.isEmpty() && sets.stream().noneMatch(def::equalsIgnoreCase)) {
            sets.add(0, def);
        }
        return new Function(name, def, sp, aliases(head), sets, params);
    }

    private static Param param(String name, String attributes, List<String> sets) {
        String a = withoutComments(attributes);
        Map<String, Boolean> mandatory = new LinkedHashMap<>();
        Matcher p = Pattern.compile("(?i)\\[\\s*Parameter\\s*\\(").matcher(a);
        while (p.find()) {
            String args = a.substring(p.end(), matching(a, p.end() - 1));
            String set = group(args, "(?i)ParameterSetName\\s*=\\s*['\"]([^'\"]*)['\"]").strip();
            set = set.isEmpty() ? "(All)" : set;
            Matcher m = Pattern.compile("(?i)\\bMandatory\\b(\\s*=\\s*\\$(true|false))?").matcher(args);
            boolean mand = m.find() && (m.group(1) == null || m.group(2).equalsIgnoreCase("true"));
            mandatory.putIfAbsent(set, mand);
            if (!set.equals("(All)") && sets.stream().noneMatch(set::equalsIgnoreCase)) {
                sets.add(set);
            }
        }
        if (mandatory.isEmpty()) {
            mandatory.put("(All)", false);
        }
        String type = "";
        Matcher t = Pattern.compile("\\[\\s*([\\w.`+]+(?:\\[[\\w.,`+ ]*\\])*)\\s*\\]").matcher(stripAttributes(a));
        while (t.find()) {
            type = t.group(1);
        }
        return new Param(name, type, aliases(a), mandatory, checks(a));
    }

    /** The validation attributes of {@code attributes}, in order, in the words of {@link Param#checks}. */
    private static List<String> checks(String attributes) {
        List<String> out = new ArrayList<>();
        Matcher v = Pattern.compile("(?i)\\[\\s*Validate(NotNullOrEmpty|Range|Length|Pattern|Script)\\s*\\(")
                .matcher(attributes);
        while (v.find()) {
            String kind = v.group(1).toLowerCase(Locale.ROOT);
            String inner = attributes.substring(v.end(), matching(attributes, v.end() - 1));
            List<String> quoted = new ArrayList<>();
            Matcher q = QUOTED.matcher(inner);
            while (q.find()) {
                quoted.add(q.group(1) != null ? q.group(1).replace("''", "'") : q.group(2));
            }
            switch (kind) {
                case "notnullorempty" -> out.add("notEmpty");
                case "range", "length" -> {
                    String[] bounds = inner.replaceAll("(?i)\\[int]::MaxValue", "2147483647").split(",");
                    out.add(kind + " " + bounds[0].strip() + " " + bounds[1].strip());
                }
                case "pattern" -> out.add("pattern " + quoted.get(0)
                        + (inner.toLowerCase(Locale.ROOT).contains("errormessage") ? " message " + quoted.get(1) : ""));
                default -> {
                    List<String> script = validation(inner);
                    if (!script.isEmpty()) {
                        List<String> patterns = script.stream().filter(s -> !s.startsWith("throw: ")).toList();
                        out.add("script " + String.join(" | ", patterns) + (patterns.size() < script.size()
                                ? " " + script.get(script.size() - 1) : ""));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A {@code [ValidateScript({…})]} read word by word: its strings are taken out; what is left must be only
     * {@code if}, {@code else}, {@code return $true}, {@code throw}, {@code $_ -match} and {@code -or} with brackets;
     * a string after {@code -match} is a pattern, one after {@code throw} the message.
     */
    private static List<String> validation(String script) {
        List<String> out = new ArrayList<>();
        String message = null;
        StringBuilder rest = new StringBuilder();
        Matcher q = QUOTED.matcher(script);
        int from = 0;
        while (q.find()) {
            String before = script.substring(from, q.start());
            rest.append(before).append(' ');
            String value = q.group(1) != null ? q.group(1).replace("''", "'") : q.group(2);
            String last = before.strip().toLowerCase(Locale.ROOT);
            if (last.endsWith("-match")) {
                out.add(value);
            } else if (last.endsWith("throw")) {
                message = value;
            } else {
                return List.of();
            }
            from = q.end();
        }
        rest.append(script.substring(from));
        for (String word : rest.toString().toLowerCase(Locale.ROOT).split("[\\s{}();]+")) {
            if (!word.isEmpty() && !List.of("if", "else", "return", "$true", "throw", "$_", "-match", "-or")
                    .contains(word)) {
                return List.of();
            }
        }
        if (message != null) {
            out.add("throw: " + message);
        }
        return out;
    }

    /** The aliases of every {@code [Alias(...)]} in {@code text}. */
    static List<String> aliases(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?i)\\[\\s*Alias\\s*\\(").matcher(text);
        while (m.find()) {
            Matcher q = QUOTED.matcher(text.substring(m.end(), matching(text, m.end() - 1)));
            while (q.find()) {
                out.add(q.group(1) != null ? q.group(1).replace("''", "'") : q.group(2));
            }
        }
        return out;
    }

    /** {@code text} without its {@code [Name(...)]} attributes (a bracket, a name, balanced parentheses). */
    private static String stripAttributes(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\\[\\s*[\\w.]+\\s*\\(").matcher(text);
        int from = 0;
        while (m.find(from)) {
            out.append(text, from, m.start());
            int close = matching(text, m.end() - 1);
            int end = text.indexOf(']', close);
            from = end < 0 ? text.length() : end + 1;
        }
        out.append(text.substring(Math.min(from, text.length())));
        return out.toString();
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?m)^\\s*#.*$", "");
    }

    /** The {@code $name} ranges at depth 0 of a param block's body (strings and comments skipped). */
    private static List<int[]> topLevelVariables(String body) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        boolean expectName = true;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(body, i);
            } else if (c == '#') {
                while (i < body.length() && body.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                expectName = true;
            } else if (c == '$' && depth == 0 && expectName) {
                int j = i + 1;
                if (j < body.length() && body.charAt(j) == '{') {
                    j = body.indexOf('}', j) + 1;
                } else {
                    while (j < body.length() && (Character.isLetterOrDigit(body.charAt(j)) || body.charAt(j) == '_')) {
                        j++;
                    }
                }
                out.add(new int[] {i, j});
                expectName = false;
                i = j - 1;
            }
        }
        return out;
    }

    private static int nextTopLevelComma(String body, int from) {
        int depth = 0;
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(body, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i + 1;
            }
        }
        return body.length();
    }

    /** The index of the parenthesis closing the one at {@code open} (strings skipped). */
    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = stringEnd(text, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int stringEnd(String text, int start) {
        char q = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == '`' && q == '"') {
                i++;
            } else if (text.charAt(i) == q) {
                if (i + 1 < text.length() && text.charAt(i + 1) == q) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return text.length() - 1;
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
