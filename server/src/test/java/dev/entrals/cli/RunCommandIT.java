package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.cli.CliProcess.Run;
import dev.entrals.execution.GraphStandInAccess;
import dev.entrals.execution.Planners;
import dev.entrals.execution.TestPlanner;
import dev.entrals.session.EntraStandIn;
import dev.entrals.session.SessionTestKit;

/**
 * {@code entra-ls run} from the BUILT jar (its classes, not the build's; the test classes only add the test request
 * planner and nothing of the product): connect with a client secret against the identity stand-in, then a read, a
 * {@code --what-if} and a refused write against the Graph stand-in.
 */
class RunCommandIT {

    @Test
    void theJarRunsReadsAndRefusesAnUnconfirmedWrite(@TempDir Path home, @TempDir Path logs, @TempDir Path kitHome)
            throws Exception {
        SessionTestKit kit = new SessionTestKit(kitHome);
        try (GraphStandInAccess graph = GraphStandInAccess.start(kit.serverTls())) {
            graph.object("/v1.0/groups/g-1", Map.of("id", "g-1"));
            String testClasses = Path.of(TestPlanner.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            CliProcess cli = new CliProcess(EntraStandIn.shared(), home, logs)
                    .classPath(System.getProperty("entrals.jar") + File.pathSeparator + testClasses)
                    .jvmArg("-D" + Planners.PROPERTY + "=" + TestPlanner.class.getName())
                    .env("ENTRA_TEST_SECRET", SessionTestKit.SECRET);
            EntraStandIn.shared().registerSecretApp(SessionTestKit.APP_ID, SessionTestKit.SECRET, "Contoso Automation");
            assertEquals(0, cli.run("environment", "add", "--name", "GraphStandIn", "--azure-ad-endpoint",
                    kit.standInUrl(), "--graph-endpoint", graph.baseUrl()).exit());
            Run connect = cli.run("connect", "--environment", "GraphStandIn", "--tenant-id", SessionTestKit.TENANT_NAME,
                    "--client-id", SessionTestKit.APP_ID, "--client-secret-env", "ENTRA_TEST_SECRET", "--context-scope",
                    "CurrentUser");
            assertEquals(0, connect.exit(), connect.err());

            Run read = cli.run("run", "Get-EntraUser -Top 2", "--format", "csv");
            assertEquals(0, read.exit(), read.err());
            assertEquals(3, read.out().lines().count(), read.out());
            assertTrue(read.out().startsWith("\"Id\",\"DisplayName\""), read.out());

            Run whatIf = cli.run("run", "Remove-EntraGroup -GroupId g-1 -WhatIf");
            assertEquals(0, whatIf.exit(), whatIf.err());
            Run refused = cli.run("run", "Remove-EntraGroup -GroupId g-1");
            assertEquals(2, refused.exit(), refused.err());
            assertTrue(refused.out().contains("DELETE " + graph.baseUrl() + "/v1.0/groups/g-1"), refused.out());
            assertEquals(List.of("GET /v1.0/users/?$select=Id,DisplayName,UserPrincipalName,Mail&$top=2"),
                    graph.requestLines(), "the write was never sent");
        }
    }
}
