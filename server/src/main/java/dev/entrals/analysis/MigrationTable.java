package dev.entrals.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of retired AzureAD/AzureADPreview cmdlets and their Entra replacements, and of retired MSOnline cmdlets
 * and their Entra (else Microsoft Graph PowerShell) replacements, read once from the bundled {@code migration.tsv}
 * and {@code msonline.tsv}. Lookups are case-insensitive, as PowerShell's command lookup is.
 */
public final class MigrationTable {

    /** Which module's mapping to prefer when a name was retired from both AzureAD and AzureADPreview. */
    public enum Preference { AZURE_AD, AZURE_AD_PREVIEW }

    private static final String RESOURCE = "migration.tsv";
    private static final String MSONLINE = "msonline.tsv";
    private static volatile MigrationTable bundled;

    private final Map<String, List<RetiredCmdlet>> byName;
    private final List<RetiredCmdlet> all;

    private MigrationTable(List<RetiredCmdlet> rows) {
        Map<String, List<RetiredCmdlet>> map = new LinkedHashMap<>();
        for (RetiredCmdlet r : rows) {
            map.computeIfAbsent(key(r.name()), k -> new ArrayList<>(2)).add(r);
        }
        this.byName = map;
        this.all = List.copyOf(rows);
    }

    /** The table bundled with the server. */
    public static MigrationTable bundled() {
        MigrationTable t = bundled;
        if (t == null) {
            synchronized (MigrationTable.class) {
                if (bundled == null) {
                    List<RetiredCmdlet> rows = new ArrayList<>(read(RESOURCE).all());
                    rows.addAll(read(MSONLINE).all());
                    bundled = new MigrationTable(rows);
                }
                t = bundled;
            }
        }
        return t;
    }

    private static MigrationTable read(String resource) {
        try (InputStream in = MigrationTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + resource + " is missing from the jar");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a table in the bundled TSV format: name, module, replacement (may be empty), channel and, for MSOnline,
     * the parameters that keep their name (comma-separated).
     */
    public static MigrationTable parse(InputStream in) throws IOException {
        List<RetiredCmdlet> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String replacement = f.length > 2 && !f[2].isBlank() ? f[2].trim() : null;
                String channel = f.length > 3 && !f[3].isBlank() ? f[3].trim() : null;
                String module = f.length > 1 ? f[1].trim() : "AzureAD";
                List<String> kept = f.length > 4 || "MSOnline".equalsIgnoreCase(module)
                        ? (f.length > 4 && !f[4].isBlank() ? List.of(f[4].trim().split(",")) : List.of()) : null;
                rows.add(new RetiredCmdlet(f[0].trim(), module, replacement, channel, kept));
            }
        }
        return new MigrationTable(rows);
    }

    /** Finds a retired cmdlet by name, preferring the given module's entry when both modules had it. */
    public Optional<RetiredCmdlet> find(String name, Preference preference) {
        if (name == null) {
            return Optional.empty();
        }
        List<RetiredCmdlet> rows = byName.getOrDefault(key(name), Collections.emptyList());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        boolean wantPreview = preference == Preference.AZURE_AD_PREVIEW;
        for (RetiredCmdlet r : rows) {
            if (r.fromPreview() == wantPreview) {
                return Optional.of(r);
            }
        }
        return Optional.of(rows.get(0));
    }

    /** Finds a retired cmdlet by name, preferring the AzureAD (v1.0) mapping. */
    public Optional<RetiredCmdlet> find(String name) {
        return find(name, Preference.AZURE_AD);
    }

    /** Every row of the table, in file order. */
    public List<RetiredCmdlet> all() {
        return all;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
