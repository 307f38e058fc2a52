package dev.entrals.docs;

import java.util.ArrayList;
import java.util.List;

/** Renders one parameter set as a PowerShell syntax line, the way Get-Help and the editor's hover show it. */
public final class SyntaxLine {

    private SyntaxLine() {
    }

    /** The syntax of one set: {@code Get-EntraUser [-UserId] <String> [-Property <String[]>] [<CommonParameters>]}. */
    public static String of(CmdletHelp cmdlet, ParameterSet set) {
        return String.join(" ", parts(cmdlet, set));
    }

    /** The same syntax split into the command name and one element per parameter, for wrapping. */
    public static List<String> parts(CmdletHelp cmdlet, ParameterSet set) {
        List<String> out = new ArrayList<>();
        out.add(cmdlet.name());
        for (ParameterSet.Member m : set.members()) {
            out.add(element(cmdlet, m));
        }
        if (cmdlet.supportsCommonParameters()) {
            out.add("[<CommonParameters>]");
        }
        return out;
    }

    private static String element(CmdletHelp cmdlet, ParameterSet.Member m) {
        String type = m.type();
        if (type.isEmpty()) {
            type = cmdlet.parameter(m.parameter()).filter(p -> !p.isSwitch()).map(p -> shortType(p.type())).orElse("");
        }
        boolean positional = m.positionIndex() >= 0;
        String name = positional ? "[-" + m.parameter() + "]" : "-" + m.parameter();
        String core = type.isEmpty() ? "-" + m.parameter() : name + " <" + type + ">";
        return m.required() ? core : "[" + core + "]";
    }

    /** A .NET type name without its namespace ({@code System.String[]} becomes {@code String[]}). */
    public static String shortType(String type) {
        int generic = type.indexOf('[');
        String head = generic < 0 ? type : type.substring(0, generic);
        int dot = head.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }
}
