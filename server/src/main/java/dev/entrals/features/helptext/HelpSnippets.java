package dev.entrals.features.helptext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.SetMembership;
import dev.entrals.docs.SyntaxLine;
import dev.entrals.docs.ValueCheck;

/**
 * The short help texts the editor shows (hover, completion documentation, signature help): a cmdlet's signature,
 * synopsis, the start of its description and its online link; a parameter's facts and description.
 */
public final class HelpSnippets {

    /** The longest description excerpt, in characters; longer first paragraphs are cut at a word. */
    static final int EXCERPT = 500;

    private HelpSnippets() {
    }

    /** A cmdlet: the syntax of {@code sets} (one line each), synopsis, description excerpt, online help link. */
    public static Markup cmdlet(CmdletHelp c, List<ParameterSet> sets, boolean markdown) {
        return cmdlet(c, sets, markdown, "");
    }

    /**
     * As {@link #cmdlet(CmdletHelp, List, boolean)}; where only the signature is known, the hint that the full help
     * is one step away is a {@code command:} link to {@code fetchCommand} in Markdown when that is not empty.
     */
    public static Markup cmdlet(CmdletHelp c, List<ParameterSet> sets, boolean markdown, String fetchCommand) {
        Markup m = new Markup(markdown);
        List<String> lines = new ArrayList<>();
        for (ParameterSet s : sets) {
            if (sets.size() > 1) {
                lines.add("# " + s.name() + (s.isDefault() ? " (default)" : ""));
            }
            lines.add(SyntaxLine.of(c, s));
        }
        if (lines.isEmpty()) {
            lines.add(c.name());
        }
        m.code(lines);
        if (dev.entrals.docs.signatures.SignatureHelp.isSignatureOnly(c) && c.hasHelp()) {
            m.prose(fetchHint(markdown, fetchCommand));
        }
        if (!c.hasHelp()) {
            String module = c.module() == null || c.module().isBlank() ? "A module" : "Module " + c.module();
            m.prose(module + " exports this command but installs no help for it.");
        }
        m.prose(c.synopsis());
        m.prose(excerpt(c.description()));
        m.link("Online help", c.onlineUri());
        return m;
    }

    /**
     * The line under a signature known from the module's code alone: the full help is one download away, as a
     * command link when the client runs {@code fetchCommand} from Markdown, else naming the editor command and
     * {@code entra-ls docs fetch}.
     */
    static String fetchHint(boolean markdown, String fetchCommand) {
        if (!markdown || fetchCommand == null || fetchCommand.isEmpty()) {
            return dev.entrals.docs.signatures.SignatureHelp.FETCH_HINT;
        }
        return "Signature from the module's code (bundled). The full help (synopsis, description, examples) is one "
                + "step away: [Download the Entra docs](command:" + fetchCommand + ") (or `entra-ls docs fetch`).";
    }

    /** A parameter of {@code c}: name and type, the facts that apply, and its description. */
    public static Markup parameter(CmdletHelp c, ParameterHelp p, boolean markdown) {
        Markup m = new Markup(markdown);
        String type = p.type().isEmpty() ? "" : " " + m.code(SyntaxLine.shortType(p.type()));
        m.line(m.bold("-" + p.name()) + type + " · " + c.name());
        m.list(facts(c, p, m));
        m.prose(p.description());
        return m;
    }

    /** The facts of a parameter as list items ({@code Key: value}), only those the docs state. */
    static List<String> facts(CmdletHelp c, ParameterHelp p, Markup m) {
        List<String> out = new ArrayList<>();
        List<SetMembership> sets = memberships(c, p);
        if (!p.type().isEmpty()) {
            out.add("Type: " + m.code(p.type()));
        }
        if (!sets.isEmpty()) {
            out.add("Required: " + perSet(sets, c, s -> s.required() ? "yes" : "no"));
            out.add("Position: " + perSet(sets, c, s -> s.positionIndex() >= 0 ? s.position().trim() : "named"));
        }
        if (!p.aliases().isEmpty()) {
            out.add("Aliases: " + String.join(", ", p.aliases().stream().map(a -> m.code("-" + a)).toList()));
        }
        if (!p.pipelineInput().isBlank()) {
            out.add("Pipeline input: " + p.pipelineInput());
        }
        out.add("Wildcards: " + (p.wildcards() ? "yes" : "no"));
        if (!p.acceptedValues().isEmpty()) {
            out.add("Accepted values: " + String.join(", ", p.acceptedValues().stream().map(m::code).toList()));
        }
        if (!p.checks().isEmpty()) {
            out.add("Checked by the module: " + String.join("; ", p.checks().stream().map(k -> checked(k, m))
                    .toList()));
        }
        if (!p.defaultValue().isBlank()) {
            out.add("Default value: " + p.defaultValue());
        }
        return out;
    }

    /** A validation attribute in a few words: its own message when it has one. */
    private static String checked(ValueCheck c, Markup m) {
        if (c instanceof ValueCheck.Script s) {
            return s.message().isEmpty() ? "matches " + String.join(" or ", s.patterns().stream().map(m::code).toList())
                    : s.message();
        }
        if (c instanceof ValueCheck.Match p) {
            // a message with the value's place ({0}) reads well only in the error
            return p.message().isEmpty() || p.message().contains("{0}") ? "matches " + m.code(p.pattern())
                    : p.message();
        }
        if (c instanceof ValueCheck.Range r) {
            return r.max() >= Integer.MAX_VALUE ? "at least " + ValueCheck.number(r.min()) // [int]::MaxValue: no bound
                    : "from " + ValueCheck.number(r.min()) + " to " + ValueCheck.number(r.max());
        }
        if (c instanceof ValueCheck.Length l) {
            return l.min() + " to " + l.max() + " characters";
        }
        return "not empty";
    }

    /**
     * The sets a parameter belongs to, from its PARAMETERS entry, else (entry silent) from the SYNTAX lines that
     * show it.
     */
    static List<SetMembership> memberships(CmdletHelp c, ParameterHelp p) {
        if (!p.sets().isEmpty()) {
            return p.sets();
        }
        List<SetMembership> out = new ArrayList<>();
        for (ParameterSet s : c.parameterSets()) {
            s.member(p.name()).ifPresent(mb -> out.add(new SetMembership(s.name(), mb.required(), mb.position())));
        }
        return out;
    }

    /** One value when every set agrees ({@code yes}), else the value per set ({@code yes in A; no in B}). */
    private static String perSet(List<SetMembership> sets, CmdletHelp c, Function<SetMembership, String> value) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (SetMembership s : sets) {
            byValue.computeIfAbsent(value.apply(s), k -> new ArrayList<>()).add(s.inAllSets() ? "all sets" : s.setName());
        }
        boolean oneSetCmdlet = c.parameterSets().size() <= 1;
        if (byValue.size() == 1 && (oneSetCmdlet || sets.size() == 1 && sets.get(0).inAllSets())) {
            return byValue.keySet().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        byValue.forEach((v, names) -> parts.add(v + " (" + String.join(", ", names) + ")"));
        return String.join("; ", parts);
    }

    /** The first paragraph of docs prose, cut at a word near {@link #EXCERPT} characters. */
    public static String excerpt(String text) {
        String t = text.strip();
        int blank = t.indexOf("\n\n");
        String first = blank < 0 ? t : t.substring(0, blank);
        if (first.length() <= EXCERPT) {
            return first;
        }
        int cut = first.lastIndexOf(' ', EXCERPT);
        return first.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).stripTrailing() + " …";
    }
}
