package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;

import dev.entrals.session.EntraContext;
import dev.entrals.session.EntraEnvironment;

/**
 * The {@code Get-*} cmdlets that send no Graph request, answered here as the module's code answers them: from this
 * process's session, {@code Get-EntraContext} (the 15 fields of the context, a list view) and
 * {@code Get-EntraEnvironment [-Name N]} (Name, AzureADEndpoint, GraphEndpoint, Type per cloud); from a file,
 * {@code Get-EntraUserCertificateUserIdsFromCertificate -Path F [-CertificateMapping K]} ({@link CertificateUserIds}).
 * Both modules export them under these names.
 */
final class LocalAnswers {

    /** An answer: the objects and whether it is one object (a list view); {@code text}, when set, is shown as is. */
    record Answer(List<Map<String, Object>> objects, boolean single, String text) {
        Answer(List<Map<String, Object>> objects, boolean single) {
            this(objects, single, null);
        }
    }

    /** A cmdlet answered here failed as the module's code would (the message is the module's where it has one). */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private LocalAnswers() {
    }

    /** The cmdlets answered here, lower case. */
    private static final java.util.Set<String> ANSWERED = java.util.Set.of("get-entracontext", "get-entraenvironment",
            "get-entrausercertificateuseridsfromcertificate", "add-entraenvironment");

    /** The cmdlet answered here that changes this machine's state (its list of clouds), lower case. */
    private static final String ADDS_ENVIRONMENT = "add-entraenvironment";

    /** Whether {@code command} (a canonical name, any case) is one of the cmdlets answered here. */
    static boolean answers(String command) {
        return command != null && ANSWERED.contains(command.toLowerCase(Locale.ROOT));
    }

    /**
     * The answer to {@code command} with {@code arguments}, or empty when the command is not one of these;
     * {@link GraphFault.Kind#NOT_CONNECTED} for the context without a session.
     */
    static Optional<Answer> answer(String command, Map<String, Object> arguments, TokenSource session,
            java.util.function.Function<String, Path> files) {
        String c = command.toLowerCase(Locale.ROOT);
        return switch (c) {
            case "get-entracontext" -> {
                EntraContext context = session.context().orElseThrow(TokenSource::notConnected);
                yield Optional.of(new Answer(List.of(context.toOrderedMap()), true, context.formatList()));
            }
            case "get-entraenvironment" -> Optional.of(environments(session.environments(), arguments.get("Name")));
            case "get-entrausercertificateuseridsfromcertificate" -> Optional.of(certificate(arguments, files));
            case ADDS_ENVIRONMENT -> {
                // Add-MgEnvironment: this machine's list of clouds, as `entra-ls environment add` changes it
                EntraEnvironment added = session.addEnvironment(text(arguments.get("Name")),
                        text(arguments.get("AzureADEndpoint")), text(arguments.get("GraphEndpoint")));
                yield Optional.of(new Answer(List.of(added.toOrderedMap()), true));
            }
            default -> Optional.empty();
        };
    }

    private static Answer certificate(Map<String, Object> arguments, java.util.function.Function<String, Path> files) {
        if (arguments.containsKey("Certificate")) {
            throw new Failure("-Certificate takes a certificate object, which cannot be made here; give -Path with"
                    + " the .cer or .pem file.");
        }
        Object path = arguments.get("Path");
        if (path == null || String.valueOf(path).isBlank()) {
            throw new Failure("Give -Path with the .cer or .pem file of the certificate.");
        }
        Map<String, String> ids;
        try {
            ids = CertificateUserIds.of(files.apply(String.valueOf(path)));
        } catch (java.nio.file.InvalidPathException e) {
            throw new Failure("Not a file path: " + path);
        }
        Object kind = arguments.get("CertificateMapping");
        if (kind != null && !String.valueOf(kind).isEmpty()) {
            String value = ids.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(String.valueOf(kind)))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            return new Answer(List.of(Map.of("Value", value)), false, value + "\n");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        ids.forEach((k, v) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Name", k);
            row.put("Value", v);
            rows.add(row);
        });
        return new Answer(rows, false);
    }

    /**
     * What {@code -WhatIf} says of a cmdlet answered here that changes this machine's state, or empty for the ones
     * that only read.
     */
    static Optional<String> whatIf(String command, Map<String, Object> arguments) {
        if (!ADDS_ENVIRONMENT.equalsIgnoreCase(command)) {
            return Optional.empty();
        }
        return Optional.of("What if: Performing the operation \"Add environment\" on target \""
                + text(arguments.get("Name")) + "\" (AzureADEndpoint " + text(arguments.get("AzureADEndpoint"))
                + ", GraphEndpoint " + text(arguments.get("GraphEndpoint")) + ").\n");
    }

    private static String text(Object v) {
        return v == null ? null : String.valueOf(v);
    }

    private static Answer environments(List<EntraEnvironment> all, Object name) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EntraEnvironment e : all) {
            if (name != null && !e.name().equalsIgnoreCase(String.valueOf(name))) {
                continue;
            }
            out.add(e.toOrderedMap());
        }
        return new Answer(out, false);
    }
}
