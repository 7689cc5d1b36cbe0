// Checks of the webhook helper of @live-engine/client/webhooks without a server: the documented
// signature vector, the 60-second window, tampering, another app's request, and the parsing of every
// webhook's sample event (as the spec prints it) into its generated model.
//
// TypeScriptWebhookHelperTest runs it with WEBHOOK_EXAMPLES, the path of a JSON object that maps each
// command word of the spec's x-webhooks to its recorded sample body. Prints "VECTOR PASSED" at the end;
// a failed check prints "VECTOR FAILED: <why>" and sets a non-zero exit code.

import { readFileSync } from 'node:fs';
import {
  isWebhookCommand,
  parseWebhookEvent,
  readWebhook,
  verifyWebhook,
  WEBHOOK_MAX_SKEW_SECONDS,
  webhookReply,
  webhookSign,
  WebhookVerificationError,
  type WebhookRejection,
} from '@live-engine/client/webhooks';

class VectorFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new VectorFailure(message);
  }
}

function rejected(what: string, reason: WebhookRejection, attempt: () => unknown): void {
  try {
    attempt();
  } catch (error) {
    check(error instanceof WebhookVerificationError, `${what}: expected a WebhookVerificationError, got ${String(error)}`);
    check(error.reason === reason, `${what}: expected the reason ${reason}, got ${error.reason} (${error.message})`);
    console.log(`${what}: refused (${reason})`);
    return;
  }
  throw new VectorFailure(`${what}: accepted, expected a refusal (${reason})`);
}

// The docs' verified example: token xxxxyyyy, RequestTime 1669872112.
const TOKEN = 'xxxxyyyy';
const REQUEST_TIME = 1669872112;
const SIGN = '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061';
const SDKAPPID = 1400000000;

function query(overrides: Record<string, string | null> = {}): URLSearchParams {
  const parameters = new URLSearchParams({
    SdkAppid: String(SDKAPPID),
    CallbackCommand: 'Live.CallbackAfterCreateRoom',
    contenttype: 'json',
    ClientIP: '127.0.0.1',
    OptPlatform: 'RESTAPI',
    Sign: SIGN,
    RequestTime: String(REQUEST_TIME),
  });
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) {
      parameters.delete(name);
    } else {
      parameters.set(name, value);
    }
  }
  return parameters;
}

/** The verifier's options with its clock `offsetSeconds` away from the vector's RequestTime. */
function at(offsetSeconds: number, token = TOKEN) {
  return { token, sdkAppId: SDKAPPID, now: () => (REQUEST_TIME + offsetSeconds) * 1000 };
}

