package dev.entrals.features.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.lsp4j.Command;

import dev.entrals.docs.CommonParameters;
import dev.entrals.features.ServerCommands;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.SessionException;

/**
 * The "Run" lens command of one {@code Connect-Entra} line: {@code entra.connect} with the request its literal
 * parameters make and the lens marker; or, when the line cannot run from the editor (a parameter that is not a
 * literal, splatting, a secret written in the script, a parameter set the editor cannot run), a lens whose title
 * says so and whose click shows the reason.
 */
final class ConnectLens {

    /** Connect-Entra's switches with their aliases, lower case: written without {@code :} they take no argument. */
    private static final Set<String> SWITCHES = Set.of("usedevicecode", "usedeviceauthentication", "devicecode",
            "deviceauth", "device", "identity", "managedidentity", "managedserviceidentity", "msi",
            "environmentvariable", "nowelcome", "sendcertificatechain");
    /** Connect-Entra's positional parameters in the default set: {@code [[-Scopes] <String[]>] [[-ClientId] <String>]}. */
    private static final List<String> POSITIONAL = List.of("Scopes", "ClientId");

    private ConnectLens() {
    }

    static Command command(CommandInvocation written, String source) {
        if (written.splatted()) {
            return refused("Run (parameters are splatted)", "This Connect-Entra line passes parameters by "
                    + "splatting; the editor runs only parameters written as literals on the line.");
        }
        CommandInvocation invocation = written.withSwitches(n -> SWITCHES.contains(n.toLowerCase(Locale.ROOT)));
        Map<String, String> literals = new LinkedHashMap<>();
        List<String> notLiteral = new ArrayList<>();
        for (CommandParameter p : invocation.parameters()) {
            String value = p.argument() == null ? "" : literal(p.argument());
            if (value == null) {
                if (!CommonParameters.isCommonOrAlias(p.name())) {
                    notLiteral.add("-" + p.name());
                }
            } else {
                literals.put("-" + p.name(), value);
            }
        }
        if (invocation.positional().size() > POSITIONAL.size()) {
            return refused("Run (unexpected arguments)", "This Connect-Entra line has more positional arguments "
                    + "than Connect-Entra takes (-Scopes, then -ClientId).");
        }
        for (int i = 0; i < invocation.positional().size(); i++) {
            String value = literal(invocation.positional().get(i));
            if (value == null) {
                notLiteral.add("-" + POSITIONAL.get(i));
            } else {
                literals.putIfAbsent("-" + POSITIONAL.get(i), value);
            }
        }
        if (!notLiteral.isEmpty()) {
            return refused("Run (not literal: " + String.join(", ", notLiteral) + ")", "This Connect-Entra line "
                    + "uses values known only when the script runs (" + String.join(", ", notLiteral) + "); the "
                    + "editor runs only literal parameters. Write the values on the line, or use the connect command.");
        }
        ConnectRequest request;
        try {
            request = ConnectRequest.fromConnectEntraParameters(literals);
        } catch (SessionException e) {
            return refused("Run (not available for this line)", e.getMessage());
        }
        if (request.accessToken() != null) {
            return refused("Run (secrets are not read from the script)", "A secret written in the script is never "
                    + "used from the editor. Sign in with the connect command, or `entra-ls connect "
                    + "--access-token-env VARIABLE`.");
        }
        return new Command(SessionLensProvider.RUN, ServerCommands.CONNECT,
                List.of(arguments(request), CommandArguments.lensMarker()));
    }

    /** The {@code entra.connect} object of a request, without any secret (a lens's arguments live in the editor). */
    static Map<String, Object> arguments(ConnectRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flow", r.resolvedFlow().name());
        putIf(m, "tenantId", r.tenantId());
        putIf(m, "clientId", r.clientId());
        if (!r.scopes().isEmpty()) {
            m.put("scopes", r.scopes());
        }
        putIf(m, "environment", r.environment());
        putIf(m, "contextScope", r.contextScope() == null ? null : r.contextScope().name());
        putIf(m, "managedIdentityClientId", r.managedIdentityClientId());
        return m;
    }

    private static Command refused(String title, String reason) {
        return new Command(title, ServerCommands.CONNECT, List.of(CommandArguments.refusedLensMarker(reason)));
    }

    /** The literal value of an argument (an array of literals joined with commas), or null. */
    private static String literal(CommandArgument a) {
        if (a.isLiteral()) {
            return a.value();
        }
        if (a.isArray() && a.elements() != null && !a.elements().isEmpty()
                && a.elements().stream().allMatch(CommandArgument::isLiteral)) {
            return String.join(",", a.elements().stream().map(CommandArgument::value).toList());
        }
        return null;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
