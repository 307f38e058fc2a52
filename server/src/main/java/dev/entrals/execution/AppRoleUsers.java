package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.entrals.graph.RequestEntry;

/**
 * The per-row orchestration of a cmdlet whose table entry is refused with {@code via} {@value RequestEntry#CSV_ROWS}
 * (its requests come from the rows of a local CSV file: {@code Set-EntraBetaAppRoleToApplicationUser}, Governance/
 * Set-EntraBetaAppRoleToApplicationUser.ps1), answered here as the module's code does it — a departure from "the table
 * only", as {@link CrossTenantActivity} is: the application and its service principal found or created once (:141-240),
 * the roles of the file added to the application's {@code appRoles} (:310-404), then per row the user found or created
 * (:72-139) and the role assigned unless it is (:242-308). The file is read before anything is sent ({@link CsvTable});
 * the whole run is one write, shown with placeholders for values of earlier replies and confirmed once; the requests
 * ({@link AppRoleRequests}) are sent by {@link AppRoleRun}.
 */
final class AppRoleUsers {

    /** The columns the user is found by, per {@code -DataSource} (:420-424). */
    private static final Map<String, String> MATCH = Map.of("databaseordirectory", "email", "sapcloudidentity",
            "userName", "generic", "userPrincipalName");
    private static final List<String> AUDIENCES = List.of("AzureADMyOrg", "AzureADMultipleOrgs",
            "AzureADandPersonalMicrosoftAccount", "PersonalMicrosoftAccount");

    /** Where the run departs from the module's code; each is a note of every run. */
    static final List<String> DEPARTURES = List.of(
            "A Graph error stops the run and says what was changed (the module writes the error and goes on with the"
                    + " next row, Set-EntraBetaAppRoleToApplicationUser.ps1:135-137, :304-306).",
            "An existing assignment is one of this user with the role (the module's :263 compares the role only, so"
                    + " a second user of a role already assigned to anyone would never get it).",
            "A value with a quote is sent with one quote in a body and with the quote doubled in a $filter (the"
                    + " module's SanitizeInput doubles a row's quotes for both, :69, and -ApplicationName's filter"
                    + " does not double them, :152).");

    private AppRoleUsers() {
    }

    /** Whether a cmdlet whose table entry names {@code via} is answered here. */
    static boolean answers(Optional<String> via) {
        return via.filter(RequestEntry.CSV_ROWS::equals).isPresent();
    }

    /** One row kept: the values the module sends, sanitised (:66-70). */
    record User(int line, String upn, String displayName, String mailNickname, String role, String memberType) {
    }

    /**
     * What the run does, read from the arguments and the file before anything is sent.
     *
     * @param application the application's name ({@code -ApplicationName})
     * @param audience    {@code -SignInAudience} (default {@code AzureADMyOrg})
     * @param users       the rows kept, in order
     * @param roles       the distinct roles of the rows, in order, with their member types (:440-447)
     * @param skipped     the module's warning per row skipped (:468-504)
     * @param export      the file the results are written to ({@code -Export}), or null
     * @param file        the CSV file read
     */
    record Work(String application, String audience, List<User> users, Map<String, String> roles,
                List<String> skipped, Path export, Path file) {
    }

