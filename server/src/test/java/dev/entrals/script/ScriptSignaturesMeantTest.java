package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link ScriptSignatures#meant}: a function a file wraps in one of its own name stands for the inner one. */
class ScriptSignaturesMeantTest {

    private static FunctionSignature meant(String text) {
        ScriptSignatures s = ParamBlockReader.read(text);
        FunctionSignature top = s.function("Get-Thing").filter(FunctionSignature::topLevel).orElseThrow();
        return s.meant(top, text);
    }

    @Test
    void aWrapperOfItsOwnNameStandsForTheInnerFunction() {
        FunctionSignature f = meant("""
                function Get-Thing {
                    # the module's wrapper
                    function Get-Thing {
                        [CmdletBinding()]
                        param ([Parameter(Mandatory = $true)] [string] $ThingId)
                        Invoke-GraphRequest -Uri "/v1.0/things/$ThingId"
                    }
                }
                """);
        assertFalse(f.topLevel());
        assertEquals(List.of("ThingId"), f.parameters().stream().map(ParameterSignature::name).toList());
    }

    @Test
    void aFunctionWithCodeBesideAnInnerFunctionOfItsNameIsItself() {
        String text = """
                function Get-Thing {
                    param ([string] $Id)
                    function Get-Thing { param ([string] $Other) }
                    Invoke-GraphRequest -Uri "/v1.0/things/$Id"
                }
                """;
        ScriptSignatures s = ParamBlockReader.read(text);
        FunctionSignature top = s.function("Get-Thing").filter(FunctionSignature::topLevel).orElseThrow();
        assertSame(top, s.meant(top, text));
    }

    @Test
    void anInnerFunctionOfAnotherNameIsNotMeant() {
        FunctionSignature f = meant("""
                function Get-Thing {
                    function Get-Helper { param ([string] $X) }
                }
                """);
        assertEquals("Get-Thing", f.name());
        assertEquals(List.of(), f.parameters());
    }
}
