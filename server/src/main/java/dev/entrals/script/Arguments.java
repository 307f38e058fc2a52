package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;

/** Turns the collected parts of an element into a {@link CommandArgument}, reading literal values. */
final class Arguments {

    private Arguments() {
    }

    static CommandArgument of(String text, CommandBuilder.Item item) {
        if (!item.array && item.parts.size() == 1) {
            return part(text, item.last());
        }
        List<CommandArgument> elements = new ArrayList<>(item.parts.size());
        for (CommandBuilder.Part p : item.parts) {
            elements.add(part(text, p));
        }
        int start = item.parts.get(0).start;
        int end = item.last().end;
        return new CommandArgument(start, end, ArgumentKind.ARRAY, null,
                List.copyOf(elements));
    }

    private static CommandArgument part(String text, CommandBuilder.Part p) {
        ArgumentKind kind;
        String value = null;
        if (p.tokens != 1) {
            kind = ArgumentKind.EXPRESSION;
        } else if (p.opened != null) {
            kind = p.opened;
        } else {
            Token t = p.first;
            String raw = text.substring(p.start, p.end);
            switch (t.kind()) {
                case GENERIC:
                    kind = ArgumentKind.BAREWORD;
                    value = bareword(raw);
                    break;
                case STRING:
                    kind = ArgumentKind.STRING;
                    value = Literals.singleQuoted(raw);
                    break;
                case HERE_STRING:
                    kind = ArgumentKind.STRING;
                    value = Literals.hereString(raw);
                    break;
                case EXPANDABLE_STRING:
                    kind = ArgumentKind.EXPANDABLE_STRING;
                    value = t.nested().isEmpty() ? Literals.doubleQuoted(raw) : null;
                    break;
                case EXPANDABLE_HERE_STRING:
                    kind = ArgumentKind.EXPANDABLE_STRING;
                    value = t.nested().isEmpty() ? Literals.unescape(Literals.hereString(raw), false) : null;
                    break;
                case NUMBER:
                    kind = ArgumentKind.NUMBER;
                    value = raw;
                    break;
                case VARIABLE:
                    value = raw.equalsIgnoreCase("$true") ? "True" : raw.equalsIgnoreCase("$false") ? "False" : null;
                    kind = value != null ? ArgumentKind.BOOLEAN : ArgumentKind.VARIABLE;
                    break;
                default:
                    kind = ArgumentKind.EXPRESSION;
            }
        }
        return new CommandArgument(p.start, p.end, kind, value, List.of());
    }

    private static String bareword(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '$' || c == '@' && i == 0 || Chars.isQuote(c)) {
                return null;
            }
        }
        return raw.indexOf('`') < 0 ? raw : Literals.unescape(raw, false);
    }
}
