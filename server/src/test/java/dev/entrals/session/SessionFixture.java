package dev.entrals.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A session home in a temporary folder with the stand-in registered as the custom environment {@code StandIn}, and
 * services that trust the stand-in.
 */
final class SessionFixture {

    static final String ENVIRONMENT = "StandIn";
    static final String APP_ID = "00001111-aaaa-2222-bbbb-3333cccc4444";
    static final String SECRET = "s3cret-Value~0123456789abcdef";
    static final String PUBLIC_APP_ID = "22223333-cccc-4444-dddd-5555eeee6666";

    final EntraStandIn standIn = EntraStandIn.shared();
    final Path home;
    final SessionPaths paths;

    SessionFixture(Path home) {
        this.home = home;
        this.paths = new SessionPaths(home.resolve("data"), home.resolve("config"));
        standIn.registerSecretApp(APP_ID, SECRET, "Contoso Automation");
        standIn.registerPublicClient(PUBLIC_APP_ID, "Contoso Scripts");
        standIn.registerPublicClient(ContextFacts.GRAPH_CLI_CLIENT_ID, "Microsoft Graph Command Line Tools");
        newService().addEnvironment(ENVIRONMENT, standIn.baseUrl(), "https://graph.microsoft.com");
    }

    SessionService newService() {
        return newService(Map.of(), Duration.ofSeconds(20));
    }

    SessionService newService(Map<String, String> environmentVariables, Duration signInTimeout) {
        return new SessionService(paths, new SessionOptions(standIn.trust(), 2000, 2000, signInTimeout,
                environmentVariables));
    }

    /** A client-secret request against the stand-in. */
    ConnectRequest secretRequest(String secret, ContextScope scope) {
        return new ConnectRequest(TokenCredentialType.ClientSecret, EntraStandIn.TENANT_NAME, APP_ID, null,
                ENVIRONMENT, scope, null, null, secret, null, null);
    }

    /** Every file under the home folder with its text, for scans. */
    List<String> filesText() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(home)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.add(p + "\n" + new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static final SessionUi NO_UI = new SessionUi() {
        @Override
        public void openBrowser(java.net.URI uri) {
            throw new AssertionError("no browser expected");
        }

        @Override
        public void showDeviceCode(String userCode, String verificationUri, String message) {
            throw new AssertionError("no device code expected");
        }
    };
}
