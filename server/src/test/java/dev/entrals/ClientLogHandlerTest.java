package dev.entrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
        public void logMessage(MessageParams p) {
            got.add(p);
            if (logger != null) {
                logger.warning("sending " + p.getMessage());
            }
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

    private static void await(List<?> list, int size) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (list.size() < size && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void recordsGoToTheClientWithTheirLevel() throws Exception {
        LoggingClient client = new LoggingClient();
        ClientLogHandler h = new ClientLogHandler(client);
        h.publish(new LogRecord(Level.WARNING, "careful"));
        h.publish(new LogRecord(Level.SEVERE, "broken"));
        h.publish(new LogRecord(Level.FINE, "chatter"));
        await(client.got, 2);
        Thread.sleep(50);
        assertEquals(List.of(MessageType.Warning, MessageType.Error), client.got.stream().map(MessageParams::getType).toList());
        assertTrue(client.got.get(0).getMessage().endsWith("careful"));
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
        await(client.got, 1);
        Thread.sleep(100);
        assertEquals(1, client.got.size());
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
        long deadline = System.currentTimeMillis() + 5000;
        while (client.got.stream().noneMatch(m -> m.getMessage().endsWith("after the flood"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
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
