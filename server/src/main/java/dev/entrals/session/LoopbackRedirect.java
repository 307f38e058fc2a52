package dev.entrals.session;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The loopback redirect URI of the interactive sign-in: {@code http://127.0.0.1} by default, or the user's
 * {@code http://localhost...} / {@code http://127.0.0.1...} when their app registration lists only that form.
 */
final class LoopbackRedirect {

    static final String DEFAULT = "http://127.0.0.1";

    private LoopbackRedirect() {
    }

    /**
     * Checks a user's redirect URI and returns it normalized (lower-case host, no trailing slash); null for none.
     * Only {@code http} on {@code localhost} or {@code 127.0.0.1} without query or fragment is accepted, since
     * msal4j's listener binds the loopback address and reads the answer itself.
     */
    static String check(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw refused(t);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!"http".equalsIgnoreCase(uri.getScheme()) || !(host.equals("localhost") || host.equals("127.0.0.1"))
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(t);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath();
        return "http://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
    }

    /**
     * The URI to hand to msal4j: the given one (or the default) with a free loopback port filled in when it has
     * none. msal4j replaces a port-less redirect URI by {@code http://localhost:{port}}, so the port is chosen here
     * to keep the host (and path) the user registered.
     */
    static URI forSignIn(String checked) {
        URI uri = URI.create(checked == null ? DEFAULT : checked);
        if (uri.getPort() != -1) {
            return uri;
        }
        return URI.create("http://" + uri.getHost() + ":" + freeLoopbackPort()
                + (uri.getRawPath() == null ? "" : uri.getRawPath()));
    }

    private static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new SessionException("No free port on the loopback address for the sign-in redirect: "
                    + e.getMessage());
        }
    }

    private static SessionException refused(String text) {
        return new SessionException("The redirect URI '" + text + "' is not an http loopback address: use "
                + "http://127.0.0.1 or http://localhost (a port and a path are allowed), as registered for the app.");
    }
}
