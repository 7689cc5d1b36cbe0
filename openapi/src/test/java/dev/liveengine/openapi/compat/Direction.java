package dev.liveengine.openapi.compat;

/**
 * Which way data flows through a schema. It decides what counts as breaking: a client writes
 * requests, so a request that accepts less breaks it; a client reads responses, so a response that
 * may carry more (or less) than it promised breaks it.
 *
 * <p>Webhooks reverse the roles. The service sends the event, with its query parameters, and the
 * app's server reads it, so an event is compared as a {@link #RESPONSE} (removing or retyping a
 * field the service sends, or adding an enum value, breaks receivers); the app's server writes the
 * answer and the service reads it, so an answer is compared as a {@link #REQUEST}.
 */
enum Direction {
    REQUEST, RESPONSE
}
