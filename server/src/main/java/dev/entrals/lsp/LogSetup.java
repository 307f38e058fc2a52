package dev.entrals.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Points {@code java.util.logging} at stderr with one line per record (stack traces after it). */
public final class LogSetup {

    private LogSetup() {
    }

    /** Replaces the root logger's handlers by one stderr handler at {@code level}. */
    public static void toStderr(Level level) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler stderr = new ConsoleHandler(); // ConsoleHandler writes to standard error
        stderr.setFormatter(new OneLine());
        stderr.setLevel(level);
        root.addHandler(stderr);
        root.setLevel(level);
    }

    /** {@code HH:mm:ss.SSS LEVEL logger: message}. */
    static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

        @Override
        public String format(LogRecord r) {
            String name = r.getLoggerName() == null ? "" : r.getLoggerName();
            StringBuilder sb = new StringBuilder(128).append(LocalTime.now().format(TIME)).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(name.substring(name.lastIndexOf('.') + 1))
                    .append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                sb.append(w);
            }
            return sb.toString();
        }
    }
}
