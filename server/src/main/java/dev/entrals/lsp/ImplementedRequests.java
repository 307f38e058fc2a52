package dev.entrals.lsp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.lsp4j.jsonrpc.services.JsonDelegate;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;

/**
 * The JSON-RPC request methods a service object really implements. lsp4j's service interfaces declare every LSP
 * request as a {@code default} method that throws {@code UnsupportedOperationException}; a request whose Java method
 * is still that default is not implemented, and is answered -32601 Method not found (not -32603 with the exception).
 * Found the way lsp4j finds the methods ({@code @JsonRequest} in the class, its supertypes and
 * {@code @JsonDelegate} services, with their {@code @JsonSegment} prefix), once, when the connection starts.
 */
public final class ImplementedRequests {

    private ImplementedRequests() {
    }

    /** The names of the requests {@code service} (and its delegates) implement, such as {@code textDocument/hover}. */
    public static Set<String> of(Object service) {
        Set<String> names = new HashSet<>();
        collect(service, names, Collections.newSetFromMap(new IdentityHashMap<>()));
        return Set.copyOf(names);
    }

    private static void collect(Object service, Set<String> names, Set<Object> seen) {
        if (service == null || !seen.add(service)) {
            return;
        }
        Class<?> type = service.getClass();
        for (Class<?> c : supertypes(type)) {
            JsonSegment segment = c.getAnnotation(JsonSegment.class);
            String prefix = segment == null ? "" : segment.value() + "/";
            for (Method declared : c.getDeclaredMethods()) {
                JsonRequest request = declared.getAnnotation(JsonRequest.class);
                if (request != null && declared.getParameterCount() <= 1 && implemented(type, declared)) {
                    String name = request.value().isEmpty() ? declared.getName() : request.value();
                    names.add(request.useSegment() ? prefix + name : name);
                }
                if (declared.isAnnotationPresent(JsonDelegate.class) && declared.getParameterCount() == 0) {
                    collect(delegate(service, declared), names, seen);
                }
            }
        }
    }

    /** Whether the method {@code type} runs for {@code declared} is its own, not an interface's default. */
    private static boolean implemented(Class<?> type, Method declared) {
        try {
            Method runs = type.getMethod(declared.getName(), declared.getParameterTypes());
            return !runs.getDeclaringClass().isInterface();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Object delegate(Object service, Method getter) {
        try {
            return service.getClass().getMethod(getter.getName()).invoke(service);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the delegate service " + getter, e);
        }
    }

    private static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        addSupertypes(type, all);
        return all;
    }

    private static void addSupertypes(Class<?> type, Set<Class<?>> all) {
        if (type == null || type == Object.class || !all.add(type)) {
            return;
        }
        addSupertypes(type.getSuperclass(), all);
        for (Class<?> i : type.getInterfaces()) {
            addSupertypes(i, all);
        }
    }
}
