package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A function read statically: its name, whole range, whether it is defined at the script's top level (not inside
 * another function), its attributes before {@code param()} ({@code [CmdletBinding(...)]}, {@code [Alias(...)]},
 * {@code [OutputType(...)]}), its parameters (from {@code param()} or {@code function f($a)}), and its
 * comment-based help. Binding facts follow PowerShell's rules (see {@link #positionOf}).
 */
public record FunctionSignature(String name, int start, int end, boolean topLevel, List<ScriptAttribute> attributes,
                                List<ParameterSignature> parameters, CommentHelp help) {

    public FunctionSignature {
        attributes = List.copyOf(attributes);
        parameters = List.copyOf(parameters);
    }

    /** The first function-level attribute named {@code simpleName}. */
    public Optional<ScriptAttribute> attribute(String simpleName) {
        return attributes.stream().filter(a -> a.is(simpleName)).findFirst();
    }

    /** Whether PowerShell treats it as an advanced function: {@code [CmdletBinding()]} or any {@code [Parameter()]}. */
    public boolean isAdvanced() {
        return attribute("CmdletBinding").isPresent()
                || parameters.stream().anyMatch(p -> p.attribute("Parameter").isPresent());
    }

    /** {@code DefaultParameterSetName}, or {@code ""}. */
    public String defaultParameterSet() {
        return attribute("CmdletBinding").flatMap(a -> a.argument("DefaultParameterSetName")).orElse("");
    }

    /** Whether {@code SupportsShouldProcess} is set (the function takes {@code -WhatIf} and {@code -Confirm}). */
    public boolean supportsShouldProcess() {
        return attribute("CmdletBinding").map(a -> a.flag("SupportsShouldProcess")).orElse(false);
    }

    /** {@code PositionalBinding} ({@code $true} unless set otherwise). */
    public boolean positionalBinding() {
        return attribute("CmdletBinding").map(a -> a.flag("PositionalBinding", true)).orElse(true);
    }

    /** The function's own aliases ({@code [Alias(...)]} before {@code param()}). */
    public List<String> aliases() {
        List<String> out = new ArrayList<>();
        attributes.stream().filter(a -> a.is("Alias")).forEach(a -> out.addAll(a.positional()));
        return out;
    }

    /**
     * The parameter set names the {@code [Parameter()]} attributes name, in order of first use; the single set
     * {@link SetBinding#ALL_SETS} when none names one.
     */
    public List<String> setNames() {
        List<String> out = new ArrayList<>();
        for (ParameterSignature p : parameters) {
            for (SetBinding b : p.bindings()) {
                if (!b.inAllSets() && out.stream().noneMatch(s -> s.equalsIgnoreCase(b.setName()))) {
                    out.add(b.setName());
                }
            }
        }
        if (!defaultParameterSet().isEmpty() && out.stream().noneMatch(s -> s.equalsIgnoreCase(defaultParameterSet()))
                && !out.isEmpty()) {
            out.add(0, defaultParameterSet());
        }
        return out.isEmpty() ? List.of(SetBinding.ALL_SETS) : out;
    }

    /**
     * The position of {@code p} under {@code binding}: the explicit {@code Position}; else, when positional binding
     * is on and no parameter of the function declares a position, the parameter's place among the non-switch
     * parameters in declaration order; else -1 (named only).
     */
    public int positionOf(ParameterSignature p, SetBinding binding) {
        if (binding.position() >= 0) {
            return binding.position();
        }
        if (p.isSwitch() || !positionalBinding() || parameters.stream().anyMatch(ParameterSignature::hasExplicitPosition)) {
            return -1;
        }
        int i = 0;
        for (ParameterSignature q : parameters) {
            if (q == p) {
                return i;
            }
            if (!q.isSwitch()) {
                i++;
            }
        }
        return -1;
    }
}
