package dev.entrals.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the {@link EntraStandIn} as a process of its own for the editor end-to-end test: a client-secret app and the
 * default public client (delegated sign-in as {@value EntraStandIn#USER}), facts written to a JSON file, served until
 * stdin closes. Usage: {@code StandInMain <dir> [host]} (host: the name in its URLs, which clients must map to
 * 127.0.0.1; default 127.0.0.1); the secret comes from the environment variable {@value #SECRET_VARIABLE} and is
 * written nowhere.
 */
public final class StandInMain {

    static final String SECRET_VARIABLE = "ENTRA_STANDIN_CLIENT_SECRET";
    static final String APP_ID = "99990000-aaaa-4bbb-8ccc-123456789abc";
    static final String APP_NAME = "Contoso Editor Automation";
    static final String PUBLIC_APP_NAME = "Microsoft Graph Command Line Tools";

    private StandInMain() {
    }

    public static void main(String[] args) throws Exception {
        String secret = System.getenv(SECRET_VARIABLE);
        if (args.length < 1 || args.length > 2 || secret == null || secret.isEmpty()) {
            System.err.println("usage: " + SECRET_VARIABLE + "=<secret> StandInMain <dir> [host]  (writes "
                    + "<dir>/stand-in.json; serves until stdin closes)");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        EntraStandIn standIn = EntraStandIn.startIn(dir, args.length > 1 ? args[1] : "127.0.0.1");
        standIn.registerSecretApp(APP_ID, secret, APP_NAME);
        standIn.registerPublicClient(ContextFacts.GRAPH_CLI_CLIENT_ID, PUBLIC_APP_NAME);
        writeFacts(standIn, dir.resolve("stand-in.json"));
        System.out.println("stand-in ready at " + standIn.baseUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the test closes stdin (or ends)
        }
        System.err.println("stand-in requests: " + standIn.requests);
        standIn.stop();
        System.exit(0);
    }

    private static void writeFacts(EntraStandIn standIn, Path file) throws IOException {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("baseUrl", standIn.baseUrl());
        facts.put("tenantId", EntraStandIn.TENANT_ID);
        facts.put("tenantName", EntraStandIn.TENANT_NAME);
        facts.put("appId", APP_ID);
        facts.put("appName", APP_NAME);
        facts.put("publicClientId", ContextFacts.GRAPH_CLI_CLIENT_ID);
        facts.put("user", EntraStandIn.USER);
        facts.put("verificationUri", standIn.baseUrl() + "/devicelogin");
        facts.put("trustStore", standIn.trustStoreFile().toString());
        facts.put("trustStorePassword", standIn.trustStorePassword());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, StandInTokens.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(facts));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
