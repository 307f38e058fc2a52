package dev.entrals.features;

import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/** {@link WorkDoneProgress} as {@code $/progress} notifications for the token the client sent with its request. */
final class ClientProgress implements WorkDoneProgress {

    private final LanguageClient client;
    private final Either<String, Integer> token;

    ClientProgress(LanguageClient client, Either<String, Integer> token) {
        this.client = client;
        this.token = token;
    }

    /** Progress for a request: {@link #NONE} unless both a client and a token are there. */
    static WorkDoneProgress of(LanguageClient client, Either<String, Integer> token) {
        return client == null || token == null ? NONE : new ClientProgress(client, token);
    }

    @Override
    public void begin(String title, String message) {
        WorkDoneProgressBegin b = new WorkDoneProgressBegin();
        b.setTitle(title);
        b.setMessage(message);
        b.setCancellable(false);
        b.setPercentage(0);
        send(b);
    }

    @Override
    public void report(String message, int percent) {
        WorkDoneProgressReport r = new WorkDoneProgressReport();
        r.setMessage(message);
        if (percent >= 0) {
            r.setPercentage(Math.min(100, percent));
        }
        send(r);
    }

    @Override
    public void end(String message) {
        WorkDoneProgressEnd e = new WorkDoneProgressEnd();
        e.setMessage(message);
        send(e);
    }

    private void send(WorkDoneProgressNotification n) {
        client.notifyProgress(new ProgressParams(token, Either.forLeft(n)));
    }
}
