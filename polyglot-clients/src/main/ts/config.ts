// Hand-written, shipped in the @live-engine/client package beside the generated client.
//
// One Configuration per app administrator: the three credentials are set here once and every call of
// every API class built with it carries them; FAIL envelopes are thrown as LiveEngineError.

import { ContentType } from './client/models/index';
import { Configuration, type FetchAPI, type Middleware } from './client/runtime';
import { failAsError } from './errors';

export interface LiveEngineCredentials {
  /** Where the service is: a regional endpoint such as `https://adminapisgp.im.qcloud.com`, or an emulator. */
  basePath: string;
  /** The app's SDKAppID. */
  sdkAppId: number | string;
  /** An App administrator account, such as `administrator`. */
  identifier: string;
  /**
   * The administrator's UserSig, signed on your server with the app's secret key (for example with
   * Tencent's `tls-sig-api-v2` package), or a function giving the current one, so that a UserSig can be
   * renewed before it expires without building new API objects.
   */
  userSig: string | (() => string | Promise<string>);
  /** Throw a LiveEngineError for every FAIL envelope (the default); false returns FAIL replies like any other. */
  throwOnFail?: boolean;
  /** More middleware, run after the FAIL check. */
  middleware?: Middleware[];
  /** Another fetch, such as one with a timeout or a proxy; the platform's by default. */
  fetchApi?: FetchAPI;
}

/** A Configuration for the generated API classes, with the credentials set once. */
export function liveEngineConfiguration(options: LiveEngineCredentials): Configuration {
  const fixed: Readonly<Record<string, string>> = {
    sdkappid: String(options.sdkAppId),
    identifier: options.identifier,
  };
  const userSig = options.userSig;
  return new Configuration({
    basePath: options.basePath.replace(/\/+$/, ''),
    // the client asks for each apiKey security scheme by the name of its query parameter
    apiKey: async (name: string): Promise<string> => {
      if (name === 'usersig') {
        return typeof userSig === 'function' ? await userSig() : userSig;
      }
      const value = fixed[name];
      if (value === undefined) {
        throw new Error(`the client asked for an unknown credential "${name}"`);
      }
      return value;
    },
    middleware: [...(options.throwOnFail === false ? [] : [failAsError()]), ...(options.middleware ?? [])],
    ...(options.fetchApi === undefined ? {} : { fetchApi: options.fetchApi }),
  });
}

/**
 * The two parameters every operation takes besides its body: a fresh `random` in 0..4294967295 and
 * `contenttype` json. Spread them into each call: `rooms.getRoomInfo({ ...perCall(), getRoomInfoRequest })`.
 */
export function perCall(): { random: number; contenttype: ContentType } {
  return { random: random32(), contenttype: ContentType.Json };
}

function random32(): number {
  const webCrypto = (globalThis as { crypto?: { getRandomValues?<T extends ArrayBufferView>(array: T): T } }).crypto;
  if (webCrypto?.getRandomValues !== undefined) {
    return webCrypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  }
  return Math.floor(Math.random() * 0x1_0000_0000);
}
