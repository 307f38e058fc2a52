package dev.entrals.docs.signatures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.docs.ValueCheck;
import dev.entrals.script.AliasDefinition;
import dev.entrals.script.FunctionSignature;
import dev.entrals.script.ParamBlockReader;
import dev.entrals.script.ParameterSignature;
import dev.entrals.script.ScriptSignatures;
import dev.entrals.script.SetBinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Generates the signature index (see {@link SignatureFormat}) from a checkout of the entra-powershell sources:
 * {@code module/<Module>/config/ModuleSettings.json} names each module, {@code module/<Module>/<moduleName>/<Sub>/*.ps1}
 * hold one exported function per file (the folder is the sub-module), top-level {@code Set-Alias} lines and
 * {@code [Alias()]} on functions are the cmdlet aliases, and {@code src/<Module>AliasDefinitions.ps1} the aliases
 * {@code Enable-EntraAzureADAlias} defines. Nothing is run. Only binding facts are written: no prose, no code.
 */
public final class SignatureGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?|'[^']*'|\"[^\"$`]*\"|\\$true|\\$false",
            Pattern.CASE_INSENSITIVE);

    /** One exported command found: its function, sub-module and module. */
    private record Found(FunctionSignature function, String module, String subModule) {
    }

    /** The functions that define the AzureAD aliases ({@code Enable-EntraAzureADAlias}, its Beta name). */
    private static final java.util.regex.Pattern ENABLE_ALIAS =
            java.util.regex.Pattern.compile("(?i)Enable-Entra(Beta)?AzureADAlias");

    private SignatureGenerator() {
    }

    /** The index text (uncompressed) for the sources under {@code root}. */
    public static String generate(Path root) throws IOException {
        Map<String, Found> commands = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Set<String>> aliases = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Set<String>> azureAd = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Path> modules;
        try (Stream<Path> s = Files.list(root.resolve("module"))) {
            modules = s.filter(Files::isDirectory).sorted().toList();
        }
        // Microsoft.Entra is read last so that it wins over Microsoft.Entra.Beta for a command both define
        modules = new ArrayList<>(modules);
        modules.sort(java.util.Comparator.comparing(p -> !moduleName(p).contains("Beta")));
        for (Path moduleDir : modules) {
            String name = moduleName(moduleDir);
            readModule(moduleDir.resolve(name), name, commands, aliases, azureAd);
            Path defs = root.resolve("src").resolve(moduleDir.getFileName() + "AliasDefinitions.ps1");
            if (Files.isRegularFile(defs)) {
                for (AliasDefinition a : read(defs).aliases()) {
                    azureAd.computeIfAbsent(a.target(), k -> new LinkedHashSet<>()).add(a.name());
                }
            }
        }
        StringBuilder out = new StringBuilder(SignatureFormat.HEADER).append('\n');
        out.append(SignatureFormat.HELP_URI).append('\t').append(SignatureFormat.HELP_URI_TEMPLATE).append('\n');
        for (Found f : commands.values()) {
            String name = f.function().name();
            List<String> own = new ArrayList<>(f.function().aliases());
            aliases.getOrDefault(name, Set.of()).stream().filter(a -> own.stream().noneMatch(a::equalsIgnoreCase))
                    .forEach(own::add);
            ObjectNode json = command(f, own, List.copyOf(azureAd.getOrDefault(name, Set.of())));
            out.append(name).append('\t').append(String.join(",", own)).append('\t')
                    .append(JSON.writeValueAsString(json)).append('\n');
        }
        return out.toString();
    }

    /** Writes the index, gzip-compressed, to {@code out}; returns the compressed size. */
    public static long write(Path root, Path out) throws IOException {
        byte[] gz = gzip(generate(root));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, gz);
        return gz.length;
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String moduleName(Path moduleDir) {
        try {
            JsonNode settings = JSON.readTree(moduleDir.resolve("config/ModuleSettings.json").toFile());
            String n = settings.path("moduleName").asText("");
            if (!n.isBlank()) {
                return n;
            }
        } catch (IOException e) {
            // fall through: the folder under the module holding the scripts
        }
        try (Stream<Path> s = Files.list(moduleDir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Microsoft.")).findFirst().orElse(moduleDir.getFileName().toString());
        } catch (IOException e) {
            return moduleDir.getFileName().toString();
        }
    }

    /**
     * Reads one module's scripts. A function is exported when a file is named after it; a function defined by
     * files of its name in several sub-module folders is a private helper copied into each (not exported); a
     * function written in another command's file counts only where no file of its own exists.
     */
    private static void readModule(Path dir, String module, Map<String, Found> commands,
                                   Map<String, Set<String>> aliases, Map<String, Set<String>> azureAd)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".ps1")).sorted().toList();
        }
        Map<String, List<Found>> own = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Found> stray = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Path file : files) {
            Path rel = dir.relativize(file);
            String sub = rel.getNameCount() > 1 ? module + "." + rel.getName(0) : module;
            String base = file.getFileName().toString().replaceFirst("(?i)\\.ps1$", "");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ScriptSignatures s = ParamBlockReader.read(text);
            for (FunctionSignature top : s.functions()) {
                if (!top.topLevel()) {
                    continue;
                }
                FunctionSignature f = s.meant(top, text); // a function the file wraps in one of its own name
                Found found = new Found(f, module, sub);
                if (f.name().equalsIgnoreCase(base)) {
                    own.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(found);
                } else {
                    stray.putIfAbsent(f.name(), found);
                }
            }
            for (AliasDefinition a : s.aliases()) {
                if (a.inFunction().isEmpty()) {
                    aliases.computeIfAbsent(a.target(), k -> new LinkedHashSet<>()).add(a.name());
                } else if (ENABLE_ALIAS.matcher(a.inFunction()).matches()) {
                    // what Enable-EntraAzureADAlias defines when a script calls it (the module's own function body)
                    azureAd.computeIfAbsent(a.target(), k -> new LinkedHashSet<>()).add(a.name());
                }
            }
        }
        own.forEach((name, defs) -> {
            if (defs.stream().map(Found::subModule).distinct().count() == 1) {
                commands.put(name, defs.get(0));
            }
        });
        stray.forEach((name, f) -> {
            if (!own.containsKey(name)) {
                commands.put(name, f);
            }
        });
    }

    private static ScriptSignatures read(Path file) throws IOException {
        return ParamBlockReader.read(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static ObjectNode command(Found found, List<String> aliases, List<String> azureAd) {
        return command(found.function(), found.subModule(), aliases, azureAd);
    }

    /** The index entry of {@code f} in {@code module} (the one conversion of reader output; see {@link FunctionHelp}). */
    static ObjectNode command(FunctionSignature f, String module, List<String> aliases, List<String> azureAd) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", f.name());
        n.put("module", module);
        if (!aliases.isEmpty()) {
            strings(n.putArray("aliases"), aliases);
        }
        if (!azureAd.isEmpty()) {
            strings(n.putArray("azureAdAliases"), azureAd);
        }
        n.put("advanced", f.isAdvanced());
        if (!f.defaultParameterSet().isBlank()) {
            n.put("defaultSet", f.defaultParameterSet().strip());
        }
        if (f.supportsShouldProcess()) {
            n.put("shouldProcess", true);
        }
        List<String> sets = f.setNames();
        if (!(sets.size() == 1 && sets.get(0).equals(SetBinding.ALL_SETS))) {
            strings(n.putArray("sets"), sets);
        }
        ArrayNode params = n.putArray("parameters");
        for (ParameterSignature p : f.parameters()) {
            params.add(parameter(f, p));
        }
        return n;
    }

    private static ObjectNode parameter(FunctionSignature f, ParameterSignature p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", p.name());
        n.put("type", p.type());
        if (p.isSwitch()) {
            n.put("switch", true);
        }
        if (!p.aliases().isEmpty()) {
            strings(n.putArray("aliases"), p.aliases());
        }
        if (!p.validateSet().isEmpty()) {
            strings(n.putArray("values"), p.validateSet());
        }
        List<ValueCheck> checks = ValidationAttributes.of(p);
        if (!checks.isEmpty()) {
            ArrayNode a = n.putArray("checks");
            checks.forEach(c -> a.add(CheckFormat.write(c)));
        }
        if (LITERAL.matcher(p.defaultValue()).matches()) {
            n.put("default", p.defaultValue());
        }
        ArrayNode in = n.putArray("in");
        Map<String, ObjectNode> bySet = new LinkedHashMap<>();
        for (SetBinding b : p.bindings()) {
            String set = b.inAllSets() ? SignatureFormat.ALL_SETS : b.setName().strip();
            ObjectNode m = JSON.createObjectNode();
            m.put("set", set);
            if (b.mandatory()) {
                m.put("required", true);
            }
            int position = f.positionOf(p, b);
            if (position >= 0) {
                m.put("position", position);
            }
            if (b.valueFromPipeline()) {
                m.put("byValue", true);
            }
            if (b.valueFromPipelineByPropertyName()) {
                m.put("byPropertyName", true);
            }
            if (b.valueFromRemainingArguments()) {
                m.put("remaining", true);
            }
            bySet.putIfAbsent(set.toLowerCase(Locale.ROOT), m);
        }
        bySet.values().forEach(in::add);
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
