package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function left out whose code reads the rows of a local CSV file a parameter names ({@code $rows = Import-Csv
 * -Path $FilePath}) and sends its requests per row: the entry stays refused (no reading of the table follows requests
 * chosen per row by the code's own logic), its {@code via} says {@value #VIA} and its reason says which parameter
 * names the file and where the code reads it. The engine may answer such a cmdlet itself ({@code
 * execution.AppRoleUsers}); the table only records the fact.
 */
final class CsvFileRows {

    /** The {@code via} of such an entry: its requests come from the rows of a local CSV file. */
    static final String VIA = RequestEntry.CSV_ROWS;

    private static final Pattern IMPORT = Pattern.compile("(?i)\\bImport-Csv\\s+(?:-Path\\s+|-LiteralPath\\s+)?\\$(\\w+)");

    private CsvFileRows() {
    }

    /** The entry marked when it is left out and its code reads a CSV file a parameter names; else the entry. */
    static RequestEntry mark(RequestEntry e, FunctionCode fn) {
        if (e == null || e.reason() == null || e.sets().stream().anyMatch(s -> s.method() != null)) {
            return e;
        }
        Matcher m = IMPORT.matcher(fn.process());
        while (m.find()) {
            if (fn.parameter(m.group(1)).isPresent()) {
                String reason = "sends its requests per row of the local CSV file -" + fn.canonical(m.group(1))
                        + " names (Import-Csv at " + fn.source(fn.processOffset() + m.start()) + "); " + e.reason();
                return new RequestEntry(e.command(), e.module(), e.source(), VIA, List.of(), reason, e.columns());
            }
        }
        return e;
    }
}
