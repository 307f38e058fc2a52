package dev.entrals.cli;

import dev.entrals.session.SessionUi;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Sign-in prompts for the command line: the system browser, and the device code and progress on stderr. */
final class CliSessionUi implements SessionUi {

    private final PrintWriter err;

    CliSessionUi(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void openBrowser(URI uri) {
        err.println("Sign in with your browser; if it does not open, visit:");
        err.println("  " + uri);
        err.flush();
        if (!tryDesktop(uri) && !tryCommand(uri)) {
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
