// Hand-written, shipped in the @live-engine/client package as `@live-engine/client/webhooks`
// (Node.js only: it uses node:crypto). The build copies it beside the generated client.
//
// The service posts each event to the app's webhook address with the query parameters SdkAppid and
// CallbackCommand and, while signing is on (set_callback_token), Sign and RequestTime:
//   Sign = lowercase hex SHA-256 of (token + RequestTime), RequestTime in Unix seconds.
// verifyWebhook checks those (Sign in constant time, RequestTime within 60 s of this clock, SdkAppid
// the app's own); parseWebhookEvent turns the body into the generated model of its CallbackCommand.
// Framework-neutral: give it the request URL and the raw body, from node:http, Express, Fastify, ...

import { createHash, timingSafeEqual } from 'node:crypto';
import {
  ActionStatus,
  AfterChangeOwnerEventFromJSON,
  AfterCreateBattleEventFromJSON,
  AfterCreateRoomEventFromJSON,
  AfterCreateRoomReachingThresholdEventFromJSON,
  AfterDelMetadataEventFromJSON,
  AfterDestroyRoomEventFromJSON,
  AfterEndBattleEventFromJSON,
  AfterFollowAddEventFromJSON,
  AfterFollowDeleteEventFromJSON,
  AfterMemberStateChangedEventFromJSON,
  AfterModifyAdminEventFromJSON,
  AfterSeatInfoChangedEventFromJSON,
  AfterSendMsgEventFromJSON,
  AfterSetMetadataEventFromJSON,
  AfterStartBattleEventFromJSON,
  AfterUpdateRoomInfoEventFromJSON,
  BeforeSendGiftEventFromJSON,
  BeforeSendMsgEventFromJSON,
  CallbackCommand,
  type WebhookReply,
  WebhookReplyToJSON,
} from './client/models/index';

/** How far RequestTime may be from this server's clock, either way, as the docs require. */
export const WEBHOOK_MAX_SKEW_SECONDS = 60;

/** Every command word that is an event; `Live.CallbackBeforeCallBackNotBlock` is a switch, not an event. */
export type WebhookCommand = Exclude<CallbackCommand, typeof CallbackCommand.LiveCallbackBeforeCallBackNotBlock>;

// One parser per event: the generated model's FromJSON. Typed against the generated CallbackCommand
// enum, so that a webhook added to the spec does not compile until it is listed here.
const parsers = {
  [CallbackCommand.LiveCallbackAfterCreateRoom]: AfterCreateRoomEventFromJSON,
  [CallbackCommand.LiveCallbackAfterDestroyRoom]: AfterDestroyRoomEventFromJSON,
  [CallbackCommand.LiveCallbackAfterUpdateRoomInfo]: AfterUpdateRoomInfoEventFromJSON,
  [CallbackCommand.LiveCallbackAfterSetMetadata]: AfterSetMetadataEventFromJSON,
  [CallbackCommand.LiveCallbackAfterDelMetadata]: AfterDelMetadataEventFromJSON,
  [CallbackCommand.LiveCallbackAfterCreateRoomReachingThreshold]: AfterCreateRoomReachingThresholdEventFromJSON,
  [CallbackCommand.LiveCallbackAfterMemberStateChanged]: AfterMemberStateChangedEventFromJSON,
  [CallbackCommand.LiveCallbackAfterChangeOwner]: AfterChangeOwnerEventFromJSON,
  [CallbackCommand.LiveCallbackAfterModifyAdmin]: AfterModifyAdminEventFromJSON,
  [CallbackCommand.MicCallbackAfterSeatInfoChanged]: AfterSeatInfoChangedEventFromJSON,
  [CallbackCommand.LiveCallbackAfterCreateBattle]: AfterCreateBattleEventFromJSON,
  [CallbackCommand.LiveCallbackAfterStartBattle]: AfterStartBattleEventFromJSON,
  [CallbackCommand.LiveCallbackAfterEndBattle]: AfterEndBattleEventFromJSON,
  [CallbackCommand.LiveCallbackBeforeSendGift]: BeforeSendGiftEventFromJSON,
  [CallbackCommand.GroupCallbackBeforeSendMsg]: BeforeSendMsgEventFromJSON,
  [CallbackCommand.GroupCallbackAfterSendMsg]: AfterSendMsgEventFromJSON,
  [CallbackCommand.FollowCallbackAfterFollowAdd]: AfterFollowAddEventFromJSON,
  [CallbackCommand.FollowCallbackAfterFollowDelete]: AfterFollowDeleteEventFromJSON,
} satisfies { [K in WebhookCommand]: (json: unknown) => { callbackCommand: K } };

/** The generated model of each event, by command word: `WebhookEvents['Live.CallbackAfterCreateRoom']` is AfterCreateRoomEvent. */
export type WebhookEvents = { [K in WebhookCommand]: ReturnType<(typeof parsers)[K]> };

/** An event with its command word; switch on `command` and TypeScript knows the model of `event`. */
export type WebhookEvent = { [K in WebhookCommand]: { command: K; event: WebhookEvents[K] } }[WebhookCommand];

/** Why a webhook request was refused. */
export type WebhookRejection =
  | 'unsigned' // no Sign or RequestTime although a token is configured
  | 'bad-signature' // Sign is not SHA-256(token + RequestTime)
  | 'stale' // RequestTime is not a number of seconds within the allowed skew of this clock
  | 'wrong-app' // SdkAppid is not this app's
  | 'unknown-command' // CallbackCommand is missing or names no event
  | 'bad-body'; // the body is not a JSON object of the event CallbackCommand names

