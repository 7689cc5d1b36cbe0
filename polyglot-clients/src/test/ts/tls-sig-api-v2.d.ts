// Types for Tencent's UserSig signer (npm package tls-sig-api-v2, plain CommonJS without its own types),
// as much of it as the scenario uses.
declare module 'tls-sig-api-v2' {
  export class Api {
    /** @param sdkappid the app's SDKAppID; @param key the app's secret key */
    constructor(sdkappid: number, key: string);
    /** A UserSig for `userid`, valid for `expire` seconds from now. */
    genUserSig(userid: string, expire: number): string;
  }
}
