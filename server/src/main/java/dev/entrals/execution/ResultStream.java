package dev.entrals.execution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a collection's objects as they arrive, in the JSON or CSV view, to the same text
 * {@link ResultFormatter#json} and {@link ResultFormatter#csv} make of the whole list: memory stays flat however
 * many pages {@code -All} reads (the CLI's {@code --format json|csv}).
 */
public final class ResultStream implements Consumer<Map<String, Object>> {

    private final ResultFormat format;
    private final Writer out;
    private JsonGenerator json;
    private List<String> header;
    private long written;

    /** A stream of {@code format} ({@link ResultFormat#JSON} or {@link ResultFormat#CSV}) onto {@code out}. */
    public ResultStream(ResultFormat format, Writer out) {
        if (format != ResultFormat.JSON && format != ResultFormat.CSV) {
            throw new IllegalArgumentException("Only the JSON and CSV views stream, not " + format);
        }
        this.format = format;
        this.out = out;
    }

    /** True for the views that stream. */
    public static boolean streams(ResultFormat format) {
        return format == ResultFormat.JSON || format == ResultFormat.CSV;
    }

    @Override
    public void accept(Map<String, Object> o) {
        try {
            if (format == ResultFormat.JSON) {
                if (json == null) {
                    json = GraphClient.Json.MAPPER.getFactory().createGenerator(out);
                    json.setPrettyPrinter(new DefaultPrettyPrinter());
                    json.writeStartArray();
                }
                json.writeObject(o);
            } else {
                if (header == null) {
                    header = ResultFormatter.csvHeader(o);
                    out.write(ResultFormatter.csvLine(header) + "\n");
                }
                out.write(ResultFormatter.csvRow(header, o) + "\n");
            }
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many objects were written. */
    public long written() {
        return written;
    }

    /** Ends what was written (the JSON array); true when anything was. */
    public boolean finish() {
        try {
            if (json != null) {
                json.writeEndArray();
                json.flush();
                out.write("\n");
            }
            out.flush();
            return written > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
