package dev.entrals.graph.derive;

import dev.entrals.script.FunctionSignature;
import dev.entrals.script.ParameterSignature;
import dev.entrals.script.SetBinding;
import java.util.List;
import java.util.Optional;

/**
 * One module function read for its requests: its signature, its text with comments blanked, and where it is.
 *
 * @param module    {@code Microsoft.Entra} or {@code Microsoft.Entra.Beta}
 * @param file      the file relative to the {@code module} folder, with {@code /}
 * @param signature the function's parameters and sets
 * @param text      the file's text with comments blanked (offsets kept)
 */
record FunctionCode(String module, String file, FunctionSignature signature, String text) {

    String name() {
        return signature.name();
    }

    /** The function body's text from the start of the {@code process} block (or the whole function). */
    String process() {
        String body = text.substring(signature.start(), Math.min(text.length(), signature.end()));
        return PsText.process(body);
    }

    /** The function's {@code begin} block's text ({@code ""} when none): locals it builds reach {@code process}. */
    String begin() {
        return PsText.begin(text.substring(signature.start(), Math.min(text.length(), signature.end())));
    }

    /** The offset of {@link #process()} in {@link #text}. */
    int processOffset() {
        String body = text.substring(signature.start(), Math.min(text.length(), signature.end()));
        return signature.start() + PsText.processStart(body);
    }

    /** {@code file:line} of an offset in {@link #text}. */
    String source(int offset) {
        return file + ":" + PsText.lineOf(text, offset);
    }

    /** The parameter sets (the implicit one when none is named). */
    List<String> sets() {
        return signature.setNames();
    }

    Optional<ParameterSignature> parameter(String name) {
        return signature.parameters().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Whether the parameter can be bound in the set. */
    boolean inSet(String param, String set) {
        return parameter(param).map(p -> p.bindings().stream().anyMatch(b -> b.inAllSets()
                || b.setName().equalsIgnoreCase(set) || set.equals(SetBinding.ALL_SETS))).orElse(false);
    }

    /** Whether the parameter is mandatory in the set. */
    boolean mandatoryIn(String param, String set) {
        return parameter(param).map(p -> p.bindings().stream().anyMatch(b -> b.mandatory() && (b.inAllSets()
                || b.setName().equalsIgnoreCase(set)))).orElse(false);
    }

    /** The parameter that has this alias ({@code [Alias("Id")]}), or empty. */
    Optional<String> aliasOf(String alias) {
        return signature.parameters().stream().filter(p -> p.aliases().stream().anyMatch(alias::equalsIgnoreCase))
                .map(ParameterSignature::name).findFirst();
    }

    /** The canonical spelling of a parameter name, or the name as given. */
    String canonical(String param) {
        return parameter(param).map(ParameterSignature::name).orElse(param);
    }
}
