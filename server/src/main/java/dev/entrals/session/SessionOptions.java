package dev.entrals.session;

import javax.net.ssl.SSLSocketFactory;
import java.time.Duration;
import java.util.Map;

/**
 * How the session talks to the identity platform. Production uses {@link #defaults()}; tests pass a socket factory
 * that trusts their local stand-in, short timeouts and their own environment variables.
 *
 * @param sslSocketFactory     null for the JVM's default trust
 * @param connectTimeoutMillis HTTP connect timeout
 * @param readTimeoutMillis    HTTP read timeout
 * @param signInTimeout        how long a sign-in may wait for the user (browser, device code)
 * @param environment          the environment variables the environment-variable flow reads
 */
record SessionOptions(SSLSocketFactory sslSocketFactory, int connectTimeoutMillis, int readTimeoutMillis,
                      Duration signInTimeout, Map<String, String> environment) {

    static SessionOptions defaults() {
        return new SessionOptions(null, 30_000, 60_000, Duration.ofSeconds(120), System.getenv());
    }
}
