// Smoke test of the generated typescript-fetch client against a running Live Engine emulator.
//
// TypeScriptClientSmokeTest starts the emulator, seeds it and runs this script with Node, passing
// everything through environment variables:
//   LIVE_ENGINE_BASE_URL, LIVE_ENGINE_SDKAPPID, LIVE_ENGINE_IDENTIFIER, LIVE_ENGINE_USERSIG
//   SMOKE_SEEDED_GIFT_ID, SMOKE_SEEDED_GIFT_COINS   a gift the emulator already holds
//   SMOKE_MIX_ROOM                                  a room that has a stream-mixing task
// The UserSig is a credential: it is never printed, not even when a check fails.
// Any failed check sets a non-zero exit code and prints "SMOKE FAILED: <why>".

import {
  ActionStatus,
  type BaseResponse,
  Configuration,
  ContentType,
  GiftApi,
  MixStreamApi,
  type RequestContext,
} from '../../../target/generated-sources/typescript/src/index';

class SmokeFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new SmokeFailure(message);
  }
}

function required(name: string): string {
  const value = process.env[name];
  check(value !== undefined && value !== '', `environment variable ${name} is not set`);
  return value;
}

/** A fresh unsigned 32-bit number per request, as the service expects for `random`. */
function random32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** The parameters every call shares; the credentials are not among them, the configuration adds those. */
function common(): { random: number; contenttype: ContentType } {
  return { random: random32(), contenttype: ContentType.Json };
}

function expectOk(command: string, reply: BaseResponse): void {
  check(
    reply.actionStatus === ActionStatus.Ok && reply.errorCode === 0,
    `${command}: expected ActionStatus OK and ErrorCode 0, got ${reply.actionStatus} ${reply.errorCode} ` +
      `(${reply.errorInfo ?? 'no ErrorInfo'}, RequestId ${reply.requestId ?? 'none'})`,
  );
  console.log(`${command}: OK (RequestId ${reply.requestId ?? 'none'})`);
}

