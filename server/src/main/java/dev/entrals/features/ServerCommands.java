package dev.entrals.features;

import java.util.List;

/**
 * The {@code workspace/executeCommand} commands the server declares, in one place: the VS Code client's
 * {@code package.json} must list the same names.
 */
public final class ServerCommands {

    /** Full help of a cmdlet as Markdown; argument: the cmdlet name. */
    public static final String SHOW_HELP = "entra.showHelp";
    /** Signs in to Entra. */
    public static final String CONNECT = "entra.connect";
    /** Signs out. */
    public static final String DISCONNECT = "entra.disconnect";
    /** The current session context. */
    public static final String GET_CONTEXT = "entra.getContext";
    /** The known cloud environments. */
    public static final String GET_ENVIRONMENTS = "entra.getEnvironments";
    /** Adds a custom cloud environment. */
    public static final String ADD_ENVIRONMENT = "entra.addEnvironment";
    /** Fetches or refreshes cmdlet docs. */
    public static final String FETCH_DOCS = "entra.fetchDocs";
    /** How many Entra commands have full help, so that an editor can offer the download when none has. */
    public static final String DOCS_STATUS = "entra.docsStatus";

    /** The Graph permissions a script needs: the least set and each call's needs; argument: the script's URI. */
    public static final String SCOPES_FOR_SCRIPT = "entra.scopesForScript";

    /** Runs the Entra cmdlet of a line, selection or command line against Microsoft Graph. */
    public static final String RUN = "entra.run";

    /** Every command, in the order declared to the client. */
    public static final List<String> ALL = List.of(
            SHOW_HELP, CONNECT, DISCONNECT, GET_CONTEXT, GET_ENVIRONMENTS, ADD_ENVIRONMENT, FETCH_DOCS,
            DOCS_STATUS, SCOPES_FOR_SCRIPT, RUN);

    private ServerCommands() {
    }
}
