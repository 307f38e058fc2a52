package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.entrals.session.EntraEnvironment;

/**
 * The {@code Get-*} cmdlets that send no Graph request but read the session the module keeps, answered from this
 * process's session as the module would print them: {@code Get-EntraContext} (the 15 fields of the context, a list
 * view) and {@code Get-EntraEnvironment [-Name N]} (Name, AzureADEndpoint, GraphEndpoint, Type per cloud), which both
 * modules export under these names.
 */
final class SessionAnswers {

    /** An answer: the objects and whether it is one object (a list view). */
    record Answer(List<Map<String, Object>> objects, boolean single) {
    }

    private SessionAnswers() {
    }

    /**
     * The answer to {@code command} with {@code arguments}, or empty when the command is not one of these;
     * {@link GraphFault.Kind#NOT_CONNECTED} for the context without a session.
     */
    static Optional<Answer> answer(String command, Map<String, Object> arguments, TokenSource session) {
        String c = command.toLowerCase(Locale.ROOT);
        return switch (c) {
            case "get-entracontext" -> Optional.of(new Answer(List.of(session.context()
                    .orElseThrow(TokenSource::notConnected).toOrderedMap()), true));
            case "get-entraenvironment" -> Optional.of(environments(session.environments(), arguments.get("Name")));
            default -> Optional.empty();
        };
    }

    private static Answer environments(List<EntraEnvironment> all, Object name) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EntraEnvironment e : all) {
            if (name != null && !e.name().equalsIgnoreCase(String.valueOf(name))) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Name", e.name());
            m.put("AzureADEndpoint", e.azureADEndpoint());
            m.put("GraphEndpoint", e.graphEndpoint());
            m.put("Type", e.builtIn() ? "Built-in" : "User-defined");
            out.add(m);
        }
        return new Answer(out, false);
    }
}
