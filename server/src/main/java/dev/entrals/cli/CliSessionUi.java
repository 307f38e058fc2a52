package dev.entrals.cli;

import dev.entrals.session.SessionUi;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sign-in prompts for the command line: the browser named by {@code $BROWSER} or else the system browser, and the
 * device code and progress on stderr.
 */
final class CliSessionUi implements SessionUi {

    private final PrintWriter err;
    private final Map<String, String> environment;

    CliSessionUi(PrintWriter err) {
        this(err, System.getenv());
    }

    CliSessionUi(PrintWriter err, Map<String, String> environment) {
        this.err = err;
        this.environment = environment;
    }

    @Override
    public void openBrowser(URI uri) {
        err.println("Sign in with your browser; if it does not open, visit:");
        err.println("  " + uri);
        err.flush();
        if (!tryBrowserVariable(uri) && !tryDesktop(uri) && !tryCommand(uri)) {
            err.println("(no browser could be opened here: open the address above yourself)");
            err.flush();
        }
    }

    @Override
    public void showDeviceCode(String userCode, String verificationUri, String message) {
        err.println(message == null || message.isBlank()
                ? "To sign in, open " + verificationUri + " and enter the code " + userCode + "." : message);
        err.flush();
    }

    @Override
    public void progress(String message) {
        err.println(message);
        err.flush();
    }

    /**
     * {@code $BROWSER}, as xdg-open and Python's webbrowser read it: a list of commands separated by the path
     * separator, tried in turn; {@code %s} in a command is the address (else the address is appended) and {@code %%}
     * a percent sign. A command that cannot start or exits with a failure within two seconds is skipped; one that
     * is still running (a browser staying open) counts as opened.
     */
    private boolean tryBrowserVariable(URI uri) {
        String value = environment.get("BROWSER");
        if (value == null || value.isBlank()) {
            return false;
        }
        for (String entry : value.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
            List<String> command = browserCommand(entry, uri.toString());
            if (command.isEmpty()) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() == 0) {
                    return true;
                }
            } catch (IOException e) {
                // not installed here: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** One {@code $BROWSER} entry as a command: words split on blanks (quotes group), the address put in. */
    static List<String> browserCommand(String entry, String address) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        boolean placed = false;
        List<String> command = new ArrayList<>();
        for (String w : words) {
            String escaped = w.replace("%%", "\0");
            placed |= escaped.contains("%s");
            command.add(escaped.replace("%s", address).replace("\0", "%"));
        }
        if (!placed && !command.isEmpty()) {
            command.add(address);
        }
        return command;
    }

    private static boolean tryDesktop(URI uri) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static boolean tryCommand(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> cmd = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler",
                uri.toString()) : os.startsWith("mac") ? List.of("open", uri.toString())
                : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
