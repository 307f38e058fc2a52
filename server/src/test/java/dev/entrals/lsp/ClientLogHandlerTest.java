package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;

class ClientLogHandlerTest {

    /** A client that logs through JUL itself while receiving, as a transport might. */
    private static final class LoggingClient implements LanguageClient {
        final List<MessageParams> got = new CopyOnWriteArrayList<>();
        Logger logger;

        @Override
        public synchronized void logMessage(MessageParams p) {
            if (logger != null) {
                logger.warning("sending " + p.getMessage());
            }
            got.add(p);
            notifyAll();
        }

        /**
         * Waits until a message ending with {@code end} has arrived. The handler sends on one thread in order, so
         * whatever was published before that message has been sent (or dropped) by then.
         */
        synchronized void awaitMessageEndingWith(String end) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (got.stream().noneMatch(m -> m.getMessage().endsWith(end))) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    fail("no log message ending with '" + end + "' within 5 s; got " + got.size() + ", the first: "
                            + messages().subList(0, Math.min(5, got.size())));
                }
                wait(left);
            }
        }

        List<String> messages() {
            return got.stream().map(MessageParams::getMessage).toList();
        }

        @Override
        public void telemetryEvent(Object o) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
        }

        @Override
        public void showMessage(MessageParams p) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
            return null;
        }
    }

    @Test
    void recordsGoToTheClientWithTheirLevel() throws Exception {
        LoggingClient client = new LoggingClient();
        ClientLogHandler h = new ClientLogHandler(client);
        h.publish(new LogRecord(Level.WARNING, "careful"));
        h.publish(new LogRecord(Level.SEVERE, "broken"));
        h.publish(new LogRecord(Level.FINE, "chatter"));
        h.publish(new LogRecord(Level.INFO, "marker"));
        client.awaitMessageEndingWith("marker");
        assertEquals(List.of(MessageType.Warning, MessageType.Error, MessageType.Info),
                client.got.stream().map(MessageParams::getType).toList(), "FINE is below the handler's level: " + client.messages());
        assertEquals(List.of("careful", "broken", "marker"), client.messages());
        h.close();
    }

    @Test
    void loggingWhileSendingIsNotForwardedAgain() throws Exception {
        LoggingClient client = new LoggingClient();
        ClientLogHandler h = new ClientLogHandler(client);
        Logger logger = Logger.getLogger("dev.entrals.test.recursion");
        logger.setUseParentHandlers(false);
        logger.addHandler(h);
        client.logger = logger;
        logger.warning("first");
        client.awaitMessageEndingWith("first");
        // the client logged "sending …first" before it took "first"; were that forwarded, it would be queued before this
        h.publish(new LogRecord(Level.WARNING, "marker"));
        client.awaitMessageEndingWith("marker");
        assertEquals(List.of("[recursion] first", "marker"), client.messages());
        logger.removeHandler(h);
        h.close();
    }

    @Test
    void aFloodIsCappedAndTheLossReported() throws Exception {
        LoggingClient client = new LoggingClient();
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(5_000_000_000L);
        ClientLogHandler h = new ClientLogHandler(client, clock::get);
        for (int i = 0; i < 1000; i++) {
            h.publish(new LogRecord(Level.WARNING, "flood " + i));
        }
        clock.addAndGet(1_000_000_000L);
        h.publish(new LogRecord(Level.WARNING, "after the flood"));
        client.awaitMessageEndingWith("after the flood");
        String lossLine = " log messages were not forwarded";
        List<String> forwarded = client.got.stream().map(MessageParams::getMessage).filter(m -> !m.contains(lossLine)).toList();
        int reportedLost = client.got.stream().map(MessageParams::getMessage).filter(m -> m.contains(lossLine))
                .mapToInt(m -> Integer.parseInt(m.substring(0, m.indexOf(' ')))).sum();
        assertEquals(ClientLogHandler.PER_SECOND + 1, forwarded.size(), "a second's worth of the flood, then the next record");
        assertEquals(1000 - ClientLogHandler.PER_SECOND, reportedLost, "every dropped record is counted");
        assertTrue(forwarded.get(forwarded.size() - 1).endsWith("after the flood"));
        h.close();
    }
}
