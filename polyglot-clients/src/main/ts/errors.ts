// Hand-written, shipped in the @live-engine/client package beside the generated client (the build
// copies src/main/ts into the package; see scripts/typescript-package.mjs).
//
// The service answers HTTP 200 even when a call fails: the outcome is the ActionStatus/ErrorCode
// envelope in the body, which the generated client returns like any other reply. These helpers turn
// a FAIL envelope into a thrown, typed LiveEngineError carrying ErrorCode, ErrorInfo and RequestId.

import { ActionStatus, type BaseResponse } from './client/models/index';
import type { Middleware, ResponseContext } from './client/runtime';

/** A call the service answered with `ActionStatus: FAIL`. */
export class LiveEngineError extends Error {
  override readonly name = 'LiveEngineError';

  constructor(
    /** The envelope's `ErrorCode`; the codes are listed in the spec (`x-error-codes`). */
    readonly errorCode: number,
    /** The envelope's `ErrorInfo`: why it failed, in the service's words. */
    readonly errorInfo: string,
    /** The envelope's `RequestId`, to quote to support; undefined when the reply had none. */
    readonly requestId: string | undefined,
    /** The command that failed, as `servicename/command` (such as `live_engine_http_srv/get_room_info`), when known. */
    readonly command?: string,
  ) {
    super(
      `${command ?? 'Live Engine call'} failed with ErrorCode ${errorCode}` +
        (errorInfo === '' ? '' : `: ${errorInfo}`) +
        (requestId === undefined ? '' : ` (RequestId ${requestId})`),
    );
    Object.setPrototypeOf(this, new.target.prototype); // instanceof across ES5 targets, as the generated errors do
  }
}

/** Whether `error` is a {@link LiveEngineError}, with the given ErrorCode when one is passed. */
export function isLiveEngineError(error: unknown, errorCode?: number): error is LiveEngineError {
  return error instanceof LiveEngineError && (errorCode === undefined || error.errorCode === errorCode);
}

/**
 * The reply itself when its ActionStatus is OK; throws a {@link LiveEngineError} for a FAIL envelope.
 * Takes the reply or the promise of one: `const room = await ok(rooms.getRoomInfo({...}))`.
 */
export async function ok<T extends BaseResponse>(reply: T | Promise<T>, command?: string): Promise<T> {
  const value = await reply;
  if (value.actionStatus === ActionStatus.Fail || value.errorCode !== 0) {
    throw new LiveEngineError(value.errorCode, value.errorInfo ?? '', value.requestId, command);
  }
  return value;
}

/**
 * A middleware for the generated Configuration that makes every call of every API class built with it
 * throw a {@link LiveEngineError} for a FAIL envelope, so that a call's result is always a success:
 *
 * ```ts
 * const configuration = new Configuration({ basePath, apiKey, middleware: [failAsError()] });
 * ```
 *
 * Replies that are not a JSON envelope, and non-2xx answers (which the generated client already throws
 * as ResponseError), are left alone.
 */
export function failAsError(): Middleware {
  return {
    async post(context: ResponseContext): Promise<Response | void> {
      if (!context.response.ok) {
        return;
      }
      let body: unknown;
      try {
        body = await context.response.json(); // the generated client hands middleware a clone: the caller's copy stays unread
      } catch {
        return;
      }
      const envelope = failEnvelope(body);
      if (envelope !== undefined) {
        throw new LiveEngineError(envelope.errorCode, envelope.errorInfo, envelope.requestId, commandOf(context.url));
      }
    },
  };
}

function failEnvelope(body: unknown): { errorCode: number; errorInfo: string; requestId: string | undefined } | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const fields = body as Record<string, unknown>;
  const status = fields['ActionStatus'];
  const code = fields['ErrorCode'];
  if (status !== ActionStatus.Fail && !(typeof code === 'number' && code !== 0)) {
    return undefined;
  }
  const info = fields['ErrorInfo'];
  const requestId = fields['RequestId'];
  return {
    errorCode: typeof code === 'number' ? code : Number.NaN,
    errorInfo: typeof info === 'string' ? info : '',
    requestId: typeof requestId === 'string' ? requestId : undefined,
  };
}

/** `servicename/command` from a request URL such as `https://host/v4/live_engine_http_srv/get_room_info?...`. */
function commandOf(url: string): string | undefined {
  try {
    const match = /\/v4\/([^/]+\/[^/]+)$/.exec(new URL(url).pathname);
    return match?.[1];
  } catch {
    return undefined;
  }
}