function main(): void {
  // the vector
  check(webhookSign(TOKEN, REQUEST_TIME) === SIGN, `webhookSign(${TOKEN}, ${REQUEST_TIME}) is ${webhookSign(TOKEN, REQUEST_TIME)}`);
  check(webhookSign(TOKEN, String(REQUEST_TIME)) === SIGN, 'webhookSign with RequestTime as text differs');
  console.log(`vector: Sign = sha256("${TOKEN}${REQUEST_TIME}") = ${SIGN}`);

  // accepted within the window, either way, up to its edge
  check(WEBHOOK_MAX_SKEW_SECONDS === 60, 'the window is not 60 s');
  for (const offset of [0, 1, -1, 59, -59, 60, -60]) {
    verifyWebhook(query(), at(offset));
  }
  verifyWebhook(query({ Sign: SIGN.toUpperCase() }), at(0)); // hex digits in either case
  verifyWebhook(`/webhook?${query().toString()}`, at(0)); // the request target as node:http gives it
  verifyWebhook(new URL(`https://app.example.com/webhook?${query().toString()}`), at(0));
  console.log('vector: accepted at 0 and up to 60 s either way');

  // refused
  rejected('61 s later', 'stale', () => verifyWebhook(query(), at(61)));
  rejected('61 s earlier', 'stale', () => verifyWebhook(query(), at(-61)));
  rejected('an hour later (a replay)', 'stale', () => verifyWebhook(query(), at(3600)));
  const replayedLater = REQUEST_TIME + 3600;
  rejected('RequestTime moved without re-signing', 'bad-signature', () =>
    verifyWebhook(query({ RequestTime: String(replayedLater) }), { token: TOKEN, sdkAppId: SDKAPPID, now: () => replayedLater * 1000 }),
  );
  rejected('RequestTime not a number', 'stale', () => verifyWebhook(query({ RequestTime: '1669872112.0' }), at(0)));
  const tampered = (SIGN.startsWith('0') ? '1' : '0') + SIGN.slice(1);
  rejected('a tampered Sign', 'bad-signature', () => verifyWebhook(query({ Sign: tampered }), at(0)));
  rejected('a truncated Sign', 'bad-signature', () => verifyWebhook(query({ Sign: SIGN.slice(0, 63) }), at(0)));
  rejected('an empty Sign', 'bad-signature', () => verifyWebhook(query({ Sign: '' }), at(0)));
  rejected('another token', 'bad-signature', () => verifyWebhook(query(), at(0, 'xxxxyyyz')));
  rejected('no Sign', 'unsigned', () => verifyWebhook(query({ Sign: null }), at(0)));
  rejected('no RequestTime', 'unsigned', () => verifyWebhook(query({ RequestTime: null }), at(0)));
  rejected('another app', 'wrong-app', () => verifyWebhook(query({ SdkAppid: '1400000001' }), at(0)));
  rejected('no SdkAppid', 'wrong-app', () => verifyWebhook(query({ SdkAppid: null }), at(0)));

  // every webhook of the spec: its sample parses into its generated model, with its command word
  const examplesFile = process.env['WEBHOOK_EXAMPLES'];
  check(examplesFile !== undefined && examplesFile !== '', 'WEBHOOK_EXAMPLES is not set');
  const examples = JSON.parse(readFileSync(examplesFile, 'utf8')) as Record<string, unknown>;
  const commands = Object.keys(examples);
  check(commands.length > 0, 'WEBHOOK_EXAMPLES holds no webhook');
  for (const command of commands) {
    check(isWebhookCommand(command), `the helper does not know the webhook ${command}`);
    const sample = examples[command];
    const parsed = parseWebhookEvent(command, JSON.stringify(sample));
    check(parsed.command === command && parsed.event.callbackCommand === command, `${command}: parsed as ${parsed.command}`);
    check(parseWebhookEvent(command, sample).command === command, `${command}: parsing already-parsed JSON differs`);
  }
  console.log(`parsed the sample of each of the ${commands.length} webhooks into its generated model`);

  // readWebhook: verified and parsed together; the typed event of the vector's command
  const body = JSON.stringify(examples['Live.CallbackAfterCreateRoom']);
  const read = readWebhook(`/webhook?${query().toString()}`, body, at(0));
  check(read.command === 'Live.CallbackAfterCreateRoom', `readWebhook: ${read.command}`);
  if (read.command === 'Live.CallbackAfterCreateRoom') {
    check(read.event.roomInfo.roomId !== '', 'readWebhook: AfterCreateRoomEvent without RoomInfo.RoomId');
  }
  rejected('a body of another command', 'bad-body', () =>
    readWebhook(`/webhook?${query({ CallbackCommand: 'Live.CallbackAfterDestroyRoom' }).toString()}`, body, at(0)),
  );
  rejected('a command that is no event', 'unknown-command', () =>
    readWebhook(`/webhook?${query({ CallbackCommand: 'Live.CallbackBeforeCallBackNotBlock' }).toString()}`, body, at(0)),
  );
  rejected('a body that is not JSON', 'bad-body', () => readWebhook(`/webhook?${query().toString()}`, '{"CallbackCommand":', at(0)));
  rejected('a tampered Sign, through readWebhook', 'bad-signature', () =>
    readWebhook(`/webhook?${query({ Sign: tampered }).toString()}`, body, at(0)),
  );

  // the answers
  const allow = JSON.stringify(webhookReply());
  check(allow === '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0}', `webhookReply(): ${allow}`);
  const refuse = JSON.stringify(webhookReply(102101, 'insufficient balance'));
  check(refuse === '{"ActionStatus":"OK","ErrorInfo":"insufficient balance","ErrorCode":102101}', `webhookReply(102101): ${refuse}`);
  console.log('VECTOR PASSED');
}

try {
  main();
} catch (error) {
  console.error(`VECTOR FAILED: ${error instanceof VectorFailure ? error.message : String(error)}`);
  process.exitCode = 1;
}
