// End-to-end scenario of the @live-engine/client package (the generated typescript-fetch client plus
// the hand-written helpers of src/main/ts) against a running Live Engine emulator: every operation of
// every group (accounts, room, member, gift, seat, battle, mix, robot, message, stats, webhook
// configuration), typed FAIL envelopes, and a live, signed webhook delivery to a receiver of its own.
//
// TypeScriptScenarioTest starts the emulator with an empty state and runs this script with Node, giving it
//   LIVE_ENGINE_BASE_URL, LIVE_ENGINE_SDKAPPID, LIVE_ENGINE_IDENTIFIER   where and who
//   LIVE_ENGINE_SECRET_KEY      the app's key: the script signs its own UserSig with Tencent's tls-sig-api-v2
//   LIVE_ENGINE_WEBHOOK_TOKEN   the token the script sets with set_callback_token
// Secrets are never printed, not even when a check fails. Any failed check sets a non-zero exit code and
// prints "SCENARIO FAILED: <why>"; the Java test then checks the emulator's journal and state.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AccountApi,
  AccountCheckResultAccountStatusEnum,
  ActionStatus,
  BattleApi,
  CallbackCommand,
  CallbackConfigApi,
  GiftApi,
  GiftCategoryApi,
  GiftLanguageApi,
  isLiveEngineError,
  LanguageCode,
  LiveEngineError,
  liveEngineConfiguration,
  MemberApi,
  MessageApi,
  MixStreamApi,
  ModifyAdminRequestOpTypeEnum,
  MoveUserToSeatRequestPolicyEnum,
  ok,
  perCall,
  RobotApi,
  RoomApi,
  RoomType,
  SeatApi,
  SetBattleScoreRequestOpTypeEnum,
  SetMixStreamRequestLayoutModeEnum,
  type RequestContext,
} from '@live-engine/client';
import {
  readWebhook,
  webhookReply,
  WebhookVerificationError,
  type WebhookCommand,
  type WebhookEvent,
} from '@live-engine/client/webhooks';
import { Api as UserSigApi } from 'tls-sig-api-v2';

class ScenarioFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new ScenarioFailure(message);
  }
}

function required(name: string): string {
  const value = process.env[name];
  check(value !== undefined && value !== '', `environment variable ${name} is not set`);
  return value;
}

