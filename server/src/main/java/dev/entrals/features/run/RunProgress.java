package dev.entrals.features.run;

import dev.entrals.execution.PageListener;
import dev.entrals.features.WorkDoneProgress;

/** Pages of a run as {@code $/progress}: begun at the first page, a report per page, ended with the run. */
final class RunProgress implements PageListener {

    private final WorkDoneProgress progress;
    private boolean begun;

    RunProgress(WorkDoneProgress progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void page(int page, long objects, Integer limit) {
        String message = "Page " + page + ": " + objects + (objects == 1 ? " object" : " objects");
        int percent = limit == null || limit == 0 ? -1 : (int) Math.min(100, objects * 100 / limit);
        if (!begun) {
            begun = true;
            progress.begin("Running the Entra command", message);
        } else {
            progress.report(message, percent);
        }
    }

    synchronized void end() {
        if (begun) {
            progress.end("Done");
        }
    }
}