async function main(): Promise<void> {
  const baseUrl = required('LIVE_ENGINE_BASE_URL');
  const credentials: Readonly<Record<string, string>> = {
    sdkappid: required('LIVE_ENGINE_SDKAPPID'),
    identifier: required('LIVE_ENGINE_IDENTIFIER'),
    usersig: required('LIVE_ENGINE_USERSIG'),
  };
  const seededGiftId = required('SMOKE_SEEDED_GIFT_ID');
  const seededGiftCoins = Number(required('SMOKE_SEEDED_GIFT_COINS'));
  const mixRoom = required('SMOKE_MIX_ROOM');
  check(Number.isSafeInteger(seededGiftCoins), 'SMOKE_SEEDED_GIFT_COINS is not an integer');

  // Every URL the client requests, to check afterwards what went on the wire.
  const sent: URL[] = [];

  // One configuration, credentials set once: the client asks for each apiKey security scheme by
  // the name of its query parameter (sdkappid, identifier, usersig).
  const configuration = new Configuration({
    basePath: baseUrl,
    apiKey: (parameter: string): string => {
      const value = credentials[parameter];
      check(value !== undefined, `the client asked for an unknown credential "${parameter}"`);
      return value;
    },
    middleware: [
      {
        pre: async (context: RequestContext) => {
          sent.push(new URL(context.url));
        },
      },
    ],
  });
  const gifts = new GiftApi(configuration);
  const mixing = new MixStreamApi(configuration);

  const room = 'smoke-room';
  const addedGift = { giftId: 'smoke-lily', coins: 7 };

  // Gift: configure a gift, send it and the seeded one, then read the room's statistics.
  expectOk(
    'addGift',
    await gifts.addGift({
      ...common(),
      addGiftRequest: { giftId: addedGift.giftId, coins: addedGift.coins, defaultName: 'Lily' },
    }),
  );
  expectOk(
    'sendGift (added gift)',
    await gifts.sendGift({
      ...common(),
      sendGiftRequest: { roomId: room, giftId: addedGift.giftId, fromAccount: 'alice', receiverListAccount: ['bob'] },
    }),
  );
  expectOk(
    'sendGift (seeded gift x2)',
    await gifts.sendGift({
      ...common(),
      sendGiftRequest: {
        roomId: room,
        giftId: seededGiftId,
        count: 2,
        fromAccount: 'carol',
        receiverListAccount: ['bob'],
      },
    }),
  );

  // A FAIL envelope reaches the caller as a typed reply (the service answers HTTP 200), not as an
  // exception: sending a gift that is not configured.
  const unknown = await gifts.sendGift({
    ...common(),
    sendGiftRequest: { roomId: room, giftId: 'no-such-gift', fromAccount: 'alice', receiverListAccount: ['bob'] },
  });
  check(
    unknown.actionStatus === ActionStatus.Fail && unknown.errorCode === 102002,
    `sendGift of an unknown gift: expected ActionStatus FAIL with ErrorCode 102002, got ` +
      `${unknown.actionStatus} ${unknown.errorCode} (${unknown.errorInfo ?? 'no ErrorInfo'})`,
  );
  console.log(`sendGift (unknown gift): FAIL ${unknown.errorCode} as expected (${unknown.errorInfo ?? ''})`);

  const count = await gifts.getGiftCount({ ...common(), getGiftCountRequest: { roomId: room, fromAccount: 'alice' } });
  expectOk('getGiftCount', count);
  const statistics = count.response;
  check(statistics !== undefined, 'getGiftCount: the reply has no Response');
  const expectedCount = 1 + 2;
  const expectedCoins = addedGift.coins + 2 * seededGiftCoins;
  check(
    statistics.totalCount === expectedCount && statistics.totalCoins === expectedCoins,
    `getGiftCount: expected TotalCount ${expectedCount} and TotalCoins ${expectedCoins} ` +
      `(the failed send must not count), got ${statistics.totalCount} and ${statistics.totalCoins}`,
  );
  check(statistics.giftSenderCount === 2, `getGiftCount: expected 2 distinct senders, got ${statistics.giftSenderCount}`);
  console.log(`getGiftCount: TotalCount ${statistics.totalCount}, TotalCoins ${statistics.totalCoins}`);

  // MixStream: resume the seeded room's mixing task.
  expectOk('resumeMcuTask', await mixing.resumeMcuTask({ ...common(), resumeMcuTaskRequest: { roomId: mixRoom } }));

  // What went on the wire: credentials on every request, a fresh random each time, contenttype json.
  check(sent.length === 6, `expected 6 requests, the client sent ${sent.length}`);
  const randoms = new Set<string>();
  for (const url of sent) {
    const query = url.searchParams;
    const where = `request to ${url.pathname}`;
    for (const [name, value] of Object.entries(credentials)) {
      // compared, never printed
      check(query.get(name) === value, `${where}: query parameter ${name} is missing or not the configured value`);
    }
    check(query.get('contenttype') === 'json', `${where}: contenttype is ${query.get('contenttype')}, not json`);
    const random = query.get('random') ?? '';
    check(/^\d+$/.test(random) && Number(random) <= 4294967295, `${where}: random "${random}" is not in 0..4294967295`);
    randoms.add(random);
  }
  check(randoms.size === sent.length, `random repeated across requests: ${sent.length} requests, ${randoms.size} values`);
  console.log(`${sent.length} requests: credentials from one Configuration, fresh random, contenttype json`);
  console.log('SMOKE PASSED');
}

/** An error and its chain of causes, e.g. the client's FetchError and the network error behind it. */
function describe(error: unknown): string {
  let text = String(error);
  for (let cause = error instanceof Error ? error.cause : undefined; cause !== undefined; ) {
    text += ` <- ${String(cause)}`;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return text;
}

main().catch((error: unknown) => {
  const why = error instanceof SmokeFailure ? error.message : `unexpected error: ${describe(error)}`;
  console.error(`SMOKE FAILED: ${why}`);
  process.exitCode = 1;
});
