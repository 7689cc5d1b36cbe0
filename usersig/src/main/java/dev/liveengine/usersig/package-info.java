/**
 * Tencent TLSSigAPIv2 "UserSig" tokens: {@link dev.liveengine.usersig.UserSigSigner} issues them
 * (the Java client needs one for every REST call) and {@link dev.liveengine.usersig.UserSigVerifier}
 * checks them (the server emulator has to reject exactly what the real service rejects).
 *
 * <p>A UserSig is a small JSON document carrying the SDKAppID, the user identifier, the issue time
 * and the validity, plus an HMAC-SHA256 over those fields keyed with the application's secret key.
 * The JSON is zlib-compressed and Base64-encoded with three characters swapped so that the result
 * can travel in a URL query string.
 */
package dev.liveengine.usersig;
