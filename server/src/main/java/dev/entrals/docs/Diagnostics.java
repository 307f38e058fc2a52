package dev.entrals.docs;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one file while it is read. */
final class Diagnostics {

    private final String file;
    private final List<DocDiagnostic> list = new ArrayList<>();

    Diagnostics(String file) {
        this.file = file;
    }

    void error(int line, String kind, String message) {
        add(line, DocDiagnostic.Severity.ERROR, kind, message);
    }

    void warning(int line, String kind, String message) {
        add(line, DocDiagnostic.Severity.WARNING, kind, message);
    }

    void info(int line, String kind, String message) {
        add(line, DocDiagnostic.Severity.INFO, kind, message);
    }

    void add(int line, DocDiagnostic.Severity severity, String kind, String message) {
        list.add(new DocDiagnostic(file, line, severity, kind, message));
    }

    void add(DocDiagnostic d) {
        list.add(d);
    }

    void errorIn(String otherFile, int line, String kind, String message) {
        list.add(new DocDiagnostic(otherFile, line, DocDiagnostic.Severity.ERROR, kind, message));
    }

    void infoIn(String otherFile, int line, String kind, String message) {
        list.add(new DocDiagnostic(otherFile, line, DocDiagnostic.Severity.INFO, kind, message));
    }

    List<DocDiagnostic> list() {
        return List.copyOf(list);
    }
}
