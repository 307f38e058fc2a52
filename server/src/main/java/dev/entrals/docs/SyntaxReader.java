package dev.entrals.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of one SYNTAX code block ({@code Get-X [-A] <String> [[-B] <Int32>] [-C] [<CommonParameters>]})
 * into set members. This is PowerShell's syntax notation, not Markdown: a small tokenizer over brackets, dashes
 * and angle-bracketed types.
 */
final class SyntaxReader {

    /** What one syntax block says: the command word, the members in order, whether common parameters are listed. */
    record Syntax(String command, List<ParameterSet.Member> members, boolean commonParameters, List<String> problems) {
    }

    private enum Kind { OPEN, CLOSE, PARAM, TYPE, COMMON, WORD }

    private record Token(Kind kind, String text) {
    }

    private SyntaxReader() {
    }

    static Syntax read(String code) {
        List<Token> tokens = tokenize(code);
        List<ParameterSet.Member> members = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean common = false;
        String command = "";
        int position = 0;
        int i = 0;
        if (!tokens.isEmpty() && tokens.get(0).kind() == Kind.WORD) {
            command = tokens.get(0).text();
            i = 1;
        }
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.PARAM) {                       // -Name <Type>  (required, named)
                String type = typeAt(tokens, i + 1);
                members.add(new ParameterSet.Member(t.text(), true, "Named", type == null ? "" : type));
                i += type == null ? 1 : 2;
            } else if (t.kind() == Kind.OPEN && is(tokens, i + 1, Kind.COMMON) && is(tokens, i + 2, Kind.CLOSE)) {
                common = true;
                i += 3;
            } else if (t.kind() == Kind.COMMON) {
                common = true;
                i += 1;
            } else if (t.kind() == Kind.OPEN && is(tokens, i + 1, Kind.PARAM) && is(tokens, i + 2, Kind.CLOSE)) {
                String type = typeAt(tokens, i + 3);             // [-Name] <Type> (required, positional) or [-Switch]
                if (type != null) {
                    members.add(new ParameterSet.Member(tokens.get(i + 1).text(), true, String.valueOf(position++), type));
                    i += 4;
                } else {
                    members.add(new ParameterSet.Member(tokens.get(i + 1).text(), false, "Named", ""));
                    i += 3;
                }
            } else if (t.kind() == Kind.OPEN && is(tokens, i + 1, Kind.OPEN) && is(tokens, i + 2, Kind.PARAM)
                    && is(tokens, i + 3, Kind.CLOSE)) {          // [[-Name] <Type>] (optional, positional)
                String type = typeAt(tokens, i + 4);
                int end = i + (type == null ? 4 : 5);
                members.add(new ParameterSet.Member(tokens.get(i + 2).text(), false, String.valueOf(position++),
                        type == null ? "" : type));
                i = is(tokens, end, Kind.CLOSE) ? end + 1 : end;
            } else if (t.kind() == Kind.OPEN && is(tokens, i + 1, Kind.PARAM)) {   // [-Name <Type>] (optional, named)
                String type = typeAt(tokens, i + 2);
                int end = i + (type == null ? 2 : 3);
                members.add(new ParameterSet.Member(tokens.get(i + 1).text(), false, "Named", type == null ? "" : type));
                if (is(tokens, end, Kind.CLOSE)) {
                    i = end + 1;
                } else {
                    problems.add("unbalanced '[' after -" + tokens.get(i + 1).text());
                    i = end;
                }
            } else if (t.kind() == Kind.OPEN && is(tokens, i + 1, Kind.WORD)
                    && (is(tokens, i + 2, Kind.TYPE) || is(tokens, i + 2, Kind.CLOSE))) {
                Token word = tokens.get(i + 1);                  // [Name <Type>] written without the dash
                String type = typeAt(tokens, i + 2);
                problems.add("'" + word.text() + "' lacks its '-'");
                members.add(new ParameterSet.Member(word.text(), false, "Named", type == null ? "" : type));
                int end = i + (type == null ? 2 : 3);
                i = is(tokens, end, Kind.CLOSE) ? end + 1 : end;
            } else {
                problems.add("unexpected '" + t.text() + "'");
                i += 1;
            }
        }
        return new Syntax(command, members, common, problems);
    }

    private static boolean is(List<Token> tokens, int i, Kind kind) {
        return i < tokens.size() && tokens.get(i).kind() == kind;
    }

    private static String typeAt(List<Token> tokens, int i) {
        return is(tokens, i, Kind.TYPE) ? tokens.get(i).text() : null;
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '[') {
                out.add(new Token(Kind.OPEN, "["));
                i++;
            } else if (c == ']') {
                out.add(new Token(Kind.CLOSE, "]"));
                i++;
            } else if (c == '<') {
                int end = closingAngle(s, i);
                String inner = s.substring(i + 1, end).trim();
                out.add(new Token(inner.equalsIgnoreCase("CommonParameters") ? Kind.COMMON : Kind.TYPE, inner));
                i = Math.min(n, end + 1);
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(s.charAt(i)) && "[]<".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                String word = s.substring(start, i);
                boolean param = word.length() > 1 && isDash(word.charAt(0)) && Character.isLetter(word.charAt(1));
                out.add(param ? new Token(Kind.PARAM, word.substring(1)) : new Token(Kind.WORD, word));
            }
        }
        return out;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** Index of the '>' closing the '<' at {@code open}, allowing nested '<...>' inside generic types. */
    private static int closingAngle(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }
}
