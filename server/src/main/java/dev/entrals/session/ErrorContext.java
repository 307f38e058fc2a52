package dev.entrals.session;

import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalJsonParsingException;
import com.microsoft.aad.msal4j.MsalServiceException;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns msal4j and network failures into messages a person understands, naming the host, tenant and application
 * involved, and removes every secret of the request from the text.
 */
record ErrorContext(String host, String tenant, String clientId, List<String> secrets) {

    private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

    ErrorContext {
        secrets = secrets.stream().filter(Objects::nonNull).filter(s -> s.length() >= 4).toList();
    }

    SessionException translate(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof SessionException s) {
            return new SessionException(scrub(s.getMessage()), null);
        }
        return new SessionException(scrub(describe(t)));
    }

    private String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException) {
                return "The identity endpoint " + host + " did not answer in time.";
            }
            if (c instanceof ConnectException) {
                return "Cannot reach the identity endpoint " + host + " (connection refused).";
            }
            if (c instanceof UnknownHostException) {
                return "Cannot reach the identity endpoint " + host + " (unknown host).";
            }
            if (c instanceof SSLException) {
                return "Cannot open a secure connection to " + host + " (" + firstLine(c.getMessage()) + ").";
            }
        }
        if (t instanceof MsalServiceException s) {
            return service(s);
        }
        if (t instanceof MsalJsonParsingException) {
            return "The identity endpoint " + host + " sent a reply that is not valid JSON.";
        }
        if (t instanceof MsalClientException c) {
            return client(c);
        }
        if (t instanceof MsalException m) {
            return "Sign-in failed (" + m.errorCode() + "): " + firstLine(m.getMessage());
        }
        return "Sign-in failed: " + t.getClass().getSimpleName() + ": " + firstLine(t.getMessage());
    }

    private String service(MsalServiceException s) {
        String code = String.valueOf(s.errorCode());
        String text = firstLine(s.getMessage());
        String aadsts = aadsts(text);
        Integer status = s.statusCode();
        if (code.equals("invalid_tenant") || code.equals("invalid_instance") || aadsts.equals("90002")) {
            return "Tenant '" + tenant + "' was not found at " + host + ".";
        }
        if (code.equals("invalid_client") || aadsts.equals("7000215") || aadsts.equals("700027")) {
            return "The credential of application " + clientId + " was refused (wrong client secret or "
                    + "certificate): " + text;
        }
        if (code.equals("unauthorized_client") || aadsts.equals("700016")) {
            return "Application " + clientId + " is not known in tenant '" + tenant + "': " + text;
        }
        if (code.equals("invalid_grant")) {
            return "The sign-in was refused (invalid_grant); a new sign-in is needed: " + text;
        }
        if (code.equals("expired_token") || code.equals("code_expired")) {
            return "The device code expired before the sign-in was completed; connect again.";
        }
        if (code.equals("authorization_declined") || code.equals("access_denied")) {
            return "The sign-in was declined: " + text;
        }
        if (status != null && status >= 500) {
            return "The identity endpoint " + host + " failed with HTTP " + status + "; try again later.";
        }
        return "Sign-in failed (" + code + (status == null || status == 0 ? "" : ", HTTP " + status) + "): " + text;
    }

    private String client(MsalClientException c) {
        String code = String.valueOf(c.errorCode());
        if (code.equals("code_expired")) {
            return "The device code expired before the sign-in was completed; connect again.";
        }
        if (code.equals("invalid_json")) {
            return "The identity endpoint " + host + " sent a reply that is not valid JSON.";
        }
        if (code.equals("invalid_authorization_result")) {
            return "The browser sign-in ended without an authorization code (declined, or failed in the browser): "
                    + firstLine(c.getMessage());
        }
        if (code.equals("http_timeout")) {
            return "The identity endpoint " + host + " did not answer in time.";
        }
        return "Sign-in failed (" + code + "): " + firstLine(c.getMessage());
    }

    String scrub(String message) {
        String out = message == null ? "" : message;
        for (String s : secrets) {
            out = out.replace(s, "***");
        }
        return out;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static String aadsts(String text) {
        Matcher m = AADSTS.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "no details";
        }
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
