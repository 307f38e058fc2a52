package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.SetMembership;

/**
 * Which parameter belongs to which parameter set of one cmdlet, merged from its docs: a PARAMETERS entry's
 * memberships are preferred, the SYNTAX fills in the sets the entry does not name (or names wrongly), and a parameter
 * neither source places (a common parameter, say) belongs to every set. A parameter is mandatory in a set only when
 * its entry says so and the SYNTAX of that set (if it has one) agrees; where the docs disagree nothing is mandatory. A cmdlet without SYNTAX sets has one
 * implicit set, {@link ParameterSet#ALL}.
 */
public final class ParameterSets {

    private final List<String> names;
    private final String defaultSet;
    private final List<ParameterHelp> accepted;
    private final Map<String, Map<String, SetMembership>> byParameter;
    private final Map<String, List<String>> setsByParameter = new java.util.HashMap<>();
    private final Map<String, List<ParameterHelp>> positionalBySet = new java.util.HashMap<>();
    private final Map<String, List<ParameterHelp>> mandatoryBySet = new java.util.HashMap<>();

    private ParameterSets(List<String> names, String defaultSet, List<ParameterHelp> accepted,
                          Map<String, Map<String, SetMembership>> byParameter) {
        this.names = names;
        this.defaultSet = defaultSet;
        this.accepted = accepted;
        this.byParameter = byParameter;
        byParameter.forEach((k, m) -> setsByParameter.put(k, List.copyOf(m.keySet())));
        for (String set : names) {
            positionalBySet.put(set, computePositional(set));
            mandatoryBySet.put(set, computeMandatory(set));
        }
    }

    /** The set model of {@code cmdlet}, whose accepted parameters (own and common) are {@code accepted}. */
    public static ParameterSets of(CmdletHelp cmdlet, List<ParameterHelp> accepted) {
        List<String> names = new ArrayList<>();
        for (ParameterSet s : cmdlet.parameterSets()) {
            if (names.stream().noneMatch(n -> n.equalsIgnoreCase(s.name()))) {
                names.add(s.name());
            }
        }
        if (names.isEmpty()) {
            names.add(ParameterSet.ALL);
        }
        String def = names.size() == 1 ? names.get(0) : cmdlet.parameterSets().stream()
                .filter(ParameterSet::isDefault).map(ParameterSet::name).findFirst().orElse(null);
        Map<String, Map<String, SetMembership>> byParameter = new LinkedHashMap<>();
        for (ParameterHelp p : accepted) {
            byParameter.put(key(p.name()), merge(p, cmdlet, names));
        }
        return new ParameterSets(List.copyOf(names), def, List.copyOf(accepted), byParameter);
    }

    private static Map<String, SetMembership> merge(ParameterHelp p, CmdletHelp cmdlet, List<String> names) {
        Map<String, SetMembership> out = new LinkedHashMap<>();
        boolean hasEntry = cmdlet.parameter(p.name()).isPresent();
        for (String set : names) {
            p.membership(set).filter(m -> m.appliesTo(set))
                    .ifPresent(m -> out.put(set, new SetMembership(set,
                            hasEntry && m.required() && syntaxAgrees(cmdlet, set, p),
                            position(cmdlet, set, p, m.position()))));
        }
        for (ParameterSet s : cmdlet.parameterSets()) {
            String set = canonical(names, s.name());
            if (!out.containsKey(set)) {
                s.member(p.name()).ifPresent(m -> out.put(set, new SetMembership(set, false, m.position())));
            }
        }
        if (out.isEmpty()) {
            for (String set : names) {
                out.put(set, new SetMembership(set, false, "Named"));
            }
        }
        return out;
    }

    /**
     * Whether the SYNTAX does not contradict an entry that calls {@code p} mandatory in {@code set}: the syntax has no
     * such set, or shows {@code p} there as required. Docs that disagree do not make a parameter mandatory.
     */
    private static boolean syntaxAgrees(CmdletHelp cmdlet, String set, ParameterHelp p) {
        return cmdlet.parameterSets().stream().filter(s -> s.name().equalsIgnoreCase(set))
                .allMatch(s -> s.member(p.name()).map(ParameterSet.Member::required).orElse(false));
    }

    /**
     * The entry's position, or the SYNTAX's where the entry says {@code Named} but the SYNTAX shows the parameter as
     * positional ({@code [-Name] <T>}) in that set. Docs that disagree make a parameter positional rather than not:
     * an argument the docs' SYNTAX shows as positional is not reported as one no parameter takes.
     */
    private static String position(CmdletHelp cmdlet, String set, ParameterHelp p, String entryPosition) {
        if (SetMembership.positionIndex(entryPosition) >= 0) {
            return entryPosition;
        }
        return cmdlet.parameterSets().stream().filter(s -> s.name().equalsIgnoreCase(set))
                .map(s -> s.member(p.name())).flatMap(Optional::stream)
                .filter(m -> m.positionIndex() >= 0).map(ParameterSet.Member::position).findFirst()
                .orElse(entryPosition);
    }

    private static String canonical(List<String> names, String set) {
        return names.stream().filter(n -> n.equalsIgnoreCase(set)).findFirst().orElse(set);
    }

    /** The set names in the order the SYNTAX lists them ({@link ParameterSet#ALL} alone when it lists none). */
    public List<String> names() {
        return names;
    }

    /** The set the docs flag {@code (Default)} (or the only set); empty when there is none. */
    public Optional<String> defaultSet() {
        return Optional.ofNullable(defaultSet);
    }

    /** Every parameter the cmdlet accepts, as given. */
    public List<ParameterHelp> accepted() {
        return accepted;
    }

    /** The sets {@code parameter} belongs to, in set order; every set for a parameter this model does not know. */
    public List<String> setsOf(ParameterHelp parameter) {
        List<String> sets = setsByParameter.get(key(parameter.name()));
        return sets == null ? names : sets;
    }

    /** How {@code parameter} belongs to {@code set} (required, position); empty when it is not in that set. */
    public Optional<SetMembership> membership(ParameterHelp parameter, String set) {
        Map<String, SetMembership> m = byParameter.get(key(parameter.name()));
        if (m == null) {
            return names.contains(set) ? Optional.of(new SetMembership(set, false, "Named")) : Optional.empty();
        }
        return Optional.ofNullable(m.get(set));
    }

    /** Whether {@code parameter} belongs to {@code set}. */
    public boolean inSet(ParameterHelp parameter, String set) {
        return membership(parameter, set).isPresent();
    }

    /** The positional parameters of {@code set}, by position. */
    public List<ParameterHelp> positional(String set) {
        List<ParameterHelp> p = positionalBySet.get(set);
        return p != null ? p : computePositional(set);
    }

    /** The mandatory parameters of {@code set}, in docs order. */
    public List<ParameterHelp> mandatory(String set) {
        List<ParameterHelp> m = mandatoryBySet.get(set);
        return m != null ? m : computeMandatory(set);
    }

    private List<ParameterHelp> computePositional(String set) {
        List<ParameterHelp> out = new ArrayList<>();
        for (ParameterHelp p : accepted) {
            membership(p, set).filter(m -> m.positionIndex() >= 0).ifPresent(m -> out.add(p));
        }
        out.sort(Comparator.comparingInt(p -> membership(p, set).map(SetMembership::positionIndex).orElse(0)));
        return List.copyOf(out);
    }

    private List<ParameterHelp> computeMandatory(String set) {
        List<ParameterHelp> out = new ArrayList<>();
        for (ParameterHelp p : accepted) {
            if (membership(p, set).map(SetMembership::required).orElse(false)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
