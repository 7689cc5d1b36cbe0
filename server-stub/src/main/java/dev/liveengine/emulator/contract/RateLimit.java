package dev.liveengine.emulator.contract;

/**
 * A documented rate limit ({@code x-rate-limit}): at most {@code requests} calls per
 * {@code periodSeconds} in {@code bucket}, answered with {@code errorCode} beyond that.
 */
public record RateLimit(String bucket, int requests, int periodSeconds, int errorCode) {
}
