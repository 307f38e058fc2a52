package dev.entrals.features;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureHelp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code entra.docsStatus}: how much of the Entra modules has full help, so that an editor can offer the download
 * when none does. Waits for the latest docs load to finish (all its stages; at most {@link #WAIT_SECONDS}), then
 * counts the commands of the {@code Microsoft.Entra*} modules. Result:
 * {@code {"entraPages": commands with a help page from the user's docs (fetched, configured folders, installed
 * modules; the few pages bundled with the server are not counted), "signatureOnly": commands known from the module
 * code alone, "commands": every command known}}.
 */
public final class DocsStatusCommand implements CommandHandler {

    /** The longest wait for a docs load still running; the index in force is counted after it. */
    static final long WAIT_SECONDS = 30;

    private static final String BUNDLED = DocsSource.bundledPages().label();

    private final DocsReloader<HelpIndex> docs;

    /** A command that reports on {@code docs}. */
    public DocsStatusCommand(DocsReloader<HelpIndex> docs) {
        this.docs = docs;
    }

    @Override
    public Object execute(List<Object> arguments, RequestContext ctx) {
        HelpIndex index;
        try {
            index = docs.latestLoad().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            index = docs.current();
        } catch (ExecutionException | TimeoutException e) {
            index = docs.current();
        }
        return status(index);
    }

    /** The counts of {@code index}. */
    static Map<String, Object> status(HelpIndex index) {
        int pages = 0;
        int signatureOnly = 0;
        List<CmdletHelp> all = index.cmdlets();
        for (CmdletHelp c : all) {
            if (c.module() == null || !c.module().toLowerCase(Locale.ROOT).startsWith("microsoft.entra")) {
                continue;
            }
            if (SignatureHelp.isSignatureOnly(c)) {
                signatureOnly++;
            } else if (c.hasHelp() && (c.source() == null || !BUNDLED.equals(c.source().origin()))) {
                pages++;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entraPages", pages);
        out.put("signatureOnly", signatureOnly);
        out.put("commands", all.size());
        return out;
    }
}
