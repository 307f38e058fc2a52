package dev.entrals.docs.signatures;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.CommonParameters;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.DocDiagnostic.Severity;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.SyntaxLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code docs lint --code}: where a page disagrees with the module's code, the page is wrong (PowerShell binds
 * against the code). Finds documented parameters the code lacks, parameters and aliases the page omits, and
 * parameters whose type, sets or mandatory flag differ.
 */
public final class CodeLint {

    private CodeLint() {
    }

    /** The code facts of every command of the module sources at {@code moduleSource}, by lower-case name. */
    public static Map<String, CmdletHelp> codeFacts(java.nio.file.Path moduleSource) throws java.io.IOException {
        Map<String, CmdletHelp> out = new java.util.HashMap<>();
        for (dev.entrals.docs.PageProvider.Page p : SignatureSource.pagesOf(SignatureGenerator.generate(moduleSource))
                .pages()) {
            out.put(p.name().toLowerCase(Locale.ROOT), p.reader().get().help());
        }
        return out;
    }

    /** The disagreements of {@code pages} with {@code code} (the code facts by lower-case command name). */
    public static List<DocDiagnostic> check(List<CmdletHelp> pages, Map<String, CmdletHelp> code) {
        List<DocDiagnostic> out = new ArrayList<>();
        for (CmdletHelp page : pages) {
            if (!page.hasHelp()) {
                continue;
            }
            CmdletHelp c = code.get(page.name().toLowerCase(Locale.ROOT));
            String file = page.source().file();
            if (c == null) {
                out.add(new DocDiagnostic(file, page.source().line("name"), Severity.INFO, "cmdlet-not-in-code",
                        page.name() + " is not a command of the module's code"));
            } else if (c.hasHelp()) {
                check(page, c, file, out);
            }
        }
        return out;
    }

    private static void check(CmdletHelp page, CmdletHelp code, String file, List<DocDiagnostic> out) {
        for (ParameterHelp p : page.parameters()) {
            if (CommonParameters.isCommon(p.name()) || isShouldProcess(p.name())) {
                continue;
            }
            Optional<ParameterHelp> byName = code.parameter(p.name());
            Optional<ParameterHelp> byAlias = code.parameters().stream()
                    .filter(q -> q.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(p.name()))).findFirst();
            int line = p.line();
            if (byName.isEmpty()) {
                out.add(new DocDiagnostic(file, line, Severity.ERROR, "param-not-in-code", byAlias
                        .map(q -> "-" + p.name() + " is documented as a parameter but is an alias of -" + q.name()
                                + " in the module's code")
                        .orElse("-" + p.name() + " is documented but the module's code has no such parameter"
                                + closest(code, p))));
                continue;
            }
            compare(p, byName.get(), code, file, line, out);
        }
        for (ParameterHelp q : code.parameters()) {
            if (isShouldProcess(q.name())) {
                continue;
            }
            boolean documented = page.parameter(q.name()).isPresent() || page.parameters().stream()
                    .anyMatch(p -> q.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(p.name())));
            if (!documented) {
                out.add(new DocDiagnostic(file, page.source().line("parameters"), Severity.ERROR,
                        "param-missing-from-page", "-" + q.name() + " is a parameter of the module's code that the"
                        + " page does not document"));
            }
        }
    }

    private static void compare(ParameterHelp p, ParameterHelp q, CmdletHelp code, String file, int line,
                                List<DocDiagnostic> out) {
        Set<String> missing = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        missing.addAll(q.aliases());
        p.aliases().forEach(missing::remove);
        if (!missing.isEmpty()) {
            out.add(new DocDiagnostic(file, line, Severity.WARNING, "alias-missing-from-page", "-" + q.name()
                    + " has the aliases " + String.join(", ", missing) + " in the module's code; the page omits them"));
        }
        Set<String> extra = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        extra.addAll(p.aliases());
        q.aliases().forEach(extra::remove);
        if (!extra.isEmpty()) {
            out.add(new DocDiagnostic(file, line, Severity.ERROR, "alias-not-in-code", "-" + q.name()
                    + " is documented with the aliases " + String.join(", ", extra) + " that the module's code lacks"));
        }
        if (!p.type().isBlank() && !sameType(p.type(), q.type())) {
            out.add(new DocDiagnostic(file, line, Severity.WARNING, "type-mismatch", "-" + q.name()
                    + " is documented as " + p.type() + "; the module's code declares " + q.type()));
        }
        String pageSets = sets(p, code);
        String codeSets = sets(q, code);
        if (!pageSets.equalsIgnoreCase(codeSets)) {
            out.add(new DocDiagnostic(file, line, Severity.WARNING, "set-mismatch", "-" + q.name()
                    + " is documented in " + pageSets + "; the module's code puts it in " + codeSets));
        }
    }

    /** The parameter's sets with {@code !} for mandatory ones, expanded over the code's set names, sorted. */
    private static String sets(ParameterHelp p, CmdletHelp code) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> names = code.parameterSets().stream().map(ParameterSet::name).toList();
        for (String set : names) {
            p.membership(set).ifPresent(m -> out.add(set + (m.required() ? "!" : "")));
        }
        p.sets().stream().filter(m -> !m.inAllSets() && names.stream().noneMatch(m.setName()::equalsIgnoreCase))
                .forEach(m -> out.add(m.setName() + (m.required() ? "!" : "")));
        return String.join(", ", out);
    }

    private static boolean sameType(String documented, String code) {
        String a = SyntaxLine.shortType(TypeNames.canonical(documented)).toLowerCase(Locale.ROOT);
        String b = SyntaxLine.shortType(TypeNames.canonical(code)).toLowerCase(Locale.ROOT);
        // a nested type (Outer+Inner) is documented by its inner name
        return a.equals(b) || b.endsWith("+" + a) || a.endsWith("+" + b);
    }

    private static String closest(CmdletHelp code, ParameterHelp p) {
        List<String> names = new ArrayList<>();
        code.parameters().forEach(q -> names.add(q.name()));
        List<String> close = dev.entrals.docs.CloseNames.of(p.name(), names, 1);
        return close.isEmpty() ? "" : " (did you mean -" + close.get(0) + "?)";
    }

    private static boolean isShouldProcess(String name) {
        return name.equalsIgnoreCase("WhatIf") || name.equalsIgnoreCase("Confirm");
    }
}
