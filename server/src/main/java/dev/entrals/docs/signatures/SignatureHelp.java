package dev.entrals.docs.signatures;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.CommonParameters;
import dev.entrals.docs.PageSource;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.SetMembership;
import dev.entrals.docs.SyntaxLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the help model of one command from its facts in the signature index: parameter sets and their members,
 * parameters with type, aliases, sets, required, position, pipeline input and accepted values, and no prose. The
 * result is flagged {@link #SIGNATURE_ONLY} in its front matter.
 */
public final class SignatureHelp {

    /** The front-matter key of a model built from code facts alone (no page). */
    public static final String SIGNATURE_ONLY = "entra-ls signature only";

    /** The front-matter key listing the AzureAD aliases {@code Enable-EntraAzureADAlias} defines for it. */
    public static final String AZURE_AD_ALIASES = "entra-ls azureAdAliases";

    /** What a user reads where only the signature is known: the full help is one download away. */
    public static final String FETCH_HINT = "Signature from the module's code (bundled). The full help (synopsis, "
            + "description, examples) is one step away: **Entra: Download Cmdlet Docs** in VS Code, or "
            + "`entra-ls docs fetch`.";

    /** The origin label of pages built from the bundled index. */
    public static final String ORIGIN = "module code";

    private static final String SWITCH = "System.Management.Automation.SwitchParameter";

    private SignatureHelp() {
    }

    /** The model of the command {@code c} (one index line's JSON), with its online URI from {@code helpUri}. */
    static CmdletHelp of(JsonNode c, String helpUri) {
        String name = c.path("name").asText();
        String module = c.path("module").asText();
        List<String> setNames = strings(c.path("sets"));
        String defaultSet = c.path("defaultSet").asText("");
        List<ParameterHelp> parameters = new ArrayList<>();
        Map<String, List<ParameterSet.Member>> members = new LinkedHashMap<>();
        List<String> sets = setNames.isEmpty() ? List.of(ParameterSet.ALL) : setNames;
        sets.forEach(s -> members.put(s, new ArrayList<>()));
        for (JsonNode p : c.path("parameters")) {
            ParameterHelp help = parameter(p);
            parameters.add(help);
            for (String set : sets) {
                // a set's own [Parameter()] wins over an all-sets one, as in PowerShell
                help.membership(set).ifPresent(m -> members.get(set).add(new ParameterSet.Member(help.name(),
                        m.required(), m.position(), help.isSwitch() ? "" : SyntaxLine.shortType(help.type()))));
            }
        }
        if (c.path("shouldProcess").asBoolean(false)) {
            parameters.addAll(CommonParameters.SHOULD_PROCESS);
            // in every set's syntax, after the command's own parameters, as Get-Help shows them
            members.values().forEach(m -> CommonParameters.SHOULD_PROCESS.forEach(p ->
                    m.add(new ParameterSet.Member(p.name(), false, "Named", ""))));
        }
        List<ParameterSet> parameterSets = new ArrayList<>();
        members.forEach((set, m) -> parameterSets.add(new ParameterSet(set,
                sets.size() == 1 || set.equalsIgnoreCase(defaultSet), m, "", 0)));
        Map<String, Object> front = new LinkedHashMap<>();
        front.put(SIGNATURE_ONLY, true);
        if (!c.path("advanced").asBoolean(true)) {
            // a simple function takes any argument (into $args): known, with nothing to check
            front.put(CmdletHelp.NO_HELP, true);
        }
        List<String> azureAd = strings(c.path("azureAdAliases"));
        if (!azureAd.isEmpty()) {
            front.put(AZURE_AD_ALIASES, azureAd);
        }
        String uri = helpUri.replace("{module}", module).replace("{name}", name);
        return new CmdletHelp(name, strings(c.path("aliases")), module, "", "", uri, parameterSets, parameters,
                List.of(), List.of(), List.of(), "", List.of(), c.path("advanced").asBoolean(true), front,
                new PageSource(ORIGIN, module + "/" + name, Map.of()));
    }

    /**
     * Whether {@code help} is the facts of a simple (not advanced) function, which binds any argument it does not
     * declare into {@code $args}: nothing about its parameters can be wrong.
     */
    public static boolean isSimpleFunction(CmdletHelp help) {
        return help.frontMatter().containsKey(SIGNATURE_ONLY) && !help.hasHelp();
    }

    /** Whether {@code help} was built from code facts alone: it has a signature and no prose. */
    public static boolean isSignatureOnly(CmdletHelp help) {
        return help.frontMatter().containsKey(SIGNATURE_ONLY);
    }

    private static ParameterHelp parameter(JsonNode p) {
        boolean isSwitch = p.path("switch").asBoolean(false);
        String type = isSwitch ? SWITCH : TypeNames.canonical(p.path("type").asText(""));
        List<SetMembership> sets = new ArrayList<>();
        boolean byValue = false;
        boolean byName = false;
        for (JsonNode m : p.path("in")) {
            int position = m.path("position").asInt(-1);
            sets.add(new SetMembership(m.path("set").asText(ParameterSet.ALL), m.path("required").asBoolean(false),
                    position >= 0 ? Integer.toString(position) : "Named"));
            byValue |= m.path("byValue").asBoolean(false);
            byName |= m.path("byPropertyName").asBoolean(false);
        }
        String pipeline = byValue && byName ? "True (ByPropertyName, ByValue)" : byValue ? "True (ByValue)"
                : byName ? "True (ByPropertyName)" : "False";
        String def = p.path("default").asText("");
        if (def.length() >= 2 && (def.startsWith("'") || def.startsWith("\""))) {
            def = def.substring(1, def.length() - 1);
        }
        return new ParameterHelp(p.path("name").asText(), type, strings(p.path("aliases")), "",
                def.isEmpty() ? (isSwitch ? "False" : "None") : def, pipeline, false, strings(p.path("values")),
                sets, 0, CheckFormat.read(p.path("checks")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
