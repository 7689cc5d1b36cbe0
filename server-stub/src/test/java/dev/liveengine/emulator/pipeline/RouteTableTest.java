package dev.liveengine.emulator.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.server.api.GiftApi;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link RouteTable#bind}: every operation of both specs reaches the method of its tag interface on
 * the one object that implements it, and anything else stops the emulator before it serves.
 */
class RouteTableTest {

    private static final SpecContract CONTRACT = SpecContract.load();
    private static final List<RouteTable.Operation> GENERATED = RouteTable.generatedOperations();

    /** The methods called on the implementations, as {@code Interface.method}. */
    private final List<String> calls = new ArrayList<>();

    /** An implementation of {@code api} that records each call and answers an empty reply of the declared type. */
    private Object implementationOf(Class<?> api) {
        return Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> api.getSimpleName() + " stand-in";
                };
            }
            calls.add(api.getSimpleName() + "." + method.getName());
            return method.getReturnType().getDeclaredConstructor().newInstance();
        });
    }

    private static List<Class<?>> interfaces() {
        return GENERATED.stream().<Class<?>>map(RouteTable.Operation::api).distinct().toList();
    }

    private List<Object> oneImplementationOfEach(Stream<Class<?>> apis) {
        return new ArrayList<>(apis.map(this::implementationOf).toList());
    }

    private static String refusal(List<RouteTable.Operation> operations, List<Object> implementations) {
        return assertThrows(IllegalStateException.class, () -> RouteTable.bind(CONTRACT, operations, implementations)).getMessage();
    }

    private static List<String> pathsOf(Class<?> api) {
        return GENERATED.stream().filter(operation -> operation.api() == api).map(RouteTable.Operation::path).toList();
    }

    @Test
    void everyOperationOfBothSpecsReachesTheMethodOfItsInterface() throws Exception {
        RouteTable routes = RouteTable.bind(CONTRACT, GENERATED, oneImplementationOfEach(interfaces().stream()));
        assertTrue(CONTRACT.operations().values().stream().anyMatch(operation -> !operation.isLiveEngineApi()),
                "the control API is routed too");
        for (OperationContract operation : CONTRACT.operations().values()) {
            Route route = routes.find(operation.path()).orElseThrow(() -> new AssertionError(operation.path() + " is not routed"));
            calls.clear();
            route.handler().apply(route.requestType().getDeclaredConstructor().newInstance());
            assertEquals(1, calls.size(), () -> operation.path() + " called " + calls);
            assertTrue(calls.get(0).endsWith("." + operation.operationId()), () -> operation.path() + " called " + calls);
        }
        assertFalse(routes.find("/v4/live_engine_http_srv/no_such_command").isPresent());
    }

    @TestFactory
    Stream<DynamicTest> anInterfaceWithoutAnImplementationStopsStartUpNamingItsOperations() {
        return interfaces().stream().map(missing -> dynamicTest(missing.getSimpleName(), () -> {
            String message = refusal(GENERATED, oneImplementationOfEach(interfaces().stream().filter(api -> api != missing)));
            for (RouteTable.Operation operation : GENERATED) {
                assertEquals(operation.api() == missing, message.contains(operation.path() + " "),
                        () -> operation.path() + " in: " + message);
            }
            assertTrue(message.contains("no implementation"), message);
        }));
    }

    @Test
    void twoImplementationsOfOneInterfaceStopStartUp() {
        List<Object> implementations = oneImplementationOfEach(interfaces().stream());
        implementations.add(implementationOf(GiftApi.class));
        String message = refusal(GENERATED, implementations);
        for (String path : pathsOf(GiftApi.class)) {
            assertTrue(message.contains(path + " has 2 implementations of GiftApi"), message);
        }
    }

    @Test
    void anOperationGeneratedButInNoSpecStopsStartUp() {
        String path = "/v4/live_engine_http_srv/not_in_the_spec";
        List<RouteTable.Operation> operations = new ArrayList<>(GENERATED);
        operations.add(new RouteTable.Operation(path, GiftApi.class, Object.class, (implementation, request) -> null));
        String message = refusal(operations, oneImplementationOfEach(interfaces().stream()));
        assertTrue(message.contains(path + " is generated but in no spec"), message);
    }

    @Test
    void anOperationGeneratedTwiceStopsStartUp() {
        List<RouteTable.Operation> operations = new ArrayList<>(GENERATED);
        RouteTable.Operation twice = operations.get(0);
        operations.add(twice);
        String message = refusal(operations, oneImplementationOfEach(interfaces().stream()));
        assertTrue(message.contains(twice.path() + " is generated twice"), message);
    }
}
