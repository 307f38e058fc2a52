package dev.entrals.session;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JVM-wide proxy selector that lets requests to 127.0.0.1/localhost through and sends every other one to a closed
 * local port, recording it: the proof that no test request leaves the machine.
 */
final class NetworkGuard extends ProxySelector {

    private static final NetworkGuard INSTANCE = new NetworkGuard();
    private final List<URI> blocked = new CopyOnWriteArrayList<>();

    static synchronized NetworkGuard install() {
        if (ProxySelector.getDefault() != INSTANCE) {
            ProxySelector.setDefault(INSTANCE);
        }
        return INSTANCE;
    }

    /** Every URI a test tried to reach off this machine. */
    List<URI> blocked() {
        return List.copyOf(blocked);
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if ("127.0.0.1".equals(host) || "localhost".equalsIgnoreCase(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        blocked.add(uri);
        return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    }
}
