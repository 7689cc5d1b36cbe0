package dev.liveengine.emulator;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Routes a request path to the method of the generated server interfaces that serves it. The table
 * is read from the interfaces' JAX-RS annotations once, so adding an operation to the spec needs
 * no routing code: implementing the newly generated method is enough.
 */
final class CommandTable {

    private static final String GENERATED_API_PACKAGE = "dev.liveengine.server.api";

    /** One routable operation: the generated method, its body type and how to fill its arguments. */
    record Command(String path, Method method, Class<?> bodyType, Function<Map<String, Deque<String>>, Object>[] queryArguments) {

        Object invoke(Object implementation, Map<String, Deque<String>> query, Object body) {
            Object[] arguments = new Object[queryArguments.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = queryArguments[i] == null ? body : queryArguments[i].apply(query);
            }
            try {
                return method.invoke(implementation, arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Map<String, Command> byPath;

    private CommandTable(Map<String, Command> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** The table of every generated operation that {@code implementation} implements. */
    static CommandTable of(Object implementation) {
        Map<String, Command> byPath = new HashMap<>();
        for (Class<?> api : implementation.getClass().getInterfaces()) {
            if (!api.getPackageName().equals(GENERATED_API_PACKAGE)) {
                continue;
            }
            String base = api.isAnnotationPresent(Path.class) ? api.getAnnotation(Path.class).value() : "";
            for (Method method : api.getMethods()) {
                // a tag with a single operation gets its whole path on the interface, none on the method
                if (method.isAnnotationPresent(POST.class)) {
                    String path = base + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
                    byPath.put(path, command(path, method));
                }
            }
        }
        return new CommandTable(byPath);
    }

    Optional<Command> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    Set<String> paths() {
        return byPath.keySet();
    }

    @SuppressWarnings("unchecked")
    private static Command command(String path, Method method) {
        Parameter[] parameters = method.getParameters();
        Function<Map<String, Deque<String>>, Object>[] queryArguments = new Function[parameters.length];
        Class<?> bodyType = null;
        for (int i = 0; i < parameters.length; i++) {
            QueryParam query = parameters[i].getAnnotation(QueryParam.class);
            if (query == null) {
                bodyType = parameters[i].getType();
            } else {
                Function<String, Object> convert = converter(parameters[i].getType());
                String name = query.value();
                queryArguments[i] = values -> {
                    Deque<String> given = values.get(name);
                    return given == null || given.isEmpty() ? null : convert.apply(given.peekFirst());
                };
            }
        }
        if (bodyType == null) {
            throw new IllegalStateException(path + " has no request body parameter");
        }
        return new Command(path, method, bodyType, queryArguments);
    }

    /**
     * JAX-RS's rule for turning a query string into a parameter: a static valueOf or fromString
     * (fromString first for enums, whose valueOf wants the constant's name), or a constructor.
     */
    private static Function<String, Object> converter(Class<?> type) {
        if (type == String.class) {
            return value -> value;
        }
        String[] factories = type.isEnum() ? new String[] {"fromString", "valueOf"} : new String[] {"valueOf", "fromString"};
        for (String factory : factories) {
            try {
                Method method = type.getMethod(factory, String.class);
                if (Modifier.isStatic(method.getModifiers())) {
                    return value -> invokeConverter(() -> method.invoke(null, value));
                }
            } catch (NoSuchMethodException e) {
                // try the next convention
            }
        }
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            return value -> invokeConverter(() -> constructor.newInstance(value));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("cannot convert a query parameter to " + type.getName(), e);
        }
    }

    private interface ReflectiveCall {
        Object call() throws ReflectiveOperationException;
    }

    private static Object invokeConverter(ReflectiveCall call) {
        try {
            return call.call();
        } catch (ReflectiveOperationException e) {
            // the spec contract has already validated the value, so this is not the caller's fault
            throw new IllegalStateException("query parameter conversion failed", e);
        }
    }
}
