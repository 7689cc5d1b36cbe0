package dev.liveengine.emulator.contract;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds an operation by the name a user gives it (in {@code --rate-limit}, fault injection, the
 * journal filter): its path, {@code service/command}, its operationId, or its bare command when the
 * spec has only one operation of that command. An ambiguous or unknown name is refused with the
 * choices, so two services' commands of the same name are never merged silently.
 */
final class OperationNames {

    private final Map<String, OperationContract> exact = new HashMap<>();
    private final Map<String, List<OperationContract>> byCommand = new HashMap<>();

    OperationNames(List<OperationContract> operations) {
        for (OperationContract operation : operations) {
            exact.put(operation.path(), operation);
            exact.put(operation.name(), operation);
            exact.put(operation.operationId(), operation);
            byCommand.merge(operation.command(), List.of(operation),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
    }

    OperationContract resolve(String name) {
        OperationContract found = exact.get(name);
        if (found != null) {
            return found;
        }
        List<OperationContract> candidates = byCommand.getOrDefault(name, List.of());
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no operation is named '" + name + "'; the operations are "
                    + namesOf(exact.values()) + ", each also known by its operationId and its path");
        }
        throw new IllegalArgumentException("'" + name + "' is the command of several operations; name one of " + namesOf(candidates));
    }

    /** The {@code service/command} names of {@code operations}, sorted and without repeats. */
    private static Set<String> namesOf(Collection<OperationContract> operations) {
        TreeSet<String> names = new TreeSet<>();
        operations.forEach(operation -> names.add(operation.name()));
        return names;
    }
}
