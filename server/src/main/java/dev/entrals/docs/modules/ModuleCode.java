package dev.entrals.docs.modules;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.signatures.FunctionHelp;
import dev.entrals.docs.signatures.SignatureMerge;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The help model of a script module's exported function: its binding facts read from the code (names, aliases,
 * types, sets, mandatory, positions, pipeline, accepted values, switches, {@code -WhatIf}/{@code -Confirm}) win over
 * the module's MAML for the same command, whose prose is kept. Models built so carry {@link #FROM_CODE}, so that a
 * later page (downloaded docs, a folder) for the command gets the same facts merged in ({@link #mergeInto}).
 */
final class ModuleCode {

    /** The front-matter key of a model whose binding facts come from an installed module's code. */
    static final String FROM_CODE = "entra-ls module code";

    private ModuleCode() {
    }

    /** The model of {@code f} from its code alone (prose from its comment-based help, if any). */
    static CmdletHelp of(ModuleScripts.Exported f, String module, String origin) {
        CmdletHelp code = FunctionHelp.of(f.function(), module, origin, f.aliases(), f.file().toString(), f.line());
        return marked(code);
    }

    /**
     * The module's MAML page with the code facts of {@code f} merged in; a simple function (it binds anything into
     * {@code $args}) leaves the page as it is.
     */
    static CmdletHelp merged(CmdletHelp maml, ModuleScripts.Exported f, String module, String origin) {
        CmdletHelp code = of(f, module, origin);
        if (FunctionHelp.isSimpleFunction(code)) {
            return maml;
        }
        return marked(SignatureMerge.merge(maml, code));
    }

    /**
     * How a later page of a command is merged with this module's model of it: the module's facts when they come
     * from code, else the later page as it is (a MAML-only command's binding is no better than the page's).
     */
    static CmdletHelp mergeInto(CmdletHelp page, CmdletHelp module) {
        if (!module.frontMatter().containsKey(FROM_CODE) || FunctionHelp.isSimpleFunction(module)) {
            return page;
        }
        return SignatureMerge.merge(page, module);
    }

    private static CmdletHelp marked(CmdletHelp h) {
        Map<String, Object> front = new LinkedHashMap<>(h.frontMatter());
        front.put(FROM_CODE, true);
        return new CmdletHelp(h.name(), h.aliases(), h.module(), h.synopsis(), h.description(), h.onlineUri(),
                h.parameterSets(), h.parameters(), h.examples(), h.inputs(), h.outputs(), h.notes(), h.relatedLinks(),
                h.supportsCommonParameters(), front, h.source());
    }
}
