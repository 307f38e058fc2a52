package dev.entrals.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in clouds plus the user's own, kept as a JSON array in {@code environments.json}. A file that cannot be
 * read is reported and left untouched: adding to it is refused rather than overwriting what it holds.
 */
final class EnvironmentCatalog {

    private final Path file;

    EnvironmentCatalog(Path file) {
        this.file = file;
    }

    /** Built-in environments first, then custom ones in the order they were added. */
    List<EntraEnvironment> all() {
        List<EntraEnvironment> out = new ArrayList<>(EntraEnvironment.BUILT_IN);
        out.addAll(custom());
        return out;
    }

    /** The environment of that name, ignoring case. */
    Optional<EntraEnvironment> find(String name) {
        return all().stream().filter(e -> e.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The environment of that name, or an error naming the known ones. */
    EntraEnvironment require(String name) {
        String n = name == null ? EntraEnvironment.DEFAULT_NAME : name;
        return find(n).orElseThrow(() -> new SessionException("Unknown environment '" + n.strip()
                + "': known environments are " + all().stream().map(EntraEnvironment::name).toList()
                + " (add one with `entra-ls environment add`)."));
    }

    /** Adds or replaces a custom environment and saves the file; built-in names cannot be replaced. */
    synchronized EntraEnvironment add(String name, String azureADEndpoint, String graphEndpoint) {
        if (name == null || name.isBlank() || !name.strip().matches("[A-Za-z0-9._-]+")) {
            throw new SessionException("An environment name is letters, digits, '.', '_' or '-', not '"
                    + (name == null ? "" : name) + "'.");
        }
        String n = name.strip();
        EntraEnvironment.BUILT_IN.stream().filter(e -> e.name().equalsIgnoreCase(n)).findFirst().ifPresent(e -> {
            throw new SessionException("'" + e.name() + "' is a built-in environment and cannot be replaced.");
        });
        EntraEnvironment added = new EntraEnvironment(n, endpoint("AzureADEndpoint", azureADEndpoint),
                endpoint("GraphEndpoint", graphEndpoint), false);
        Map<String, EntraEnvironment> byName = new LinkedHashMap<>();
        readCustom().forEach(e -> byName.put(e.name().toLowerCase(java.util.Locale.ROOT), e));
        byName.put(n.toLowerCase(java.util.Locale.ROOT), added);
        save(new ArrayList<>(byName.values()));
        return added;
    }

    private List<EntraEnvironment> custom() {
        try {
            return readCustom();
        } catch (SessionException e) {
            SessionLog.LOG.warning(e.getMessage());
            return List.of();
        }
    }

    private List<EntraEnvironment> readCustom() {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new SessionException("Cannot read " + file + ": " + e.getMessage());
        }
        try {
            JsonNode root = SessionJson.MAPPER.readTree(text);
            if (root == null || !root.isArray()) {
                throw new SessionException(file + ": expected a JSON array of environments.");
            }
            List<EntraEnvironment> out = new ArrayList<>();
            for (JsonNode n : root) {
                out.add(new EntraEnvironment(n.path("Name").asText(""), n.path("AzureADEndpoint").asText(""),
                        n.path("GraphEndpoint").asText(""), false));
            }
            return out;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SessionException(file + ":" + line + ": not valid JSON (" + e.getOriginalMessage()
                    .split("\n")[0] + "); fix or remove the file.");
        }
    }

    private void save(List<EntraEnvironment> custom) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EntraEnvironment e : custom) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Name", e.name());
            row.put("AzureADEndpoint", e.azureADEndpoint());
            row.put("GraphEndpoint", e.graphEndpoint());
            rows.add(row);
        }
        try {
            PrivateFiles.write(file, SessionJson.MAPPER.writeValueAsBytes(rows));
        } catch (IOException e) {
            throw new SessionException("Cannot save " + file + ": " + e.getMessage());
        }
    }

    private static String endpoint(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new SessionException(what + " is required.");
        }
        try {
            URI u = new URI(value.strip());
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
                throw new SessionException(what + " must be an https URL such as https://login.example.com, not '"
                        + value.strip() + "'.");
            }
            if (u.getQuery() != null || u.getFragment() != null) {
                throw new SessionException(what + " must not have a query or fragment: '" + value.strip() + "'.");
            }
            return value.strip();
        } catch (URISyntaxException e) {
            throw new SessionException(what + " is not a URL: '" + value.strip() + "'.");
        }
    }
}