function same<T>(actual: readonly T[] | undefined, expected: readonly T[], what: string): void {
  const a = JSON.stringify([...(actual ?? [])].sort());
  const e = JSON.stringify([...expected].sort());
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

/** Runs a call that must fail with `errorCode`, and returns the typed error. */
async function expectFail(what: string, errorCode: number, call: () => Promise<unknown>): Promise<LiveEngineError> {
  try {
    await call();
  } catch (error) {
    check(error instanceof LiveEngineError, `${what}: expected a LiveEngineError, got ${String(error)}`);
    check(error.errorCode === errorCode, `${what}: expected ErrorCode ${errorCode}, got ${error.errorCode} (${error.errorInfo})`);
    check(error.requestId !== undefined && error.requestId !== '', `${what}: the LiveEngineError has no RequestId`);
    console.log(`${what}: LiveEngineError ${error.errorCode} as expected (RequestId ${error.requestId})`);
    return error;
  }
  throw new ScenarioFailure(`${what}: expected ErrorCode ${errorCode}, the call succeeded`);
}

function step(name: string): void {
  console.log(`${name}: OK`);
}

// ---------------------------------------------------------------------------------------------------
// The app's webhook receiver: a node:http server on loopback, verifying each request with the helper.

interface Received {
  url: string;
  body: string;
  webhook: WebhookEvent;
}

class WebhookReceiver {
  readonly received: Received[] = [];
  readonly refused: string[] = [];
  /** Each returns whether it is satisfied, and is then removed. */
  private waiters: Array<() => boolean> = [];
  private readonly server = createServer((request, response) => this.handle(request, response));

  constructor(
    private readonly token: string,
    private readonly sdkAppId: string,
  ) {}

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}/live-engine/webhook`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The deliveries of `command` received so far, once there are at least `count` of them. */
  async waitFor(command: WebhookCommand, count: number, timeoutMillis = 10_000): Promise<Received[]> {
    const matching = () => this.received.filter((delivery) => delivery.webhook.command === command);
    await new Promise<void>((resolve, reject) => {
      const done = (): boolean => {
        if (matching().length < count) {
          return false;
        }
        clearTimeout(timer);
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
        reject(new ScenarioFailure(`expected ${count} ${command} deliveries within ${timeoutMillis} ms, got ${matching().length}`));
      }, timeoutMillis);
      if (!done()) {
        this.waiters.push(done);
      }
    });
    return matching();
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = request.url ?? '';
      const body = Buffer.concat(chunks).toString('utf8');
      let answer: Record<string, unknown>;
      try {
        const webhook = readWebhook(url, body, { token: this.token, sdkAppId: this.sdkAppId });
        this.received.push({ url, body, webhook });
        answer = this.verdict(webhook);
      } catch (error) {
        const why = error instanceof WebhookVerificationError ? error.reason : String(error);
        this.refused.push(why);
        response.writeHead(401, { 'content-type': 'text/plain' }).end(`refused: ${why}`);
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      this.waiters = this.waiters.filter((waiter) => !waiter()); // a satisfied waiter leaves the list
    });
  }

  /** The app's answer: every gift goes through, except those carol sends, who has no coins left. */
  private verdict(webhook: WebhookEvent): Record<string, unknown> {
    if (webhook.command === CallbackCommand.LiveCallbackBeforeSendGift && webhook.event.giftWater.fromAccount === 'ts-carol') {
      return webhookReply(102150, 'ts-carol has no coins left');
    }
    return webhookReply();
  }
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const baseUrl = required('LIVE_ENGINE_BASE_URL');
  const sdkAppId = required('LIVE_ENGINE_SDKAPPID');
  const identifier = required('LIVE_ENGINE_IDENTIFIER');
  const secretKey = required('LIVE_ENGINE_SECRET_KEY');
  const webhookToken = required('LIVE_ENGINE_WEBHOOK_TOKEN');

  // The UserSig, signed here with Tencent's own Node.js signer, valid for an hour, as an app server would.
  const userSig = new UserSigApi(Number(sdkAppId), secretKey).genUserSig(identifier, 3600);

  // Every URL the client requests, to check afterwards what went on the wire.
  const sent: URL[] = [];
  // One configuration, credentials set once; FAIL envelopes become LiveEngineError.
  const configuration = liveEngineConfiguration({
    basePath: baseUrl,
    sdkAppId,
    identifier,
    userSig,
    middleware: [{ pre: async (context: RequestContext) => void sent.push(new URL(context.url)) }],
  });
  const accounts = new AccountApi(configuration);
  const rooms = new RoomApi(configuration);
  const members = new MemberApi(configuration);
  const robots = new RobotApi(configuration);
  const seats = new SeatApi(configuration);
  const gifts = new GiftApi(configuration);
  const giftCategories = new GiftCategoryApi(configuration);
  const giftLanguages = new GiftLanguageApi(configuration);
  const battles = new BattleApi(configuration);
  const mixing = new MixStreamApi(configuration);
  const messages = new MessageApi(configuration);
  const callbacks = new CallbackConfigApi(configuration);

  const host = 'ts-host';
  const [alice, bob, carol, dave, ghost] = ['ts-alice', 'ts-bob', 'ts-carol', 'ts-dave', 'ts-ghost'] as const;
  const room = 'ts-room';
  const rival = 'ts-rival';

  const receiver = new WebhookReceiver(webhookToken, sdkAppId);
  const webhookUrl = await receiver.start();
  try {
    // ---- Webhook configuration: the receiver's URL, the events it wants, the signing token.
    await callbacks.setCallback({
      ...perCall(),
      setCallbackRequest: { url: webhookUrl, callbackCommandList: [CallbackCommand.LiveCallbackAfterCreateRoom] },
    });
    step('setCallback');
    await expectFail('setCallback again', 100300, () =>
      callbacks.setCallback({ ...perCall(), setCallbackRequest: { url: webhookUrl, callbackCommandList: [] } }),
    );
    const wanted = [
      CallbackCommand.LiveCallbackAfterCreateRoom,
      CallbackCommand.LiveCallbackBeforeSendGift,
      CallbackCommand.MicCallbackAfterSeatInfoChanged,
    ];
    await callbacks.updateCallback({ ...perCall(), updateCallbackRequest: { url: webhookUrl, callbackCommandList: wanted } });
    step('updateCallback');
    const callbackSettings = (await callbacks.getCallback({ ...perCall(), body: {} })).response;
    check(callbackSettings?.url === webhookUrl, 'getCallback: the URL is not the one set');
    same(callbackSettings.callbackCommandList, wanted, 'getCallback: CallbackCommandList');
    step('getCallback');
    await callbacks.setCallbackToken({ ...perCall(), setCallbackTokenRequest: { token: webhookToken, isTokenEnable: true } });
    step('setCallbackToken');
    const tokenSettings = (await callbacks.getCallbackToken({ ...perCall(), body: {} })).response;
    check(tokenSettings?.token === webhookToken && tokenSettings.isTokenEnable, 'getCallbackToken: not the token set, or not enabled');
    step('getCallbackToken');

    // ---- Accounts
    await accounts.accountImport({ ...perCall(), accountImportRequest: { userID: host, nick: 'TS Host' } });
    step('accountImport');
    // with profiles (AccountList), and the older form with bare IDs (Accounts): a request has one or the other
    const imported = await accounts.multiaccountImport({
      ...perCall(),
      multiaccountImportRequest: { accountList: [{ userID: alice, nick: 'Alice' }, { userID: bob }] },
    });
    same(imported.failAccounts, [], 'multiaccountImport: FailAccounts');
    const importedIds = await accounts.multiaccountImport({ ...perCall(), multiaccountImportRequest: { accounts: [carol, dave] } });
    same(importedIds.failAccounts, [], 'multiaccountImport (Accounts): FailAccounts');
    step('multiaccountImport');
    await accounts.portraitSet({
      ...perCall(),
      portraitSetRequest: { fromAccount: alice, profileItem: [{ tag: 'Tag_Profile_IM_Nick', value: 'Alice in TypeScript' }] },
    });
    step('portraitSet');
    const portraits = await accounts.portraitGet({ ...perCall(), portraitGetRequest: { toAccount: [alice], tagList: ['Tag_Profile_IM_Nick'] } });
    const nick = portraits.userProfileItem?.[0]?.profileItem?.find((item) => item.tag === 'Tag_Profile_IM_Nick')?.value;
    check(nick === 'Alice in TypeScript', `portraitGet: expected the nick set, got ${String(nick)}`);
    step('portraitGet');
    const deleted = await accounts.accountDelete({ ...perCall(), accountDeleteRequest: { deleteItem: [{ userID: dave }] } });
    check(deleted.resultItem?.[0]?.resultCode === 0, 'accountDelete: dave was not deleted');
    step('accountDelete');
    const checked = await accounts.accountCheck({
      ...perCall(),
      accountCheckRequest: { checkItem: [{ userID: alice }, { userID: dave }, { userID: ghost }] },
    });
    same(
      checked.resultItem?.map((item) => `${item.userID}=${item.accountStatus}`),
      [`${alice}=${AccountCheckResultAccountStatusEnum.Imported}`, `${dave}=NotImported`, `${ghost}=NotImported`],
      'accountCheck',
    );
    step('accountCheck');

    // ---- Room, and the signed webhook it causes
    const missing = await expectFail('getRoomInfo (room not created yet)', 100004, () =>
      rooms.getRoomInfo({ ...perCall(), getRoomInfoRequest: { roomId: room } }),
    );
    // the line TypeScriptScenarioTest matches against the emulator's journal
    console.log(`TYPED-ERROR getRoomInfo errorCode=${missing.errorCode} requestId=${missing.requestId ?? ''}`);
    // without the FAIL check in the configuration, a FAIL reply is returned like any other; ok() throws it typed
    const lenientRooms = new RoomApi(liveEngineConfiguration({ basePath: baseUrl, sdkAppId, identifier, userSig, throwOnFail: false }));
    const failReply = await lenientRooms.getRoomInfo({ ...perCall(), getRoomInfoRequest: { roomId: room } });
    check(failReply.actionStatus === ActionStatus.Fail && failReply.errorCode === 100004, 'throwOnFail false: the FAIL reply was not returned');
    try {
      await ok(failReply, 'get_room_info');
      throw new ScenarioFailure('ok() let a FAIL reply through');
    } catch (error) {
      check(isLiveEngineError(error, 100004) && error.requestId === failReply.requestId, `ok(): ${String(error)}`);
    }
    step('ok() on a returned FAIL reply');

    const created = await rooms.createRoom({
      ...perCall(),
      createRoomRequest: {
        roomInfo: {
          roomId: room,
          roomName: 'TypeScript room',
          roomType: RoomType.Live,
          seatTemplate: 'VideoDynamicGrid9Seats',
          ownerAccount: host,
          maxSeatCount: 9,
          isUnlimitedRoomEnabled: true,
        },
      },
    });
    check(created.response?.roomId === room, 'createRoom: the reply does not name the room');
    step('createRoom');
    const [createdEvent] = await receiver.waitFor(CallbackCommand.LiveCallbackAfterCreateRoom, 1);
    check(createdEvent !== undefined && createdEvent.webhook.command === CallbackCommand.LiveCallbackAfterCreateRoom, 'no AfterCreateRoom');
    const event = createdEvent.webhook.event; // an AfterCreateRoomEvent, parsed by the generated model
    check(event.roomInfo.roomId === room && event.operatorAccount === identifier, 'AfterCreateRoomEvent: wrong room or operator');
    check(event.roomInfo.ownerAccount === host && event.roomInfo.roomName === 'TypeScript room', 'AfterCreateRoomEvent: wrong settings');
    const query = new URL(createdEvent.url, 'http://receiver').searchParams;
    check(query.get('SdkAppid') === sdkAppId && /^[0-9a-f]{64}$/.test(query.get('Sign') ?? ''), 'the delivery is not signed');
    console.log(`WEBHOOK-VERIFIED ${createdEvent.webhook.command} Sign and RequestTime ${query.get('RequestTime')} accepted, parsed as AfterCreateRoomEvent`);

    // the same request with one digit of its Sign changed, sent to the receiver: refused
    const sign = query.get('Sign') ?? '';
    const tampered = new URL(createdEvent.url, webhookUrl);
    tampered.searchParams.set('Sign', (sign.startsWith('0') ? '1' : '0') + sign.slice(1));
    const refusal = await fetch(tampered, { method: 'POST', body: createdEvent.body, headers: { 'content-type': 'application/json' } });
    check(refusal.status === 401, `the receiver accepted a tampered Sign (HTTP ${refusal.status})`);
    check(receiver.refused.length === 1 && receiver.refused[0] === 'bad-signature', `refusals: ${JSON.stringify(receiver.refused)}`);
    console.log('WEBHOOK-TAMPERED a tampered Sign is refused (bad-signature, HTTP 401)');

    await rooms.createRoom({
      ...perCall(),
      createRoomRequest: { roomInfo: { roomId: rival, roomType: RoomType.Live, seatTemplate: 'VideoDynamicGrid9Seats', ownerAccount: bob } },
    });
    await receiver.waitFor(CallbackCommand.LiveCallbackAfterCreateRoom, 2);
    step('createRoom (rival)');

    const info = (await rooms.getRoomInfo({ ...perCall(), getRoomInfoRequest: { roomId: room } })).response?.roomInfo;
    check(info?.roomName === 'TypeScript room' && info.ownerAccount === host, 'getRoomInfo: not the room created');
    step('getRoomInfo');
    await rooms.updateRoomInfo({ ...perCall(), updateRoomInfoRequest: { roomInfo: { roomId: room, roomName: 'TypeScript room, renamed' } } });
    const renamed = (await rooms.getRoomInfo({ ...perCall(), getRoomInfoRequest: { roomId: room } })).response?.roomInfo;
    check(renamed?.roomName === 'TypeScript room, renamed', `updateRoomInfo: the name is ${renamed?.roomName}`);
    step('updateRoomInfo');
    const list = (await rooms.getRoomList({ ...perCall(), getRoomListRequest: { next: '', count: 10 } })).response;
    same(list?.roomList?.map((listed) => listed.roomId), [room, rival], 'getRoomList');
    step('getRoomList');
    await rooms.setRoomMetadata({
      ...perCall(),
      setRoomMetadataRequest: { roomId: room, metadata: [{ key: 'topic', value: 'typescript' }, { key: 'level', value: '1' }] },
    });
    step('setRoomMetadata');
    await rooms.delRoomMetadata({ ...perCall(), delRoomMetadataRequest: { roomId: room, keys: ['level'] } });
    step('delRoomMetadata');
    const metadata = (await rooms.getRoomMetadata({ ...perCall(), getRoomMetadataRequest: { roomId: room, keys: ['topic', 'level'] } }))
      .response?.metadata;
    same(metadata?.map((item) => `${item.key}=${item.value}`), ['topic=typescript'], 'getRoomMetadata');
    step('getRoomMetadata');

    // ---- Robot: robots are members of the room, which the member and seat commands need
    await robots.addRobot({ ...perCall(), addRobotRequest: { roomId: room, robotListAccount: [alice, bob, carol] } });
    step('addRobot');
    same((await robots.getRobot({ ...perCall(), getRobotRequest: { roomId: room } })).response?.robotListAccount, [alice, bob, carol], 'getRobot');
    step('getRobot');

    // ---- Member
    const memberPage = (await members.getMemberList({ ...perCall(), getMemberListRequest: { roomId: room, next: '' } })).response;
    check(memberPage?.memberCount === 3, `getMemberList: expected 3 members, got ${memberPage?.memberCount}`);
    same(memberPage.memberList.map((member) => member.memberAccount), [alice, bob, carol], 'getMemberList');
    step('getMemberList');
    await members.modifyAdmin({ ...perCall(), modifyAdminRequest: { roomId: room, adminAccount: [alice, bob], opType: ModifyAdminRequestOpTypeEnum.Add } });
    await members.modifyAdmin({ ...perCall(), modifyAdminRequest: { roomId: room, adminAccount: [bob], opType: ModifyAdminRequestOpTypeEnum.Delete } });
    step('modifyAdmin (add two, delete one)');
    same((await members.getAdminList({ ...perCall(), getAdminListRequest: { roomId: room } })).response?.adminAccount, [alice], 'getAdminList');
    step('getAdminList');
    await members.muteMember({ ...perCall(), muteMemberRequest: { roomId: room, memberListAccount: [bob], muteTime: 600 } });
    step('muteMember');
    const muted = (await members.getMutedMemberList({ ...perCall(), getMutedMemberListRequest: { roomId: room } })).response?.mutedAccountList;
    same(muted?.map((entry) => entry.memberAccount), [bob], 'getMutedMemberList');
    check((muted?.[0]?.mutedUntil ?? 0) > Date.now() / 1000, 'getMutedMemberList: MutedUntil is not in the future');
    step('getMutedMemberList');
    await members.banMember({ ...perCall(), banMemberRequest: { roomId: room, memberListAccount: [carol], duration: 3600, reason: 'scenario' } });
    step('banMember');
    const banned = (await members.getBannedMemberList({ ...perCall(), getBannedMemberListRequest: { roomId: room } })).response;
    same(banned?.bannedAccountList.map((entry) => entry.memberAccount), [carol], 'getBannedMemberList');
    step('getBannedMemberList');
    await members.unbanMember({ ...perCall(), unbanMemberRequest: { roomId: room, memberListAccount: [carol] } });
    step('unbanMember');
    const afterBan = (await members.getMemberList({ ...perCall(), getMemberListRequest: { roomId: room, next: '' } })).response;
    same(afterBan?.memberList.map((member) => member.memberAccount), [alice, bob], 'getMemberList after the ban');
    await members.changeRoomOwner({ ...perCall(), changeRoomOwnerRequest: { roomId: room, newOwnerAccount: alice } });
    step('changeRoomOwner');
    await robots.delRobot({ ...perCall(), delRobotRequest: { roomId: room, robotListAccount: [carol] } });
    step('delRobot');

    // ---- Seat (each change is a Mic.CallbackAfterSeatInfoChanged delivery)
    const emptySeats = (await seats.getSeatList({ ...perCall(), getSeatListRequest: { roomId: room } })).response?.seatList;
    check(emptySeats?.length === 9 && emptySeats.every((seat) => !seat.memberAccount), 'getSeatList: expected 9 free seats');
    await seats.pickUserOnSeat({ ...perCall(), pickUserOnSeatRequest: { roomId: room, index: 1, memberAccount: alice } });
    step('pickUserOnSeat');
    await seats.lockSeat({ ...perCall(), lockSeatRequest: { roomId: room, index: 3, forbidTaken: true } });
    step('lockSeat');
    await expectFail('pickUserOnSeat (locked seat)', 100200, () =>
      seats.pickUserOnSeat({ ...perCall(), pickUserOnSeatRequest: { roomId: room, index: 3, memberAccount: bob } }),
    );
    await seats.moveUserToSeat({
      ...perCall(),
      moveUserToSeatRequest: { roomId: room, seatIndex: 2, memberAccount: alice, policy: MoveUserToSeatRequestPolicyEnum.NUMBER_0 },
    });
    step('moveUserToSeat');
    await seats.switchSeat({ ...perCall(), switchSeatRequest: { roomId: room, toIndex: 4, memberAccount: alice } });
    step('switchSeat');
    await seats.pickUserOnSeat({ ...perCall(), pickUserOnSeatRequest: { roomId: room, index: 2, memberAccount: bob } });
    await seats.kickUserOffSeat({ ...perCall(), kickUserOffSeatRequest: { roomId: room, memberAccount: bob, data: 'scenario' } });
    step('kickUserOffSeat');
    const seatList = (await seats.getSeatList({ ...perCall(), getSeatListRequest: { roomId: room } })).response?.seatList ?? [];
    const taken = seatList.filter((seat) => seat.memberAccount).map((seat) => `${seat.index}=${seat.memberAccount}`);
    same(taken, [`4=${alice}`], 'getSeatList: who sits where');
    check(seatList.find((seat) => seat.index === 3)?.isTakenDisabled === true, 'getSeatList: seat 3 is not locked');
    step('getSeatList');
    const seatEvents = await receiver.waitFor(CallbackCommand.MicCallbackAfterSeatInfoChanged, 6);
    check(seatEvents.length === 6, `expected 6 seat changes, got ${seatEvents.length}`);
    for (const delivery of seatEvents) {
      check(delivery.webhook.command === CallbackCommand.MicCallbackAfterSeatInfoChanged, 'not a seat event');
      check(delivery.webhook.event.roomId === room && delivery.webhook.event.seatList.length > 0, 'AfterSeatInfoChangedEvent: wrong room');
    }
    console.log(`WEBHOOK-VERIFIED ${CallbackCommand.MicCallbackAfterSeatInfoChanged} x${seatEvents.length}, parsed as AfterSeatInfoChangedEvent`);

    // ---- Gift (gift configuration commands allow one call per second each: each is called once)
    await gifts.copyDefaultGiftConfig({ ...perCall(), body: {} });
    step('copyDefaultGiftConfig');
    await gifts.addGift({ ...perCall(), addGiftRequest: { giftId: 'ts-lily', coins: 7, defaultName: 'Lily' } });
    step('addGift');
    const lily = (await gifts.getGift({ ...perCall(), getGiftRequest: { giftId: 'ts-lily' } })).giftInfo;
    check(lily?.coins === 7 && lily.defaultName === 'Lily', 'getGift: not the gift added');
    step('getGift');
    await gifts.sendGift({ ...perCall(), sendGiftRequest: { roomId: room, giftId: 'ts-lily', count: 2, fromAccount: alice, receiverListAccount: [bob] } });
    await gifts.sendGift({ ...perCall(), sendGiftRequest: { roomId: room, giftId: 'preset_popular_1', fromAccount: bob, receiverListAccount: [alice] } });
    step('sendGift (two, allowed by the receiver)');
    const vetoed = await expectFail('sendGift (refused by the receiver)', 102150, () =>
      gifts.sendGift({ ...perCall(), sendGiftRequest: { roomId: room, giftId: 'ts-lily', fromAccount: carol, receiverListAccount: [alice] } }),
    );
    check(vetoed.errorInfo === 'ts-carol has no coins left', `sendGift: the receiver's ErrorInfo did not come through: ${vetoed.errorInfo}`);
    await expectFail('sendGift (unknown gift)', 102002, () =>
      gifts.sendGift({ ...perCall(), sendGiftRequest: { roomId: room, giftId: 'no-such-gift', fromAccount: alice, receiverListAccount: [bob] } }),
    );
    const giftChecks = await receiver.waitFor(CallbackCommand.LiveCallbackBeforeSendGift, 3);
    check(giftChecks.length === 3, `expected 3 gift checks (not for the unknown gift), got ${giftChecks.length}`);
    console.log(`WEBHOOK-VERIFIED ${CallbackCommand.LiveCallbackBeforeSendGift} x3, answered allow, allow, 102150`);
    const count = (await gifts.getGiftCount({ ...perCall(), getGiftCountRequest: { roomId: room, fromAccount: alice } })).response;
    check(count?.totalCount === 3 && count.totalCoins === 2 * 7 + 1 && count.giftSenderCount === 2,
      `getGiftCount: expected 3 gifts, 15 coins, 2 senders, got ${count?.totalCount}, ${count?.totalCoins}, ${count?.giftSenderCount}`);
    step('getGiftCount');
    await gifts.delGift({ ...perCall(), delGiftRequest: { giftId: 'preset_fun_1' } });
    step('delGift');

    // ---- Gift categories and languages
    // the preset has the most categories an app may have (3): make room for one
    await giftCategories.delGiftCategory({ ...perCall(), delGiftCategoryRequest: { categoryId: 'luxury' } });
    step('delGiftCategory');
    await giftCategories.addGiftCategory({ ...perCall(), addGiftCategoryRequest: { categoryId: 'ts-flowers', defaultName: 'Flowers' } });
    step('addGiftCategory');
    await giftCategories.addGiftCategoryRelations({
      ...perCall(),
      addGiftCategoryRelationsRequest: { categoryId: 'ts-flowers', giftIdList: ['ts-lily', 'preset_popular_1'] },
    });
    step('addGiftCategoryRelations');
    const category = (await giftCategories.getGiftCategory({ ...perCall(), getGiftCategoryRequest: { categoryId: 'ts-flowers' } })).giftCategoryInfo;
    check(category?.defaultName === 'Flowers', 'getGiftCategory: not the category added');
    step('getGiftCategory');
    await giftCategories.delGiftCategoryRelations({
      ...perCall(),
      delGiftCategoryRelationsRequest: { categoryId: 'ts-flowers', giftIdList: ['preset_popular_1'] },
    });
    step('delGiftCategoryRelations');
    const relation = (await giftCategories.getGiftCategoryRelations({ ...perCall(), getGiftCategoryRelationsRequest: { categoryId: 'ts-flowers' } }))
      .relation;
    same(relation?.giftIdList, ['ts-lily'], 'getGiftCategoryRelations');
    step('getGiftCategoryRelations');
    await giftLanguages.setGiftLanguage({ ...perCall(), setGiftLanguageRequest: { giftId: 'ts-lily', language: LanguageCode.ZhHans, name: '百合' } });
    step('setGiftLanguage');
    const lilyZh = (await giftLanguages.getGiftLanguage({ ...perCall(), getGiftLanguageRequest: { giftId: 'ts-lily', language: LanguageCode.ZhHans } }))
      .giftInfo;
    check(lilyZh?.name === '百合', `getGiftLanguage: ${lilyZh?.name}`);
    step('getGiftLanguage');
    await giftLanguages.delGiftLanguage({ ...perCall(), delGiftLanguageRequest: { giftId: 'ts-lily', language: LanguageCode.ZhHans } });
    step('delGiftLanguage');
    await giftLanguages.setGiftCategoryLanguage({
      ...perCall(),
      setGiftCategoryLanguageRequest: { categoryId: 'ts-flowers', language: LanguageCode.En, categoryName: 'Flowers (en)' },
    });
    step('setGiftCategoryLanguage');
    const flowersEn = (
      await giftLanguages.getGiftCategoryLanguage({ ...perCall(), getGiftCategoryLanguageRequest: { categoryId: 'ts-flowers', language: LanguageCode.En } })
    ).categoryInfo;
    check(flowersEn?.categoryName === 'Flowers (en)', `getGiftCategoryLanguage: ${flowersEn?.categoryName}`);
    step('getGiftCategoryLanguage');
    await giftLanguages.delGiftCategoryLanguage({ ...perCall(), delGiftCategoryLanguageRequest: { categoryId: 'ts-flowers', language: LanguageCode.En } });
    step('delGiftCategoryLanguage');

    // ---- Battle
    const battle = (
      await battles.createBattle({ ...perCall(), createBattleRequest: { fromRoomId: room, toRoomIdList: [rival], duration: 600_000 } })
    ).response;
    check(battle !== undefined && battle.result.every((invitation) => invitation.resultCode === 0), 'createBattle: the rival did not join');
    step('createBattle');
    await battles.setBattleScore({
      ...perCall(),
      setBattleScoreRequest: { battleId: battle.battleId, opType: SetBattleScoreRequestOpTypeEnum.NUMBER_1, scoreList: [{ roomId: room, score: 30 }, { roomId: rival, score: 12 }] },
    });
    await battles.setBattleScore({
      ...perCall(),
      setBattleScoreRequest: { battleId: battle.battleId, opType: SetBattleScoreRequestOpTypeEnum.NUMBER_2, scoreList: [{ roomId: rival, score: 20 }] },
    });
    step('setBattleScore (add, then replace)');
    const battleInfo = (await battles.getBattleInfo({ ...perCall(), getBattleInfoRequest: { battleId: battle.battleId } })).response;
    check(battleInfo?.status === 1 && battleInfo.fromRoomInfo.score === 30 && battleInfo.toRoomList[0]?.score === 20,
      `getBattleInfo: expected a running battle at 30:20, got status ${battleInfo?.status}, ${battleInfo?.fromRoomInfo.score}:${battleInfo?.toRoomList[0]?.score}`);
    step('getBattleInfo');
    console.log(`BATTLE ${battle.battleId}`);

    // ---- Mix
    await mixing.setMixStream({ ...perCall(), setMixStreamRequest: { roomId: room, layoutMode: SetMixStreamRequestLayoutModeEnum.NUMBER_0 } });
    step('setMixStream');
    await mixing.resumeMcuTask({ ...perCall(), resumeMcuTaskRequest: { roomId: room } });
    step('resumeMcuTask');
    await expectFail('resumeMcuTask (no task)', 100424, () => mixing.resumeMcuTask({ ...perCall(), resumeMcuTaskRequest: { roomId: rival } }));

    // ---- Message
    const text = (await messages.sendTextMsg({ ...perCall(), sendTextMsgRequest: { roomId: room, senderAccount: alice, textContent: 'hello from TypeScript' } }))
      .response;
    check(text !== undefined && text.msgSeq > 0, 'sendTextMsg: no MsgSeq');
    step('sendTextMsg');
    await messages.sendCustomMsg({ ...perCall(), sendCustomMsgRequest: { roomId: room, businessId: 'ts-poll', data: '{"question":1}' } });
    step('sendCustomMsg');

    // ---- Stats
    const stats = (await rooms.getRoomStats({ ...perCall(), getRoomStatsRequest: { roomId: room } })).response;
    check(stats !== undefined, 'getRoomStats: no Response');
    console.log(`getRoomStats: OK (${JSON.stringify(stats)})`);
    check(stats.totalGiftsSent === 3 && stats.totalGiftCoins === 15 && stats.totalUniqueGiftSenders === 2,
      `getRoomStats: expected 3 gifts, 15 coins and 2 senders`);
    check(stats.totalMsgCount >= 2, `getRoomStats: expected at least the 2 messages sent, got ${stats.totalMsgCount}`);

    // ---- Done with the room: destroy the rival; switch the webhooks off
    await rooms.destroyRoom({ ...perCall(), destroyRoomRequest: { roomId: rival } });
    step('destroyRoom');
    await callbacks.deleteCallbackToken({ ...perCall(), body: {} });
    step('deleteCallbackToken');
    await expectFail('getCallbackToken (deleted)', 100302, () => callbacks.getCallbackToken({ ...perCall(), body: {} }));
    await callbacks.deleteCallback({ ...perCall(), body: {} });
    step('deleteCallback');
    await expectFail('getCallback (deleted)', 100301, () => callbacks.getCallback({ ...perCall(), body: {} }));
    check(receiver.refused.length === 1, `the receiver refused real deliveries: ${JSON.stringify(receiver.refused)}`);
  } finally {
    await receiver.stop();
  }

  // What went on the wire: the credentials on every request, a fresh random each time, contenttype json.
  const credentials = { sdkappid: sdkAppId, identifier, usersig: userSig };
  const randoms = new Set<string>();
  for (const url of sent) {
    const where = `request to ${url.pathname}`;
    for (const [name, value] of Object.entries(credentials)) {
      check(url.searchParams.get(name) === value, `${where}: query parameter ${name} is missing or not the configured value`); // never printed
    }
    check(url.searchParams.get('contenttype') === 'json', `${where}: contenttype is not json`);
    const random = url.searchParams.get('random') ?? '';
    check(/^\d+$/.test(random) && Number(random) <= 4294967295, `${where}: random "${random}" is not in 0..4294967295`);
    randoms.add(random);
  }
  check(randoms.size === sent.length, `random repeated: ${sent.length} requests, ${randoms.size} values`);
  console.log(`${sent.length} requests: credentials from one configuration, fresh random, contenttype json`);
  console.log('SCENARIO PASSED');
}

/** An error and its chain of causes, such as the client's FetchError and the network error behind it. */
function describe(error: unknown): string {
  let text = String(error);
  for (let cause = error instanceof Error ? error.cause : undefined; cause !== undefined; ) {
    text += ` <- ${String(cause)}`;
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return text;
}

main().catch((error: unknown) => {
  const why = error instanceof ScenarioFailure ? error.message : `unexpected error: ${describe(error)}`;
  console.error(`SCENARIO FAILED: ${why}`);
  process.exitCode = 1;
});