    /** Reads the call: its arguments as the module validates them and the rows of its file. */
    static Work work(Map<String, Object> arguments, Function<String, Path> files) {
        String source = text(arguments.get("DataSource"));
        String column = source == null ? null : MATCH.get(source.toLowerCase(Locale.ROOT));
        if (column == null) {
            throw new LocalAnswers.Failure("Cannot validate argument on parameter 'DataSource': '" + source
                    + "' is not one of DatabaseorDirectory, SAPCloudIdentity, Generic. Nothing was sent.");
        }
        String audience = Optional.ofNullable(text(arguments.get("SignInAudience"))).orElse("AzureADMyOrg");
        String canonical = AUDIENCES.stream().filter(audience::equalsIgnoreCase).findFirst().orElseThrow(() ->
                new LocalAnswers.Failure("Cannot validate argument on parameter 'SignInAudience': '" + audience
                        + "' is not one of " + String.join(", ", AUDIENCES) + ". Nothing was sent."));
        String app = text(arguments.get("ApplicationName"));
        String path = text(arguments.get("FilePath"));
        if (app == null || path == null) {
            throw new LocalAnswers.Failure("-FilePath and -ApplicationName must be given. Nothing was sent.");
        }
        CsvTable table = CsvTable.read(files.apply(path), "FilePath");
        if (table.rows().isEmpty()) {
            throw new LocalAnswers.Failure("No users found in the provided file: " + table.file() // :414
                    + ". Nothing was sent.");
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (CsvTable.Row r : table.rows()) {
            String role = sanitised(r.get("Role"));
            if (role != null && !roles.containsKey(role)) {
                roles.put(role, sanitised(r.get("memberType")));
            }
        }
        List<User> users = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            String why = null;
            String upn = sanitised(r.get(column));
            String name = sanitised(r.get("displayName"));
            String nick = sanitised(r.get("mailNickname"));
            String role = sanitised(r.get("Role"));
            if (upn == null) {
                why = "userPrincipalName: " + blank(r.get(column));
            } else if (name == null) {
                why = "displayName: " + blank(r.get("displayName"));
            } else if (nick == null) {
                why = "mailNickname: " + blank(r.get("mailNickname"));
            } else if (role == null) {
                why = "Role: " + blank(r.get("Role"));
            }
            if (why != null) {
                skipped.add("Skipping user due to invalid " + why + " (line " + r.line() + ")");
            } else {
                users.add(new User(r.line(), upn, name, nick, role, sanitised(r.get("memberType"))));
            }
        }
        Path export = null;
        if (on(arguments, "Export")) {
            String out = text(arguments.get("ExportFilePath"));
            export = files.apply(out != null ? out : "EntraAppRoleAssignments_" + LocalDateTime.now()
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + ".csv");
        }
        return new Work(app, canonical, List.copyOf(users), roles, List.copyOf(skipped), export, table.file());
    }

    /**
     * The module's SanitizeInput (:66-70) without its quote doubling (a filter doubles it itself): blank is null;
     * runs of white space one space, line breaks dropped, trimmed, in lower case.
     */
    static String sanitised(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replaceAll("\\s+", " ").replaceAll("[\r\n]", "").trim().toLowerCase(Locale.ROOT);
    }

    /** A value in an OData {@code $filter} string: a quote doubled. */
    static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The body of a new application role (:355-362); {@code id} a new GUID, or its placeholder when shown. */
    static ObjectNode role(String name, String memberType, String id) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        ArrayNode types = r.putArray("allowedMemberTypes");
        // :353 $memberTypes -split ",": a missing member type is one empty string
        for (String t : (memberType == null ? "" : memberType).split(",", -1)) {
            types.add(t);
        }
        r.put("description", name).put("displayName", name).put("id", id).put("isEnabled", true).put("value", name);
        return r;
    }

    /** The first object of a reply's {@code value}, or null when it has none. */
    static JsonNode first(JsonNode reply) {
        JsonNode v = reply == null ? null : reply.get("value");
        return v != null && v.isArray() && !v.isEmpty() ? v.get(0) : null;
    }

    /** A property of an object in any case (PowerShell's {@code $o.Name}), or null. */
    static String field(JsonNode o, String name) {
        if (o == null) {
            return null;
        }
        var names = o.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (n.equalsIgnoreCase(name)) {
                JsonNode v = o.get(n);
                return v == null || v.isNull() ? null : v.asText();
            }
        }
        return null;
    }

    private static String blank(String v) {
        return v == null ? "(none)" : "'" + v + "'";
    }

    private static String text(Object v) {
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v);
    }

    private static boolean on(Map<String, Object> arguments, String name) {
        Object v = arguments.get(name);
        return v != null && !Boolean.FALSE.equals(v);
    }
}
