package dev.liveengine.emulator.pipeline;

import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.server.api.Operations;
import dev.liveengine.server.model.BaseResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Binds each operation of the specs to the one object that implements its tag interface. Built once
 * at start-up, it refuses to exist when an operation of a spec has no implementation, when two
 * objects implement the same interface, or when the generated operation tables and the specs
 * disagree.
 */
public final class RouteTable {

    /**
     * A generated operation, whichever generated table it comes from: its path, the interface that
     * declares it, its request type, and how to call it on an implementation of that interface.
     */
    public record Operation(String path, Class<?> api, Class<?> requestType, BiFunction<Object, Object, BaseResponse> call) {
    }

    private final Map<String, Route> byPath;

    private RouteTable(Map<String, Route> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** Both generated operation tables, the Live Engine API's and the control API's, in one form. */
    public static List<Operation> generatedOperations() {
        return Stream.concat(
                Operations.all().stream().map(op -> new Operation(op.path(), op.api(), op.requestType(), op::call)),
                dev.liveengine.server.control.Operations.all().stream()
                        .map(op -> new Operation(op.path(), op.api(), op.requestType(), op::call)))
                .toList();
    }

    /** Routes every operation of {@code contract} to the single implementation of its interface. */
    public static RouteTable bind(SpecContract contract, List<Operation> operations, List<Object> implementations) {
        Map<String, Route> byPath = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations) {
            List<Object> candidates = implementations.stream().filter(operation.api()::isInstance).toList();
            Optional<OperationContract> described = contract.operation(operation.path());
            if (described.isEmpty()) {
                problems.add(operation.path() + " is generated but in no spec");
            } else if (candidates.size() != 1) {
                problems.add(operation.path() + " has " + candidates.size() + " implementations of " + operation.api().getSimpleName());
            } else {
                Object implementation = candidates.get(0);
                Route route = new Route(described.get(), operation.requestType(), request -> operation.call().apply(implementation, request));
                if (byPath.put(operation.path(), route) != null) {
                    problems.add(operation.path() + " is generated twice");
                }
            }
        }
        TreeSet<String> unrouted = new TreeSet<>(contract.operations().keySet());
        unrouted.removeAll(byPath.keySet());
        unrouted.forEach(path -> problems.add(path + " is in a spec but has no implementation"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the emulator cannot serve the specs: " + problems);
        }
        return new RouteTable(byPath);
    }

    public Optional<Route> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
