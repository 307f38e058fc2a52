package dev.entrals.execution;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.entrals.graph.RequestEntry;
import dev.entrals.session.EntraEnvironment;

/**
 * The cmdlets whose table entry is refused with {@code via} {@value RequestEntry#START_PROCESS}: they send no Graph
 * request but build a URL and open it in the browser. In both modules these are
 * {@code Add-Entra[Beta]PermissionsToInheritToAgentIdentityBlueprintPrincipal}, whose URL is the tenant's admin
 * consent page (Applications/Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal.ps1, 157 lines; the Beta
 * file the same 3 lines earlier from :46); the URL's form below is that code's. The run shows the URL, asks for the
 * confirmation a write needs (admin consent grants permissions), {@code -WhatIf} opens nothing; once confirmed the
 * caller's {@link UrlOpener} opens it (the editor, {@code window/showDocument}) or the result says to open it.
 */
final class ConsentPage {

    /** The login host the module writes whatever the cloud (:94); the run writes the session cloud's instead. */
    static final String MODULE_HOST = "https://login.microsoftonline.com";

    /** The scopes a person pressing Enter at the module's prompt gets (:58 {@code $suggestedScopes}, :67, :72). */
    static final String ENTER_SCOPES = "user.read";

    /** How the request line of such a run starts (its URL follows). */
    static final String SHOWN = "Open in the browser: ";

    /** What the result's Action says when the URL was opened: the module's own (:146). */
    static final String LAUNCHED = "Browser Launched";

    /** What the result's Action says when nothing opened the URL (the command line, an editor without showDocument). */
    static final String NOT_LAUNCHED = "Not launched: open the ConsentUrl in a browser";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsentPage() {
    }

    /** Whether a cmdlet whose table entry names {@code via} is answered here. */
    static boolean answers(Optional<String> via) {
        return via.filter(RequestEntry.START_PROCESS::equals).isPresent();
    }

    /**
     * Runs {@code call}: {@code declared} gives a parameter's default as the module's {@code param()} declares it
     * (command, parameter → the value, or null), {@code browser} opens the URL once confirmed.
     */
    static RunResult run(EvaluatedCall call, RunInput in, List<String> notes, TokenSource session, UrlOpener browser,
                         BiFunction<String, String, String> declared, long started) {
        String command = call.command();
        Map<String, Object> args = call.arguments();
        Optional<String> tenant = session.tenantId();
        if (tenant.isEmpty()) { // :32-37 Get-EntraContext, stop when there is none
            return RunEngine.result(command, List.of(), RunStatus.NOT_CONNECTED, true,
                    TokenSource.notConnected().powerShellText(command), notes, started);
        }
        String env = session.context().map(c -> c.environment()).orElse(EntraEnvironment.DEFAULT_NAME);
        Optional<EntraEnvironment> cloud = session.environments().stream().filter(e -> e.name().equalsIgnoreCase(env))
                .findFirst();
        if (cloud.isEmpty()) {
            return RunEngine.result(command, List.of(), RunStatus.NOT_CONNECTED, true, "The session's environment '" + env
                    + "' is not known; add it with Add-EntraEnvironment or connect again.\n", notes, started);
        }
        String blueprint = text(args.get("AgentBlueprintId"));
        String redirect = text(args.get("RedirectUri"));
        if (redirect.isEmpty()) { // :23 the parameter's default
            redirect = unquoted(declared.apply(command, "RedirectUri"));
        }
        List<String> asked = new ArrayList<>();
        if (blueprint.isEmpty()) {
            asked.add("AgentBlueprintId");
        }
        if (redirect.isEmpty()) {
            asked.add("RedirectUri");
        }
        if (!asked.isEmpty()) { // :40-51 the session's $script:CurrentAgentBlueprintId, else Read-Host (Beta: throw)
            return new RunResult(command, List.of(), RunStatus.NOT_EVALUATED, false, List.of(), 0, false, command
                    + ": the module takes " + String.join(", ", asked) + " from its PowerShell session (the blueprint"
                    + " an earlier New-Entra[Beta]AgentIdentityBlueprint created) or, in Microsoft.Entra, from a person"
                    + " at its console, which a run here does not have; supply " + (asked.size() == 1 ? "it" : "them")
                    + " (--arg NAME=VALUE, or the editor asks):\n" + String.join("", asked.stream().map(a -> "  " + a
                    + "\n").toList()), notes, RunEngine.millis(started), asked);
        }
        List<String> scopes = texts(args.get("Scopes"));
        List<String> roles = texts(args.get("Roles"));
        if (scopes.isEmpty() && roles.isEmpty()) { // :57-75 the prompt, Enter keeps the suggested scopes
            scopes = List.of(ENTER_SCOPES);
            notes.add("-Scopes is '" + ENTER_SCOPES + "' when neither -Scopes nor -Roles is given: the module asks at"
                    + " its console (Read-Host) with that as Enter's answer; a run here takes it (give -Scopes or -Roles"
                    + " for others).");
        }
        String state = text(args.get("State"));
        if (state.isEmpty()) { // :82-84 Get-Random -Minimum 100 -Maximum 999999 (the maximum excluded)
            state = "xyz" + (100 + RANDOM.nextInt(999999 - 100));
        }
        String host = cloud.get().azureADEndpoint();
        String url = url(host, tenant.get(), blueprint, scopes, roles, redirect, state);
        if (!host.equalsIgnoreCase(MODULE_HOST)) {
            notes.add("The consent page is the session's cloud's (" + host + "): the module's code writes "
                    + MODULE_HOST + " whatever the cloud.");
        }
        List<String> shown = List.of(SHOWN + url);
        if (call.whatIf() || in.whatIf()) {
            return RunEngine.result(command, shown, RunStatus.WHAT_IF, true, "What if: Performing the operation \"Open"
                    + " in the browser\" on target \"" + url + "\".\n\n" + String.join("\n", shown) + "\n", notes,
                    started);
        }
        if (!in.confirmed()) {
            return RunEngine.result(command, shown, RunStatus.CONFIRMATION_REQUIRED, true, command + " opens the"
                    + " tenant's admin consent page, where an administrator grants these permissions to the agent"
                    + " identity blueprint's principal. Nothing was opened and nothing is sent to Graph; confirm to open"
                    + " this URL in the browser (the editor opens it; the command line prints it):\n\n"
                    + String.join("\n", shown) + "\n", notes, started);
        }
        boolean opened = browser.open(url);
        Map<String, Object> result = new LinkedHashMap<>(); // :138-148
        result.put("AgentBlueprintId", blueprint);
        result.put("TenantId", tenant.get());
        result.put("RequestedScopes", scopes.isEmpty() ? null : scopes);
        result.put("RequestedRoles", roles.isEmpty() ? null : roles);
        result.put("RedirectUri", redirect);
        result.put("State", state);
        result.put("ConsentUrl", url);
        result.put("Action", opened ? LAUNCHED : NOT_LAUNCHED);
        result.put("Timestamp", timestamp(Instant.now()));
        List<String> all = new ArrayList<>(notes);
        all.add("Answered here: no Graph request; the URL was " + (opened ? "opened in the browser by the editor."
                : "not opened (open it in a browser signed in as an administrator of the tenant)."));
        String text = ResultFormatter.format(List.of(result), true, List.of(), in.format());
        if (!opened && in.format() == ResultFormat.AUTO) {
            text = "Open this URL in a browser, signed in as an administrator of the tenant, to grant the consent:\n"
                    + url + "\n\n" + text;
        }
        return new RunResult(command, shown, RunStatus.OK, true, List.of(result), 1, true, text, all,
                RunEngine.millis(started), List.of());
    }

