package dev.entrals.cli;

import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.ContextScope;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;
import dev.entrals.session.TokenCredentialType;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.concurrent.Callable;

/**
 * {@code entra-ls connect}: signs in like {@code Connect-Entra}; secrets come only from environment variables named
 * on the command line, never from the command line itself.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Sign in to Microsoft Entra ID (like Connect-Entra) and print the context.")
public final class ConnectCommand implements Callable<Integer> {

    @Mixin
    SessionOutput output;

    @Option(names = "--tenant-id", paramLabel = "ID", description = "Tenant id or domain (default: common).")
    String tenantId;

    @Option(names = "--client-id", paramLabel = "ID",
            description = "Application id; with --identity, the user-assigned managed identity's client id.")
    String clientId;

    @Option(names = "--scopes", split = ",", paramLabel = "SCOPE", description = "Delegated scopes (default User.Read).")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--environment", paramLabel = "NAME", description = "Cloud environment (default Global).")
    String environment;

    @Option(names = "--context-scope", paramLabel = "SCOPE", description = "Process or CurrentUser.")
    String contextScope;

    @Option(names = "--use-device-code", description = "Sign in with a device code instead of the browser.")
    boolean useDeviceCode;

    @Option(names = "--redirect-uri", paramLabel = "URI",
            description = "Loopback redirect URI of the browser sign-in (default http://127.0.0.1; use "
                    + "http://localhost when the app registration lists only that).")
    String redirectUri;

    @Option(names = "--certificate-path", paramLabel = "FILE", description = "Client certificate (PKCS#12 or PEM).")
    String certificatePath;

    @Option(names = "--certificate-password-env", paramLabel = "VAR",
            description = "Environment variable holding the certificate's password.")
    String certificatePasswordEnv;

    @Option(names = "--client-secret-env", paramLabel = "VAR",
            description = "Environment variable holding the client secret.")
    String clientSecretEnv;

    @Option(names = "--client-secret", hidden = true, preprocessor = SecretOnCommandLine.class)
    String clientSecretOnCommandLine;

    @Option(names = "--access-token", hidden = true, preprocessor = SecretOnCommandLine.class)
    String accessTokenOnCommandLine;

    @Option(names = "--certificate-password", hidden = true, preprocessor = SecretOnCommandLine.class)
    String certificatePasswordOnCommandLine;

    @Option(names = "--identity", description = "Sign in with a managed identity.")
    boolean identity;

    @Option(names = "--access-token-env", paramLabel = "VAR",
            description = "Environment variable holding an access token to use as is.")
    String accessTokenEnv;

    @Option(names = "--environment-variable",
            description = "Sign in with AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH.")
    boolean environmentVariable;

    @Option(names = "--no-welcome", description = "Accepted for Connect-Entra compatibility; has no effect.")
    boolean noWelcome;

    @Override
    public Integer call() {
        output.quiet();
        ConnectRequest request;
        try {
            request = request();
        } catch (SessionException e) {
            return output.fail(e.getMessage(), Main.USAGE);
        }
        try {
            return output.printContext(new SessionService().connect(request, new CliSessionUi(output.err()),
                    CancellationSignal.NONE));
        } catch (SessionException e) {
            return output.fail(e.getMessage(), Main.PROBLEMS);
        }
    }

    private ConnectRequest request() {
        List<TokenCredentialType> flows = new ArrayList<>();
        if (useDeviceCode) {
            flows.add(TokenCredentialType.DeviceCode);
        }
        if (identity) {
            flows.add(TokenCredentialType.ManagedIdentity);
        }
        if (environmentVariable) {
            flows.add(TokenCredentialType.EnvironmentVariable);
        }
        if (accessTokenEnv != null) {
            flows.add(TokenCredentialType.UserProvidedAccessToken);
        }
        if (clientSecretEnv != null) {
            flows.add(TokenCredentialType.ClientSecret);
        }
        if (certificatePath != null) {
            flows.add(TokenCredentialType.ClientCertificate);
        }
        if (flows.size() > 1) {
            throw new SessionException("Choose one way to sign in; these cannot be combined: " + flows + ".");
        }
        TokenCredentialType flow = flows.isEmpty() ? TokenCredentialType.InteractiveBrowser : flows.get(0);
        return new ConnectRequest(flow, tenantId, identity ? null : clientId, scopes, environment,
                ContextScope.parse(contextScope), certificatePath, secret(certificatePasswordEnv),
                secret(clientSecretEnv), identity ? clientId : null, secret(accessTokenEnv), redirectUri);
    }

    private static String secret(String variable) {
        if (variable == null) {
            return null;
        }
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new SessionException("The environment variable " + variable + " is not set.");
        }
        return value;
    }

    /**
     * Refuses a secret given on the command line (it would stay in the shell history and show in the process list)
     * before picocli can echo it in an error: the value is taken off the arguments unread, and the message names the
     * {@code -env} option to use instead.
     */
    static final class SecretOnCommandLine implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec option, Map<String, Object> info) {
            if (!args.isEmpty()) {
                args.pop();
            }
            String name = ((OptionSpec) option).longestName();
            String what = name.substring(2).replace('-', ' ');
            throw new ParameterException(spec.commandLine(), (what.startsWith("a") ? "An " : "A ") + what
                    + " is not accepted on the command line "
                    + "(it would stay in the shell history and show in the process list): put it in an environment "
                    + "variable and give that variable's name with " + name + "-env NAME.");
        }
    }
}
