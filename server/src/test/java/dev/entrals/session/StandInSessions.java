package dev.entrals.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The shared setup of the sign-in tests: each test gets a {@link SessionFixture} over a fresh temporary home (the
 * shared HTTPS identity stand-in on 127.0.0.1, its apps registered, the stand-in environment added), as a parameter
 * of its {@code @BeforeEach} or test method; after each test the home is deleted and the network guard must have
 * blocked nothing (no request tried to leave the machine).
 */
public final class StandInSessions implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(StandInSessions.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SessionFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(context).getOrComputeIfAbsent(SessionFixture.class, k -> {
            try {
                return new SessionFixture(Files.createTempDirectory("entra-ls-session-test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SessionFixture.class);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        SessionFixture fx = store(context).remove(SessionFixture.class, SessionFixture.class);
        if (fx != null) {
            try (Stream<Path> files = Files.walk(fx.home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        assertEquals(List.of(), NetworkGuard.install().blocked(), "requests that tried to leave the machine");
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        // one fixture per test, shared by its @BeforeEach and the test method
        return context.getStore(NS);
    }
}
