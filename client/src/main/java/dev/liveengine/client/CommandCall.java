package dev.liveengine.client;

/** One call of a generated Feign API method, deferred so that it can be retried. */
@FunctionalInterface
public interface CommandCall<T> {
    T execute();
}
