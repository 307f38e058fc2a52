package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;

import dev.entrals.session.EntraEnvironment;

/**
 * The {@code Get-*} cmdlets that send no Graph request, answered here as the module's code answers them: from this
 * process's session, {@code Get-EntraContext} (the 15 fields of the context, a list view) and
 * {@code Get-EntraEnvironment [-Name N]} (Name, AzureADEndpoint, GraphEndpoint, Type per cloud); from a file,
 * {@code Get-EntraUserCertificateUserIdsFromCertificate -Path F [-CertificateMapping K]} ({@link CertificateUserIds}).
 * Both modules export them under these names. And the migration helpers: {@code Test-EntraScript} (the commands of a
 * script the module does not support, {@link EntraScriptCheck}), {@code Get-EntraUnsupportedCommand} (the module's
 * error, refused as a call that cannot run) and {@code Enable-EntraAzureADAlias} (nothing to define: a run resolves
 * the AzureAD names already).
 */
final class LocalAnswers {

    /**
     * An answer: the objects and whether it is one object (a list view); {@code text}, when set, is shown as is;
     * {@code notes}: what the run says besides (an error the module writes and goes on after, a departure).
     */
    record Answer(List<Map<String, Object>> objects, boolean single, String text, List<String> notes) {
        Answer {
            notes = List.copyOf(notes);
        }

        Answer(List<Map<String, Object>> objects, boolean single, String text) {
            this(objects, single, text, List.of());
        }

        Answer(List<Map<String, Object>> objects, boolean single) {
            this(objects, single, null);
        }
    }

    /**
     * A cmdlet answered here failed as the module's code would (the message is the module's where it has one);
     * {@code status}: {@link RunStatus#FAULT}, or {@link RunStatus#UNSUPPORTED} for a cmdlet that refuses every call.
     */
    static final class Failure extends RuntimeException {
        private final RunStatus status;

        Failure(String message) {
            this(message, RunStatus.FAULT);
        }

        Failure(String message, RunStatus status) {
            super(message, null, false, false);
            this.status = status;
        }

        RunStatus status() {
            return status;
        }
    }

    /** The command the modules' aliases name for an AzureAD cmdlet they do not support. */
    static final String UNSUPPORTED = "Get-EntraUnsupportedCommand";

    /** Get-EntraUnsupportedCommand.ps1:6, the one thing the function does (throws a NotSupportedException). */
    static final String NOT_SUPPORTED = "This command is not supported by Microsoft Entra PowerShell.";

    /** What Enable-EntraAzureADAlias answers: no alias to define, the run resolves AzureAD names already. */
    static final String ALIASES = "The AzureAD names Enable-EntraAzureADAlias defines (Get-AzureADUser for"
            + " Get-EntraUser, ...) already resolve here: a run of one runs its Entra command. Nothing was changed.\n";

    private LocalAnswers() {
    }

    /** The cmdlets answered here, lower case. */
    private static final java.util.Set<String> ANSWERED = java.util.Set.of("get-entracontext", "get-entraenvironment",
            "get-entrausercertificateuseridsfromcertificate", "add-entraenvironment", "test-entrascript",
            "get-entraunsupportedcommand", "enable-entraazureadalias");

    /**
     * Get-EntraContext without a session: the module outputs what Get-MgContext answers, nothing
     * (Authentication/Get-EntraContext.ps1:56, :67).
     */
    static final String NO_CONTEXT = "Not connected: Get-EntraContext returns nothing without a session, as the"
            + " module's does (Get-MgContext answers nothing).";

    /** A command qualified with the Beta module's name. */
    private static final String BETA = "Microsoft.Entra.Beta\\";

    /** The cmdlet answered here that changes this machine's state (its list of clouds), lower case. */
    private static final String ADDS_ENVIRONMENT = "add-entraenvironment";

    /**
     * Whether {@code command} (a canonical name, any case) is one of the cmdlets answered here, or a report the engine
     * answers from Graph's replies ({@link CrossTenantActivity}).
     */
    static boolean answers(String command) {
        return command != null && (ANSWERED.contains(command.toLowerCase(Locale.ROOT))
                || CrossTenantActivity.answers(command));
    }

    /**
     * The answer to {@code command} with {@code arguments}, or empty when the command is not one of these (the context
     * without a session is no object, as the module's).
     */
    static Optional<Answer> answer(EvaluatedCall call, TokenSource session,
            java.util.function.Function<String, Path> files) {
        String c = call.command().toLowerCase(Locale.ROOT);
        Map<String, Object> arguments = call.arguments();
        return switch (c) {
            case "get-entracontext" -> Optional.of(session.context().map(context -> new Answer(List.of(context
                    .toOrderedMap()), true, context.formatList())).orElse(new Answer(List.of(), false, "", List.of(
                    NO_CONTEXT))));
            case "get-entraenvironment" -> Optional.of(environments(session.environments(), arguments.get("Name")));
            case "get-entrausercertificateuseridsfromcertificate" -> Optional.of(certificate(arguments, files));
            case ADDS_ENVIRONMENT -> {
                // Add-MgEnvironment: this machine's list of clouds, as `entra-ls environment add` changes it
                EntraEnvironment added = session.addEnvironment(text(arguments.get("Name")),
                        text(arguments.get("AzureADEndpoint")), text(arguments.get("GraphEndpoint")));
                yield Optional.of(new Answer(List.of(added.toOrderedMap()), true));
            }
            // the Beta module's own when named so (Microsoft.Entra.Beta\Test-EntraScript); both export the name
            case "test-entrascript" -> Optional.of(EntraScriptCheck.answer(arguments, files,
                    call.text().regionMatches(true, 0, BETA, 0, BETA.length())));
            case "get-entraunsupportedcommand" -> throw new Failure(NOT_SUPPORTED, RunStatus.UNSUPPORTED);
            case "enable-entraazureadalias" -> Optional.of(new Answer(List.of(), false, ALIASES));
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
