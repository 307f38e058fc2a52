package dev.entrals.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.entrals.lsp.LogSetup;
import dev.entrals.ServerLauncher;
import dev.entrals.lsp.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entra-ls serve}: the language server over stdio; stdout carries the protocol and nothing else. */
@Command(name = "serve", description = "Run the language server over stdio (stdout carries only LSP messages; logs go to stderr).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "DIR", description = "A folder of platyPS pages added to the bundled ones (repeatable).")
    List<Path> docs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ModuleOptions modules = new ModuleOptions();

    private static final Logger LOG = Logger.getLogger(ServeCommand.class.getName());

    @Option(names = "--stdio", description = "Accepted and ignored: stdio is the only transport (clients add it).")
    boolean stdio;

    @Option(names = "--log-level", paramLabel = "LEVEL", description = "java.util.logging level for stderr (default: INFO).")
    String logLevel = "INFO";

    @Override
    public Integer call() throws Exception {
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        InputStream in = System.in;
        // from here on nothing but the transport can reach stdout: stray prints go to standard error
        System.setOut(new java.io.PrintStream(new FileOutputStream(FileDescriptor.err), true));
        Level level = level();
        LogSetup.toStderr(level == null ? Level.INFO : level);
        if (level == null) {
            LOG.warning(() -> "unknown log level '" + logLevel + "', using INFO");
        }
        ServerLauncher.Connection connection = ServerLauncher.start(in, protocol, ServerOptions.withDocs(docs).withInstalledModules(modules.installedModules()), ServeCommand::exit);
        connection.awaitEnd();
        int code = connection.server().runtime().lifecycle().exitCode();
        connection.close();
        return code;
    }

    /** How long {@code exit} lets shutdown hooks and log flushing run before the process is halted. */
    static final long EXIT_GRACE_MILLIS = 3_000;

    /**
     * Ends the process with {@code code}, always: a daemon guard halts it after {@link #EXIT_GRACE_MILLIS} in case
     * flushing a log handler or a shutdown hook blocks (a handler stuck on a full stderr pipe, a hook waiting for a
     * busy thread); work still running (a long analysis) never holds the exit up.
     */
    static void exit(int code) {
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(EXIT_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(code);
        }, "exit-guard");
        guard.setDaemon(true);
        guard.start();
        for (java.util.logging.Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        System.exit(code);
    }

    private Level level() {
        try {
            return Level.parse(logLevel.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // reported through the log once it is set up
        }
    }
}
