package dev.liveengine.emulator.pipeline;

import dev.liveengine.emulator.contract.OperationContract;
import dev.liveengine.server.model.BaseResponse;
import java.util.function.Function;

/**
 * Where a request for one operation goes: what the spec says of it, the type its body is read
 * into, and the implementation's method, already bound to the object that implements it.
 */
public record Route(OperationContract contract, Class<?> requestType, Function<Object, BaseResponse> handler) {
}
