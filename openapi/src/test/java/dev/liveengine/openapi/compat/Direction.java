package dev.liveengine.openapi.compat;

/**
 * Which way data flows through a schema. It decides what counts as breaking: a client writes
 * requests, so a request that accepts less breaks it; a client reads responses, so a response that
 * may carry more (or less) than it promised breaks it.
 */
enum Direction {
    REQUEST, RESPONSE
}
