package dev.entrals.lsp;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The built server jar running as a subprocess, spoken to over its stdin/stdout; stderr goes to a file. */
public final class ServerProcess implements AutoCloseable {

    public final Process process;
    public final LspWire wire;
    public final Path stderr;

    private ServerProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.wire = new LspWire(new BufferedInputStream(process.getInputStream()), process.getOutputStream());
    }

    /** The jar to run: {@code entrals.jar}, else {@code server/target/entra-ls.jar} under the project root or here. */
    public static Path jar() {
        String given = System.getProperty("entrals.jar");
        if (given != null) {
            return Path.of(given);
        }
        String root = System.getProperty("entrals.projectRoot");
        if (root != null) {
            return Path.of(root, "server", "target", "entra-ls.jar");
        }
        Path fromRoot = Path.of("server", "target", "entra-ls.jar"); // run from the repository root
        return Files.isRegularFile(fromRoot) ? fromRoot : Path.of("target", "entra-ls.jar");
    }

    /** Starts {@code java [jvmFlags] -jar entra-ls.jar serve ARGS}. */
    public static ServerProcess start(List<String> jvmFlags, String... serveArgs) throws IOException {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the jar first (mvn -o -DskipTests package): " + jar);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.add("serve");
        cmd.addAll(List.of(serveArgs));
        return launch(cmd);
    }

    /** Starts {@code java -jar entra-ls.jar serve ARGS} with {@code env} added to its environment. */
    public static ServerProcess start(java.util.Map<String, String> env, String... serveArgs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "serve"));
        cmd.addAll(List.of(serveArgs));
        return launch(cmd, env);
    }

    /** Starts any command that speaks LSP on stdio (e.g. the benchmark's constant-answer server). */
    public static ServerProcess launch(List<String> cmd) throws IOException {
        return launch(cmd, java.util.Map.of());
    }

    private static ServerProcess launch(List<String> cmd, java.util.Map<String, String> env) throws IOException {
        File err = File.createTempFile("entra-ls-stderr", ".log");
        err.deleteOnExit();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err);
        // a private home, so a server under test never restores or writes the user's real Entra session
        Path home = java.nio.file.Files.createTempDirectory("entra-ls-home");
        home.toFile().deleteOnExit();
        pb.environment().put("ENTRA_LS_HOME", home.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        return new ServerProcess(p, err.toPath());
    }

    /** The exit code, waiting up to {@code seconds}; fails when the process is still running. */
    public int awaitExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the server is still running after " + seconds + " s");
        }
        return process.exitValue();
    }

    public String stderrText() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
