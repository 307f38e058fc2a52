package dev.entrals.cli;

import dev.entrals.session.EntraStandIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs {@code entra-ls} in a child JVM with its session home in a test folder, trusting the local stand-in, and with
 * every request that is not for loopback sent to a closed local port: nothing leaves the machine.
 */
final class CliProcess {

    /** A finished run. */
    record Run(int exit, String out, String err) {
    }

    private final EntraStandIn standIn;
    private final Path home;
    private final Path logs;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> jvmArgs = new ArrayList<>();
    private String classPath;

    CliProcess(EntraStandIn standIn, Path home, Path logs) {
        this.standIn = standIn;
        this.home = home;
        this.logs = logs;
    }

    /** Sets an environment variable of the child. */
    CliProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs the child on this class path instead of the test's (e.g. the built jar and the test classes). */
    CliProcess classPath(String path) {
        classPath = path;
        return this;
    }

    /** Adds an option of the child JVM (a system property). */
    CliProcess jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    /** Runs to the end (at most 60 s). */
    Run run(String... args) throws IOException, InterruptedException {
        return start(args).finish();
    }

    /** Starts the child; stdout and stderr go to files the test can read while it runs. */
    Running start(String... args) throws IOException {
        String classPath = this.classPath != null ? this.classPath
                : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath,
                "-Djavax.net.ssl.trustStore=" + standIn.trustStoreFile(),
                "-Djavax.net.ssl.trustStorePassword=" + standIn.trustStorePassword(),
                "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Djava.awt.headless=true",
                "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=9", "-Dhttp.proxyHost=127.0.0.1",
                "-Dhttp.proxyPort=9", "-Dhttp.nonProxyHosts=127.0.0.1|localhost"));
        cmd.addAll(jvmArgs);
        cmd.add("dev.entrals.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        // nothing from the machine may pick a browser, an identity or a cloud for the child
        env.keySet().removeIf(k -> k.equals("BROWSER") || k.equals("DISPLAY") || k.startsWith("AZURE_")
                || k.startsWith("IDENTITY_") || k.startsWith("MSI_") || k.startsWith("ENTRA_"));
        env.put("ENTRA_LS_HOME", home.toString());
        env.putAll(environment);
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Running(p, out, err, String.join(" ", args));
    }

    /** A child that is still running. */
    record Running(Process process, Path out, Path err, String args) {

        /** Waits (at most 30 s) until stderr so far satisfies the test; returns that stderr. */
        String awaitErr(Predicate<String> done) throws IOException, InterruptedException {
            Instant end = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(end)) {
                String text = Files.readString(err);
                if (done.test(text)) {
                    return text;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("entra-ls " + args + " ended with " + process.exitValue()
                            + " before its stderr said what the test waits for:\n" + Files.readString(err));
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new AssertionError("entra-ls " + args + " never said what the test waits for:\n" + Files.readString(err));
        }

        /** Waits for the end (at most 60 s). */
        Run finish() throws IOException, InterruptedException {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("entra-ls " + args + " did not finish:\n" + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }
}
