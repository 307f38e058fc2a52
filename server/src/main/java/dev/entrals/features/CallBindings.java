package dev.entrals.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.entrals.analysis.Binding;
import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.CommandInvocation;

/**
 * The bindings of the calls of one document version, computed on first use and kept with the version: hover and
 * signature help follow the pointer and the cursor, asking again and again about the same call.
 */
public final class CallBindings {

    /** One view's call: the view's offset in the document and the call's start in the view. */
    private record Key(int base, int start, String cmdlet) {
    }

    private record Memo(HelpIndex index, Map<Key, Binding> bindings) {
    }

    private CallBindings() {
    }

    /** The binding of {@code call} (of {@code view}) to {@code cmdlet}, pipeline input taken into account. */
    public static Binding of(ScriptView view, ParameterBinder binder, CommandInvocation call, CmdletHelp cmdlet) {
        Memo memo = view.document().derived(Memo.class, d -> new Memo(binder.index(), new ConcurrentHashMap<>()));
        if (memo.index() != binder.index()) {
            return bind(view, binder, call, cmdlet);
        }
        return memo.bindings().computeIfAbsent(new Key(view.base(), call.start(), cmdlet.name()),
                k -> bind(view, binder, call, cmdlet));
    }

    private static Binding bind(ScriptView view, ParameterBinder binder, CommandInvocation call, CmdletHelp cmdlet) {
        return binder.bind(call, cmdlet, ParameterBinder.receivesPipelineInput(view.script().text(), call));
    }
}
