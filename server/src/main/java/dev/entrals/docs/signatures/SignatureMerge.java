package dev.entrals.docs.signatures;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterHelp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Merges a command's code facts into its page: what PowerShell binds against comes from the code (parameters, their
 * types, aliases, sets, required, positions, pipeline input, accepted values, switches, -WhatIf/-Confirm, the
 * cmdlet's aliases), and the page adds the prose (synopsis, description, examples, parameter descriptions, inputs,
 * outputs, notes, links) and keeps its source. A page parameter the code lacks is dropped (a docs defect that
 * {@code docs lint --code} reports); a page parameter found under one of a code parameter's aliases lends it its
 * description. Accepted values the code does not list (an enum-typed parameter: the enum lives in another
 * assembly) come from the page.
 */
public final class SignatureMerge {

    private SignatureMerge() {
    }

    /** The page with the facts of {@code code} (built by {@link SignatureHelp}) merged in. */
    public static CmdletHelp merge(CmdletHelp page, CmdletHelp code) {
        if (SignatureHelp.isSimpleFunction(code)) {
            return page; // it binds anything: the page's parameters are as good as any
        }
        List<String> aliases = new ArrayList<>(code.aliases());
        page.aliases().stream().filter(a -> aliases.stream().noneMatch(a::equalsIgnoreCase)).forEach(aliases::add);
        List<ParameterHelp> parameters = new ArrayList<>();
        for (ParameterHelp p : code.parameters()) {
            Optional<ParameterHelp> documented = documented(page, p);
            parameters.add(documented.map(d -> withProse(p, d)).orElse(p));
        }
        return new CmdletHelp(page.name(), aliases, page.module().isBlank() ? code.module() : page.module(),
                page.synopsis(), page.description(), page.onlineUri().isBlank() ? code.onlineUri() : page.onlineUri(),
                code.parameterSets(), parameters, page.examples(), page.inputs(), page.outputs(), page.notes(),
                page.relatedLinks(), code.supportsCommonParameters(), page.frontMatter(), page.source());
    }

    private static Optional<ParameterHelp> documented(CmdletHelp page, ParameterHelp p) {
        return page.parameter(p.name()).or(() -> page.parameters().stream()
                .filter(d -> p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(d.name()))).findFirst());
    }

    private static ParameterHelp withProse(ParameterHelp code, ParameterHelp page) {
        String def = "None".equals(code.defaultValue()) || "False".equals(code.defaultValue())
                ? page.defaultValue().isBlank() ? code.defaultValue() : page.defaultValue() : code.defaultValue();
        return new ParameterHelp(code.name(), code.type(), code.aliases(), page.description(), def,
                code.pipelineInput(), page.wildcards(),
                code.acceptedValues().isEmpty() ? page.acceptedValues() : code.acceptedValues(), code.sets(),
                page.line(), code.checks());
    }
}
