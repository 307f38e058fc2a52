package dev.entrals.docs.signatures;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.PageSource;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.script.CommentHelp;
import dev.entrals.script.FunctionSignature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The help model of a function read from a script (a user's own function, or one of a script module): its binding
 * facts through the same conversion as the bundled signature index ({@link SignatureGenerator} then
 * {@link SignatureHelp}), with the prose of its comment-based help ({@code .SYNOPSIS}, {@code .DESCRIPTION},
 * {@code .PARAMETER}) when it has one.
 */
public final class FunctionHelp {

    /**
     * The front-matter key of a simple function (no {@code [CmdletBinding()]} nor {@code [Parameter()]}): it takes
     * any argument it does not declare into {@code $args}, so no parameter rule applies to its calls.
     */
    public static final String SIMPLE_FUNCTION = "entra-ls simple function";

    private FunctionHelp() {
    }

    /** The model of {@code f}, labelled as coming from {@code module} ({@code origin} names the place it was read). */
    public static CmdletHelp of(FunctionSignature f, String module, String origin) {
        return of(f, module, origin, f.aliases(), origin + "/" + f.name());
    }

    /**
     * The model of {@code f} with the cmdlet aliases {@code aliases} (for a module's function: its {@code [Alias()]}
     * and {@code Set-Alias} names that the module exports) and {@code file} as its page source's file.
     */
    public static CmdletHelp of(FunctionSignature f, String module, String origin, List<String> aliases, String file) {
        return of(f, module, origin, aliases, file, 0);
    }

    /**
     * As {@link #of(FunctionSignature, String, String, List, String)}, with the 1-based line of the function in
     * {@code file} as the page's {@code name} line (0: unknown), for go-to-definition.
     */
    public static CmdletHelp of(FunctionSignature f, String module, String origin, List<String> aliases, String file,
                                int line) {
        CmdletHelp facts = SignatureHelp.of(SignatureGenerator.command(f, module, aliases, List.of()), "");
        Map<String, Object> front = new LinkedHashMap<>(facts.frontMatter());
        if (!f.isAdvanced()) {
            // known and completable; the analyzer leaves its calls alone ($args takes the rest)
            front.remove(CmdletHelp.NO_HELP);
            front.put(SIMPLE_FUNCTION, true);
        }
        CommentHelp comments = f.help() == null ? CommentHelp.NONE : f.help();
        List<ParameterHelp> parameters = new ArrayList<>();
        for (ParameterHelp p : facts.parameters()) {
            String text = comments.parameter(p.name());
            parameters.add(text.isEmpty() ? p : new ParameterHelp(p.name(), p.type(), p.aliases(), text,
                    p.defaultValue(), p.pipelineInput(), p.wildcards(), p.acceptedValues(), p.sets(), p.line(),
                    p.checks()));
        }
        front.remove(SignatureHelp.SIGNATURE_ONLY); // not the bundled index: no "fetch the docs" hint
        return new CmdletHelp(facts.name(), facts.aliases(), module, comments.section("SYNOPSIS"),
                comments.section("DESCRIPTION"), "", facts.parameterSets(), parameters, List.of(), List.of(),
                List.of(), comments.section("NOTES"), List.of(), f.isAdvanced(), front,
                new PageSource(origin, file, line > 0 ? Map.of("name", line) : Map.of()));
    }

    /** Whether {@code help} is a simple function's (see {@link #SIMPLE_FUNCTION}). */
    public static boolean isSimpleFunction(CmdletHelp help) {
        return help.frontMatter().containsKey(SIMPLE_FUNCTION);
    }
}