export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';

  constructor(
    readonly reason: WebhookRejection,
    message: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export interface WebhookVerifierOptions {
  /** The signing token set with set_callback_token. */
  token: string;
  /** This app's SDKAppID: a request for another app is refused. */
  sdkAppId: number | string;
  /** Allowed distance of RequestTime from `now`, in seconds; {@link WEBHOOK_MAX_SKEW_SECONDS} by default. */
  maxSkewSeconds?: number;
  /** The clock, in milliseconds since the epoch; Date.now by default. */
  now?: () => number;
}

/** The Sign the service sends for `token` at `requestTime` (Unix seconds): lowercase hex SHA-256 of the two, concatenated. */
export function webhookSign(token: string, requestTime: number | string): string {
  return createHash('sha256').update(`${token}${requestTime}`, 'utf8').digest('hex');
}

/**
 * Checks the query of a webhook request: SdkAppid is this app's, RequestTime is within the allowed skew
 * and Sign matches (compared in constant time). Throws a {@link WebhookVerificationError} otherwise.
 *
 * @param query the request's query: its URL (absolute, or the path and query as node:http gives it), or the parameters
 */
export function verifyWebhook(query: string | URL | URLSearchParams, options: WebhookVerifierOptions): void {
  const parameters = queryOf(query);
  const sdkAppId = parameters.get('SdkAppid');
  if (sdkAppId === null || sdkAppId !== String(options.sdkAppId)) {
    throw new WebhookVerificationError('wrong-app', `SdkAppid ${sdkAppId ?? '(missing)'} is not this app's`);
  }
  const sign = parameters.get('Sign');
  const requestTime = parameters.get('RequestTime');
  if (sign === null || requestTime === null) {
    throw new WebhookVerificationError('unsigned', 'the request carries no Sign and RequestTime');
  }
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  const maxSkew = options.maxSkewSeconds ?? WEBHOOK_MAX_SKEW_SECONDS;
  if (!/^\d{1,15}$/.test(requestTime) || Math.abs(nowSeconds - Number(requestTime)) > maxSkew) {
    throw new WebhookVerificationError('stale', `RequestTime ${requestTime} is more than ${maxSkew} s away from ${nowSeconds}`);
  }
  const expected = Buffer.from(webhookSign(options.token, requestTime), 'utf8');
  const given = Buffer.from(sign.toLowerCase(), 'utf8');
  // the length of a SHA-256 hex digest is no secret; the comparison of the digits is constant-time
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new WebhookVerificationError('bad-signature', 'Sign does not match the token and RequestTime');
  }
}

/** Whether `command` is the command word of an event this package knows. */
export function isWebhookCommand(command: string | null | undefined): command is WebhookCommand {
  return command != null && Object.prototype.hasOwnProperty.call(parsers, command);
}

/**
 * The event in a webhook body, as the generated model of `command`. Throws a
 * {@link WebhookVerificationError} when the command is unknown or the body is not its event.
 *
 * @param body the raw body text, or JSON already parsed
 */
export function parseWebhookEvent(command: string, body: string | unknown): WebhookEvent {
  if (!isWebhookCommand(command)) {
    throw new WebhookVerificationError('unknown-command', `${command} is not a webhook event`);
  }
  let json: unknown = body;
  if (typeof body === 'string') {
    try {
      json = JSON.parse(body);
    } catch {
      throw new WebhookVerificationError('bad-body', 'the body is not JSON');
    }
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new WebhookVerificationError('bad-body', 'the body is not a JSON object');
  }
  if ((json as Record<string, unknown>)['CallbackCommand'] !== command) {
    throw new WebhookVerificationError('bad-body', `the body's CallbackCommand is not ${command}`);
  }
  const parse: (json: unknown) => WebhookEvent['event'] = parsers[command];
  return { command, event: parse(json) } as WebhookEvent;
}

/**
 * Verifies a webhook request ({@link verifyWebhook}) and parses its body ({@link parseWebhookEvent})
 * into the generated model of the CallbackCommand its URL names.
 */
export function readWebhook(url: string | URL, body: string | unknown, options: WebhookVerifierOptions): WebhookEvent {
  const parameters = queryOf(url);
  verifyWebhook(parameters, options);
  return parseWebhookEvent(parameters.get('CallbackCommand') ?? '', body);
}

/**
 * The JSON to answer with (HTTP 200). `ErrorCode` 0 acknowledges an "After" event and lets a "Before"
 * event's gift or message through; for a "Before" event other codes are the verdict, such as 1 (refuse)
 * or a code of your own from 102100 to 102200 for a gift (see each webhook in the spec). `ActionStatus`
 * stays OK, as in the vendor's samples: the request was handled, the verdict is the code.
 */
export function webhookReply(errorCode = 0, errorInfo = ''): Record<string, unknown> {
  const reply: WebhookReply = { actionStatus: ActionStatus.Ok, errorCode, errorInfo };
  // the generated ToJSON is typed as returning the model, though it returns the wire form (PascalCase)
  return WebhookReplyToJSON(reply) as unknown as Record<string, unknown>;
}

function queryOf(query: string | URL | URLSearchParams): URLSearchParams {
  if (query instanceof URLSearchParams) {
    return query;
  }
  return new URL(query, 'http://webhook.invalid').searchParams; // a relative request target gets a base; an absolute URL keeps its own
}
