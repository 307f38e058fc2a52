package dev.entrals.docs.signatures;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.PageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * The bundled signature index as a docs source: every exported command of Microsoft.Entra and
 * Microsoft.Entra.Beta with its binding facts and no prose. Loading decompresses the file and splits each line's
 * name and aliases; a command's facts are parsed on first use. Its facts win over any later page of the same
 * command (see {@link SignatureMerge}), while the pages' prose wins.
 */
public final class SignatureSource implements PageProvider {

    /** The label the source shows in {@code docs sources} and as its pages' origin. */
    public static final String LABEL = SignatureHelp.ORIGIN;

    /** Jackson's mapper, built on the first lookup (its class loading would otherwise delay start-up). */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private final String resource;

    private SignatureSource(String resource) {
        this.resource = resource;
    }

    /** The source of the index bundled in the jar. */
    public static DocsSource bundled() {
        return DocsSource.provided(LABEL, new SignatureSource(SignatureFormat.RESOURCE));
    }

    private static volatile java.util.Map<String, List<String>> enableAliases;

    /**
     * Every alias the bundled index says {@code Enable-EntraAzureADAlias}/{@code Enable-EntraBetaAzureADAlias} define
     * (AzureAD names and older Entra names such as {@code Get-EntraAuditSignInLogs}), lower case; read once.
     */
    public static java.util.Set<String> enableAliasNames() {
        return enableAliases().keySet();
    }

    /**
     * The commands the alias {@code name} stands for once {@code Enable-EntraAzureADAlias} has run (both modules'
     * commands when both define it, Microsoft.Entra's first), by the index; empty for another name.
     */
    public static List<String> enableAliasTargets(String name) {
        return enableAliases().getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    private static java.util.Map<String, List<String>> enableAliases() {
        java.util.Map<String, List<String>> aliases = enableAliases;
        if (aliases == null) {
            java.util.Map<String, List<String>> out = new java.util.HashMap<>();
            try (InputStream in = SignatureSource.class.getResourceAsStream(SignatureFormat.RESOURCE)) {
                if (in != null) {
                    String text;
                    try (GZIPInputStream z = new GZIPInputStream(in, 1 << 16)) {
                        text = new String(z.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "(?m)^([^\t#\n]+)\t[^\n]*\"azureAdAliases\":\\[([^\\]]*)\\]").matcher(text);
                    while (m.find()) {
                        for (String a : m.group(2).split(",")) {
                            out.computeIfAbsent(a.replace("\"", "").strip().toLowerCase(java.util.Locale.ROOT),
                                    k -> new java.util.ArrayList<>()).add(m.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                // no names: the index itself reports the unreadable resource
            }
            // Microsoft.Entra's command first where both modules define the alias
            out.values().forEach(l -> l.sort(java.util.Comparator.comparing(n -> n.contains("-EntraBeta"))));
            java.util.Map<String, List<String>> frozen = new java.util.HashMap<>();
            out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            aliases = java.util.Map.copyOf(frozen);
            enableAliases = aliases;
        }
        return aliases;
    }

    /** The pages of an index text (uncompressed), for tests and tools. */
    public static Pages pagesOf(String text) {
        return parse(text, "index");
    }

    @Override
    public Pages provide() {
        try (InputStream in = SignatureSource.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new Pages(List.of(), List.of(new DocDiagnostic(LABEL, 0, DocDiagnostic.Severity.ERROR,
                        "unreadable", "the bundled signature index " + resource + " is missing")), 0);
            }
            try (GZIPInputStream z = new GZIPInputStream(in, 1 << 16)) {
                return parse(new String(z.readAllBytes(), StandardCharsets.UTF_8), resource);
            }
        } catch (IOException e) {
            return new Pages(List.of(), List.of(new DocDiagnostic(LABEL, 0, DocDiagnostic.Severity.ERROR,
                    "unreadable", "the bundled signature index could not be read: " + e.getMessage())), 0);
        }
    }

    @Override
    public BinaryOperator<CmdletHelp> factsMerge() {
        return SignatureMerge::merge;
    }

    private static Pages parse(String text, String file) {
        List<Page> pages = new ArrayList<>();
        List<DocDiagnostic> problems = new ArrayList<>();
        String helpUri = SignatureFormat.HELP_URI_TEMPLATE;
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            if (cols.length == 2 && cols[0].equals(SignatureFormat.HELP_URI)) {
                helpUri = cols[1].strip();
            } else if (cols.length == 3 && !cols[0].isBlank()) {
                String json = cols[2];
                String uri = helpUri;
                String name = cols[0];
                List<String> aliases = cols[1].isBlank() ? List.of() : Arrays.asList(cols[1].split(","));
                boolean simple = json.contains("\"advanced\":false");
                pages.add(new Page(name, !simple, aliases, () -> read(name, json, uri, file)));
            } else {
                problems.add(new DocDiagnostic(file, lineNo, DocDiagnostic.Severity.ERROR, "invalid-index",
                        "not a signature index line"));
            }
        }
        return new Pages(pages, problems, 1);
    }

    private static Read read(String name, String json, String helpUri, String file) {
        try {
            return new Read(SignatureHelp.of(Mapper.JSON.readTree(json), helpUri), List.of());
        } catch (IOException | RuntimeException e) {
            CmdletHelp empty = CmdletHelp.withoutHelp(name, "", new dev.entrals.docs.PageSource(LABEL, file,
                    java.util.Map.of()));
            return new Read(empty, List.of(new DocDiagnostic(file, 0, DocDiagnostic.Severity.ERROR, "invalid-index",
                    "the facts of " + name + " could not be read: " + e.getMessage())));
        }
    }
}
