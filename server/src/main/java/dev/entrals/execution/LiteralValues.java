package dev.entrals.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.entrals.script.ArgumentKind;
import dev.entrals.script.CommandArgument;

/**
 * The values of literal arguments as the {@link dev.entrals.graph.RequestPlanner} contract wants them: {@link String},
 * {@link Long}, {@link Double}, {@link Boolean}, lists and maps of those. Anything else (a variable, a subexpression,
 * an expandable string with variables) has no value here.
 */
final class LiteralValues {

    /** Marks "not a literal" (null is never a value of a literal). */
    static final Object NOT_LITERAL = new Object() {
        @Override
        public String toString() {
            return "<not a literal>";
        }
    };

    private LiteralValues() {
    }

    /** The value of {@code arg} as written in {@code source}, or {@link #NOT_LITERAL}. */
    static Object of(CommandArgument arg, String source) {
        if (arg.kind() == ArgumentKind.ARRAY) {
            List<Object> out = new ArrayList<>(arg.elements().size());
            for (CommandArgument e : arg.elements()) {
                Object v = of(e, source);
                if (v == NOT_LITERAL) {
                    return NOT_LITERAL;
                }
                out.add(v);
            }
            return out;
        }
        if (arg.kind() == ArgumentKind.HASHTABLE || arg.kind() == ArgumentKind.EXPRESSION) {
            return HashtableLiteral.parse(arg.text(source));
        }
        if (!arg.isLiteral()) {
            return NOT_LITERAL;
        }
        return switch (arg.kind()) {
            case BOOLEAN -> Boolean.valueOf("True".equals(arg.value()));
            case NUMBER -> number(arg.value());
            default -> arg.value();
        };
    }

    /**
     * A PowerShell numeric literal: decimal or hex integers (with an {@code l} suffix or a {@code kb}..{@code pb}
     * multiplier), reals; {@link #NOT_LITERAL} when it is none of those.
     */
    static Object number(String raw) {
        String s = raw.toLowerCase(Locale.ROOT).replace("_", "");
        long multiplier = 1;
        for (String[] m : new String[][] {{"kb", "1024"}, {"mb", "1048576"}, {"gb", "1073741824"},
                {"tb", "1099511627776"}, {"pb", "1125899906842624"}}) {
            if (s.endsWith(m[0])) {
                multiplier = Long.parseLong(m[1]);
                s = s.substring(0, s.length() - 2);
            }
        }
        if (s.endsWith("l") && !s.startsWith("0x") || s.endsWith("d") && !s.startsWith("0x")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            if (s.startsWith("0x")) {
                return Long.parseLong(s.substring(2), 16) * multiplier;
            }
            if (s.matches("[+-]?\\d+")) {
                return Math.multiplyExact(Long.parseLong(s), multiplier);
            }
            double d = Double.parseDouble(s) * multiplier;
            return d == Math.rint(d) && multiplier > 1 ? (Object) (long) d : (Object) d;
        } catch (NumberFormatException | ArithmeticException e) {
            return NOT_LITERAL;
        }
    }
}
