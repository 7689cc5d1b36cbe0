package dev.liveengine.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.auth.Authenticator;
import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.server.model.ActionStatus;
import dev.liveengine.server.model.BaseResponse;
import java.io.IOException;
import java.util.Deque;
import java.util.Map;

/**
 * Takes one HTTP request through the steps the service applies, in its order: route, method,
 * credentials, query parameters, rate limit, body, then the command itself. Whatever happens, the
 * answer is an envelope: a refusal becomes {@code FAIL} with the documented code, and even a bug in
 * the emulator becomes a FAIL 100001 rather than an HTTP 500.
 */
final class CommandPipeline {

    private final SpecContract contract;
    private final CommandTable commands;
    private final Object implementation;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final ObjectMapper json;
    private final RequestIds requestIds = new RequestIds();

    CommandPipeline(SpecContract contract, CommandTable commands, Object implementation, Authenticator authenticator,
                    RateLimiter rateLimiter, ObjectMapper json) {
        this.contract = contract;
        this.commands = commands;
        this.implementation = implementation;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.json = json;
    }

    BaseResponse handle(String method, String path, Map<String, Deque<String>> query, byte[] body) {
        try {
            return process(method, path, query, body)
                    .actionStatus(ActionStatus.OK).errorCode(0).errorInfo("").requestId(requestIds.next());
        } catch (ServiceException refusal) {
            return fail(refusal.errorCode(), refusal.errorInfo());
        } catch (RuntimeException bug) {
            System.err.println("[emulator] internal error on " + path + ": " + bug);
            return fail(100001, "internal error in the emulator; please report it");
        }
    }

    BaseResponse fail(int errorCode, String errorInfo) {
        return new BaseResponse().actionStatus(ActionStatus.FAIL).errorCode(errorCode).errorInfo(errorInfo)
                .requestId(requestIds.next());
    }

    private BaseResponse process(String method, String path, Map<String, Deque<String>> query, byte[] body) {
        OperationContract operation = contract.operation(path)
                .orElseThrow(() -> new ServiceException(60009, "no such service or command: " + path));
        CommandTable.Command command = commands.find(path).orElseThrow();
        if (!"POST".equals(method)) {
            throw new ServiceException(60002, "use POST; " + method + " is not accepted");
        }
        authenticator.authenticate(query);
        operation.checkQuery(query);
        rateLimiter.acquire(operation.command(), operation.rateLimit());
        JsonNode tree = parse(body);
        operation.checkBody(tree);
        Object request;
        try {
            request = json.treeToValue(tree, command.bodyType());
        } catch (JsonProcessingException e) {
            throw new ServiceException(100002, "the request body does not match " + operation.command());
        }
        return (BaseResponse) command.invoke(implementation, query, request);
    }

    private JsonNode parse(byte[] body) {
        if (body == null) {
            throw new ServiceException(60002, "the request body could not be read (at most " + LiveEngineEmulator.MAX_BODY_BYTES + " bytes are accepted)");
        }
        if (body.length == 0) {
            throw new ServiceException(60003, "the request body is empty; send {} when a command takes no input");
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw new ServiceException(60003, "the request body is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new ServiceException(60003, "the request body must be a JSON object");
        }
        return tree;
    }
}