    /**
     * The admin consent URL as the module builds it (:89-110): {@code {host}/{tenant}/v2.0/adminconsent?client_id=…},
     * {@code &scope=} the scopes lower-cased and joined by spaces when there are any, {@code &role=} the roles so,
     * {@code &redirect_uri=…&state=…}; each value encoded as .NET's {@code HttpUtility.UrlEncode} encodes it
     * ({@link #urlEncode}), the tenant's id as it is.
     */
    static String url(String host, String tenant, String blueprint, List<String> scopes, List<String> roles,
                      String redirect, String state) {
        StringBuilder u = new StringBuilder(host).append('/').append(tenant).append("/v2.0/adminconsent")
                .append("?client_id=").append(urlEncode(blueprint));
        if (!scopes.isEmpty()) {
            u.append("&scope=").append(urlEncode(lowerJoined(scopes)));
        }
        if (!roles.isEmpty()) {
            u.append("&role=").append(urlEncode(lowerJoined(roles)));
        }
        return u.append("&redirect_uri=").append(urlEncode(redirect)).append("&state=").append(urlEncode(state))
                .toString();
    }

    /** {@code ($values | ForEach-Object { $_.ToLower() }) -join " "} (:98, :104). */
    private static String lowerJoined(List<String> values) {
        return String.join(" ", values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * .NET's {@code System.Web.HttpUtility.UrlEncode(string)}: the UTF-8 bytes, letters, digits and {@code -_.!*()}
     * as they are, a space as {@code +}, every other byte {@code %xx} in lower-case hex.
     */
    static String urlEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.!*()".indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        return out.toString();
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    /** A string array argument's values (one value binds as a list of one); empty and null values dropped. */
    private static List<String> texts(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.stream().filter(x -> x != null && !String.valueOf(x).isEmpty()).forEach(x -> out.add(String.valueOf(x)));
        } else if (v != null && !String.valueOf(v).isEmpty()) {
            out.add(String.valueOf(v));
        }
        return out;
    }

    /** A declared default as written ({@code "https://…"}), without its quotes; "" for none. */
    private static String unquoted(String v) {
        String s = v == null ? "" : v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.equalsIgnoreCase("None") ? "" : s;
    }

    /** The run's time in UTC to the second, seconds always written ({@code 2026-12-07T12:51:00Z}). */
    static String timestamp(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString(); // ISO_INSTANT: unlike OffsetDateTime, keeps ":00"
    }
}
