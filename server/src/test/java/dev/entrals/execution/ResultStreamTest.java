package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The streamed JSON and CSV views are the text the whole-list views make. */
class ResultStreamTest {

    private static List<Map<String, Object>> objects(int n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("@odata.type", "#microsoft.graph.user");
            o.put("id", "u-" + i);
            o.put("displayName", "Say \"" + i + "\"");
            o.put("businessPhones", List.of("+1 555 " + i));
            o.put("manager", i % 2 == 0 ? null : Map.of("id", "m-" + i));
            out.add(o);
        }
        return out;
    }

    private static String streamed(ResultFormat f, List<Map<String, Object>> objects) {
        StringWriter out = new StringWriter();
        ResultStream s = new ResultStream(f, out);
        objects.forEach(s);
        assertEquals(!objects.isEmpty(), s.finish());
        assertEquals(objects.size(), s.written());
        return out.toString();
    }

    @Test
    void jsonIsTheArrayTheFormatterWrites() {
        for (int n : new int[] {1, 2, 7}) {
            assertEquals(ResultFormatter.json(objects(n), false), streamed(ResultFormat.JSON, objects(n)));
        }
    }

    @Test
    void csvIsWhatConvertToCsvWritesTheFirstObjectsPropertiesMakeTheHeader() {
        assertEquals(ResultFormatter.csv(objects(7)), streamed(ResultFormat.CSV, objects(7)));
        List<Map<String, Object>> mixed = new ArrayList<>(objects(1));
        mixed.add(Map.of("id", "x", "extra", "dropped"));
        String csv = streamed(ResultFormat.CSV, mixed);
        assertEquals(ResultFormatter.csv(mixed), csv);
        assertTrue(csv.endsWith("\n\"x\",\"\",\"\",\"\"\n"), csv);
        assertFalse(csv.contains("dropped"), csv);
    }

    @Test
    void nothingWrittenForNoObjectsAndOnlyTheStreamingViews() {
        assertEquals("", streamed(ResultFormat.JSON, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ResultStream(ResultFormat.TABLE, new StringWriter()));
    }
}
