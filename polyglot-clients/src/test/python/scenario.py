"""End-to-end scenario of the generated Python client (package live_engine_client) against the emulator.

PythonClientScenarioTest starts the emulator and runs this program with everything in the environment:
  LIVE_ENGINE_BASE_URL, LIVE_ENGINE_SDKAPPID, LIVE_ENGINE_IDENTIFIER, LIVE_ENGINE_USERSIG
  LIVE_ENGINE_WEBHOOK_TOKEN     the token the scenario sets with set_callback_token
It calls every command group (accounts, webhook configuration, room, robot, member, seat, gift, battle,
mix stream, message, stats), checks that a FAIL envelope reaches it as a typed LiveEngineError, and
receives a real webhook on its own HTTP server, verified and parsed with the package's helpers.
The UserSig and the token are credentials: never printed, not even when a check fails.
Each call prints "<operation>: OK (RequestId ...)"; the last line is "SCENARIO PASSED", or
"SCENARIO FAILED: <why>" with exit code 1.
"""

from __future__ import annotations

import http.server
import json
import os
import queue
import random
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable, Optional

import live_engine_client as le
from live_engine_client.helpers import (
    LiveEngineError,
    WebhookReceiver,
    WebhookVerificationError,
    ok,
    per_call,
    webhook_reply,
)

ROOM = "py-room"
RIVAL_ROOM = "py-rival"
MISSING_ROOM = "py-no-such-room"
OWNER, VIEWER, SENDER, RECEIVER = "py-alice", "py-bob", "py-carol", "py-dave"
LEAVER = "py-erin"
ROBOTS = ["py-robot1", "py-robot2"]
GIFT = {"gift_id": "py-rose", "coins": 10}
CATEGORY = "py-flowers"
WEBHOOK_WAIT_SECONDS = 10
# reproducible `random` values: a fixed seed, one draw per request
RNG = random.Random(20240611)


class ScenarioFailure(Exception):
    pass


def check(condition: Any, message: str) -> None:
    if not condition:
        raise ScenarioFailure(message)


def required(name: str) -> str:
    value = os.environ.get(name, "")
    check(value != "", f"environment variable {name} is not set")
    return value


def call(operation: str, method: Callable[..., Any], **body: Any) -> Any:
    """One call: the per-call parameters, the body, and the envelope checked by the helper."""
    reply = ok(method(**per_call(RNG), **body), operation)
    print(f"{operation}: OK (RequestId {reply.request_id})", flush=True)
    return reply


# ---- the app's webhook server ----------------------------------------------------------------------

class Delivery:
    def __init__(self, path: str, body: bytes, status: int, event: Optional[le.BaseModel], refusal: Optional[str]):
        self.path, self.body, self.status, self.event, self.refusal = path, body, status, event, refusal

    @property
    def query(self) -> str:
        return self.path.split("?", 1)[1] if "?" in self.path else ""


class WebhookServer:
    """A tiny app server on 127.0.0.1 and a port the OS chooses: it verifies each request with the
    receiver, answers 200 with the acknowledgement when it is genuine and 403 when it is not, and
    hands what arrived to the scenario."""

    def __init__(self, receiver: WebhookReceiver):
        self.deliveries: "queue.Queue[Delivery]" = queue.Queue()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the http.server naming)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                query = self.path.split("?", 1)[1] if "?" in self.path else ""
                try:
                    event = receiver.receive(query, body).data
                    status, answer, refusal = 200, webhook_reply(), None
                except WebhookVerificationError as refused:
                    event, refusal = None, refused.reason
                    status, answer = 403, json.dumps({"refused": refused.reason}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
                outer.deliveries.put(Delivery(self.path, body, status, event, refusal))

            def log_message(self, *args: Any) -> None:  # quiet: the URL carries the Sign
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/live-engine/webhooks"
        self.thread = threading.Thread(target=self.server.serve_forever, name="webhooks", daemon=True)
        self.thread.start()

    def take(self, command: str) -> Delivery:
        """The next delivery of ``command``; others are skipped. Waits for the emulator's sender thread."""
        deadline = time.monotonic() + WEBHOOK_WAIT_SECONDS
        while True:
            left = deadline - time.monotonic()
            check(left > 0, f"no {command} webhook arrived within {WEBHOOK_WAIT_SECONDS} s")
            try:
                delivery = self.deliveries.get(timeout=left)
            except queue.Empty:
                continue
            if f"CallbackCommand={command}" in delivery.path:
                return delivery

    def post(self, path: str, body: bytes) -> int:
        """Sends a request to this server as the service would, returning the HTTP status."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.server.server_address[1]}{path}", data=body,
                                         headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                return answer.status
        except urllib.error.HTTPError as refused:
            return refused.code

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def tampered(path: str) -> str:
    """The same request with one hex digit of its Sign changed."""
    start = path.index("Sign=") + len("Sign=")
    digit = path[start]
    return path[:start] + ("0" if digit != "0" else "1") + path[start + 1:]


# ---- the scenario ----------------------------------------------------------------------------------

def main() -> None:
    sdkappid = required("LIVE_ENGINE_SDKAPPID")
    token = required("LIVE_ENGINE_WEBHOOK_TOKEN")

    # Credentials once, in the configuration: one api_key per security scheme of the spec.
    configuration = le.Configuration(
        host=required("LIVE_ENGINE_BASE_URL"),
        api_key={
            "SdkAppId": sdkappid,
            "Identifier": required("LIVE_ENGINE_IDENTIFIER"),
            "UserSig": required("LIVE_ENGINE_USERSIG"),
        },
    )
    with le.ApiClient(configuration) as client:
        accounts, callbacks = le.AccountApi(client), le.CallbackConfigApi(client)
        rooms, robots, members, seats = le.RoomApi(client), le.RobotApi(client), le.MemberApi(client), le.SeatApi(client)
        gifts, categories = le.GiftApi(client), le.GiftCategoryApi(client)
        battles, mixing, messages = le.BattleApi(client), le.MixStreamApi(client), le.MessageApi(client)

        # Accounts: one import, a batch, a check, a profile written and read, a deletion.
        call("account_import", accounts.account_import,
             account_import_request=le.AccountImportRequest(user_id=OWNER, nick="Alice"))
        imported = call("multiaccount_import", accounts.multiaccount_import,
                        multiaccount_import_request=le.MultiaccountImportRequest(
                            accounts=[VIEWER, SENDER, RECEIVER, LEAVER, *ROBOTS]))
        check(not imported.fail_accounts, f"multiaccount_import: FailAccounts {imported.fail_accounts}")
        checked = call("account_check", accounts.account_check, account_check_request=le.AccountCheckRequest(
            check_item=[le.AccountItem(user_id=OWNER), le.AccountItem(user_id="py-never-imported")]))
        statuses = {item.user_id: item.account_status for item in checked.result_item or []}
        check(statuses == {OWNER: "Imported", "py-never-imported": "NotImported"},
              f"account_check: {statuses}")
        call("portrait_set", accounts.portrait_set, portrait_set_request=le.PortraitSetRequest(
            from_account=OWNER, profile_item=[le.ProfileItem(tag="Tag_Profile_IM_Nick", value=le.ProfileValue("Alice L."))]))
        profile = call("portrait_get", accounts.portrait_get, portrait_get_request=le.PortraitGetRequest(
            to_account=[OWNER], tag_list=["Tag_Profile_IM_Nick"]))
        nick = [item.value.actual_instance for user in profile.user_profile_item or [] for item in user.profile_item or []]
        check(nick == ["Alice L."], f"portrait_get: expected the nick just set, got {nick}")
        call("account_delete", accounts.account_delete,
             account_delete_request=le.AccountDeleteRequest(delete_item=[le.AccountItem(user_id=LEAVER)]))

        # Webhook configuration: this program's server, signed with the token.
        receiver = WebhookReceiver(sdk_app_id=sdkappid, token=token)
        server = WebhookServer(receiver)
        try:
            call("set_callback", callbacks.set_callback, set_callback_request=le.SetCallbackRequest(
                url=server.url, callback_command_list=[le.CallbackCommand.LIVE_DOT_CALLBACK_AFTER_CREATE_ROOM]))
            call("set_callback_token", callbacks.set_callback_token,
                 set_callback_token_request=le.SetCallbackTokenRequest(token=token, is_token_enable=True))
            settings = call("get_callback", callbacks.get_callback, body={}).response
            check(settings is not None and settings.url == server.url, "get_callback: not the URL just set")
            stored = call("get_callback_token", callbacks.get_callback_token, body={}).response
            check(stored is not None and stored.token == token and stored.is_token_enable,
                  "get_callback_token: not the token just set, or signing off")  # compared, never printed
            call("update_callback", callbacks.update_callback, update_callback_request=le.UpdateCallbackRequest(
                url=server.url, callback_command_list=[le.CallbackCommand.LIVE_DOT_CALLBACK_AFTER_CREATE_ROOM,
                                                       le.CallbackCommand.LIVE_DOT_CALLBACK_AFTER_DESTROY_ROOM]))

            # Room: created (the webhook follows), read, updated, listed, with metadata.
            call("create_room", rooms.create_room, create_room_request=le.CreateRoomRequest(room_info=le.NewRoomInfo(
                room_id=ROOM, room_name="Python room", room_type="Live", seat_template="VideoDynamicGrid9Seats",
                owner_account=OWNER, is_unlimited_room_enabled=True)))
            receive_create_room_webhook(server, receiver, sdkappid)

            info = call("get_room_info", rooms.get_room_info,
                        get_room_info_request=le.GetRoomInfoRequest(room_id=ROOM)).response
            check(info is not None and info.room_info.owner_account == OWNER, "get_room_info: not the owner set")
            call("update_room_info", rooms.update_room_info, update_room_info_request=le.UpdateRoomInfoRequest(
                room_info=le.RoomInfo(room_id=ROOM, room_name="Python room, renamed")))
            listed = call("get_room_list", rooms.get_room_list,
                          get_room_list_request=le.GetRoomListRequest(next="", count=20)).response
            check(ROOM in [room.room_id for room in listed.room_list or []], "get_room_list: the room is missing")
            call("set_room_metadata", rooms.set_room_metadata, set_room_metadata_request=le.SetRoomMetadataRequest(
                room_id=ROOM, metadata=[le.MetadataItem(key="topic", value="python"),
                                        le.MetadataItem(key="mood", value="sunny")]))
            call("del_room_metadata", rooms.del_room_metadata,
                 del_room_metadata_request=le.DelRoomMetadataRequest(room_id=ROOM, keys=["mood"]))
            metadata = call("get_room_metadata", rooms.get_room_metadata,
                            get_room_metadata_request=le.GetRoomMetadataRequest(room_id=ROOM, keys=[])).response
            pairs = {item.key: item.value for item in metadata.metadata or []}
            check(pairs == {"topic": "python"}, f"get_room_metadata: {pairs}")

            # A FAIL envelope reaches the caller typed, with its ErrorCode and RequestId: the generated
            # client returns it as an ordinary reply (HTTP 200), the helper's ok() raises it.
            failure = expect_failure("get_room_info", lambda: rooms.get_room_info(
                **per_call(RNG), get_room_info_request=le.GetRoomInfoRequest(room_id=MISSING_ROOM)), 100004)
            print(f"TYPED FAIL get_room_info {failure.error_code} {failure.request_id}", flush=True)

            # Robots: imported accounts that sit in the room as members.
            call("add_robot", robots.add_robot,
                 add_robot_request=le.AddRobotRequest(room_id=ROOM, robot_list_account=ROBOTS))
            robot_list = call("get_robot", robots.get_robot, get_robot_request=le.GetRobotRequest(room_id=ROOM)).response
            check(sorted(robot_list.robot_list_account or []) == ROBOTS, f"get_robot: {robot_list}")

            # Members: the list, an administrator, a ban lifted again, a mute, an owner change.
            page = call("get_member_list", members.get_member_list,
                        get_member_list_request=le.GetMemberListRequest(room_id=ROOM, next="")).response
            member_ids = sorted(member.member_account for member in page.member_list or [])
            check(set(ROBOTS) <= set(member_ids), f"get_member_list: robots missing from {member_ids}")
            call("modify_admin", members.modify_admin, modify_admin_request=le.ModifyAdminRequest(
                room_id=ROOM, admin_account=[ROBOTS[0]], op_type="add"))
            admins = call("get_admin_list", members.get_admin_list,
                          get_admin_list_request=le.GetAdminListRequest(room_id=ROOM)).response
            check(ROBOTS[0] in (admins.admin_account or []),
                  f"get_admin_list: {admins}")
            call("ban_member", members.ban_member, ban_member_request=le.BanMemberRequest(
                room_id=ROOM, member_list_account=[VIEWER], duration=600, reason="python scenario"))
            banned = call("get_banned_member_list", members.get_banned_member_list,
                          get_banned_member_list_request=le.GetBannedMemberListRequest(room_id=ROOM)).response
            check(VIEWER in [entry.member_account for entry in banned.banned_account_list or []],
                  f"get_banned_member_list: {banned}")
            call("unban_member", members.unban_member,
                 unban_member_request=le.UnbanMemberRequest(room_id=ROOM, member_list_account=[VIEWER]))
            call("mute_member", members.mute_member, mute_member_request=le.MuteMemberRequest(
                room_id=ROOM, member_list_account=[ROBOTS[1]], mute_time=300))
            muted = call("get_muted_member_list", members.get_muted_member_list,
                         get_muted_member_list_request=le.GetMutedMemberListRequest(room_id=ROOM)).response
            check(ROBOTS[1] in [entry.member_account for entry in muted.muted_account_list or []],
                  f"get_muted_member_list: {muted}")

            # Seats: a robot picked onto a seat, moved, switched, a seat locked, the robot kicked off.
            call("pick_user_on_seat", seats.pick_user_on_seat, pick_user_on_seat_request=le.PickUserOnSeatRequest(
                room_id=ROOM, index=1, member_account=ROBOTS[0]))
            call("move_user_to_seat", seats.move_user_to_seat, move_user_to_seat_request=le.MoveUserToSeatRequest(
                room_id=ROOM, seat_index=2, member_account=ROBOTS[0], policy=0))
            call("switch_seat", seats.switch_seat, switch_seat_request=le.SwitchSeatRequest(
                room_id=ROOM, to_index=3, member_account=ROBOTS[0]))
            call("lock_seat", seats.lock_seat, lock_seat_request=le.LockSeatRequest(
                room_id=ROOM, index=5, forbid_taken=True))
            seat_list = call("get_seat_list", seats.get_seat_list,
                             get_seat_list_request=le.GetSeatListRequest(room_id=ROOM)).response
            taken = {seat.index: seat.member_account for seat in seat_list.seat_list or [] if seat.member_account}
            check(taken == {3: ROBOTS[0]}, f"get_seat_list: expected {ROBOTS[0]} on seat 3 only, got {taken}")
            expect_failure("pick_user_on_seat", lambda: seats.pick_user_on_seat(
                **per_call(RNG), pick_user_on_seat_request=le.PickUserOnSeatRequest(
                    room_id=ROOM, index=5, member_account=ROBOTS[1])), 100200)
            call("pick_user_on_seat (second robot)", seats.pick_user_on_seat,
                 pick_user_on_seat_request=le.PickUserOnSeatRequest(room_id=ROOM, index=4, member_account=ROBOTS[1]))
            call("kick_user_off_seat", seats.kick_user_off_seat, kick_user_off_seat_request=le.KickUserOffSeatRequest(
                room_id=ROOM, member_account=ROBOTS[1], data="python scenario"))

            # Gifts: one configured, placed in a category, sent (once refused: unknown), counted.
            call("add_gift", gifts.add_gift, add_gift_request=le.AddGiftRequest(
                gift_id=GIFT["gift_id"], coins=GIFT["coins"], default_name="Rose"))
            gift = call("get_gift", gifts.get_gift, get_gift_request=le.GetGiftRequest(gift_id=GIFT["gift_id"]))
            check(gift.gift_info is not None and gift.gift_info.coins == GIFT["coins"], f"get_gift: {gift.gift_info}")
            call("add_gift_category", categories.add_gift_category, add_gift_category_request=le.AddGiftCategoryRequest(
                category_id=CATEGORY, default_name="Flowers"))
            call("add_gift_category_relations", categories.add_gift_category_relations,
                 add_gift_category_relations_request=le.AddGiftCategoryRelationsRequest(
                     category_id=CATEGORY, gift_id_list=[GIFT["gift_id"]]))
            call("send_gift", gifts.send_gift, send_gift_request=le.SendGiftRequest(
                room_id=ROOM, gift_id=GIFT["gift_id"], count=3, from_account=SENDER, receiver_list_account=[RECEIVER]))
            expect_failure("send_gift", lambda: gifts.send_gift(**per_call(RNG), send_gift_request=le.SendGiftRequest(
                room_id=ROOM, gift_id="py-no-such-gift", from_account=SENDER, receiver_list_account=[RECEIVER])), 102002)
            count = call("get_gift_count", gifts.get_gift_count, get_gift_count_request=le.GetGiftCountRequest(
                room_id=ROOM, from_account=SENDER)).response
            check(count.total_count == 3 and count.total_coins == 3 * GIFT["coins"],
                  f"get_gift_count: expected 3 gifts worth {3 * GIFT['coins']} (the refused one not counted), got {count}")

            # Battle: the room against a second one.
            call("create_room (rival)", rooms.create_room, create_room_request=le.CreateRoomRequest(
                room_info=le.NewRoomInfo(room_id=RIVAL_ROOM, room_type="Live", seat_template="VideoDynamicGrid9Seats",
                                         owner_account=VIEWER)))
            receive_create_room_webhook(server, receiver, sdkappid, RIVAL_ROOM)
            created = call("create_battle", battles.create_battle, create_battle_request=le.CreateBattleRequest(
                from_room_id=ROOM, to_room_id_list=[RIVAL_ROOM], duration=300)).response
            battle_id = created.battle_id
            call("set_battle_score", battles.set_battle_score, set_battle_score_request=le.SetBattleScoreRequest(
                battle_id=battle_id, op_type=1, score_list=[le.BattleRoomScore(room_id=ROOM, score=42)]))
            battle = call("get_battle_info", battles.get_battle_info,
                          get_battle_info_request=le.GetBattleInfoRequest(battle_id=battle_id)).response
            print(f"BATTLE {battle_id}", flush=True)
            scores = {entry.room_id: entry.score for entry in [battle.from_room_info, *battle.to_room_list]}
            check(scores.get(ROOM) == 42, f"get_battle_info: expected score 42 for {ROOM}, got {scores}")

            # Mix stream: the room's streams mixed in a grid.
            call("set_mix_stream", mixing.set_mix_stream, set_mix_stream_request=le.SetMixStreamRequest(
                room_id=ROOM, layout_mode=0, video_encode=le.MixVideoEncode(width=720, height=1280)))

            call("resume_mcu_task", mixing.resume_mcu_task,
                 resume_mcu_task_request=le.ResumeMcuTaskRequest(room_id=ROOM))

            # Messages: a text and a custom message into the room.
            call("send_text_msg", messages.send_text_msg, send_text_msg_request=le.SendTextMsgRequest(
                room_id=ROOM, sender_account=OWNER, text_content="hello from Python"))
            call("send_custom_msg", messages.send_custom_msg, send_custom_msg_request=le.SendCustomMsgRequest(
                room_id=ROOM, sender_account=OWNER, business_id="py-scenario", data='{"step": "custom"}'))

            # Stats.
            stats = call("get_room_stats", rooms.get_room_stats,
                         get_room_stats_request=le.GetRoomStatsRequest(room_id=ROOM)).response
            check(stats is not None, "get_room_stats: the reply has no Response")
            print(f"STATS {stats.to_json()}", flush=True)
            check((stats.total_gifts_sent, stats.total_gift_coins, stats.total_unique_gift_senders,
                   stats.total_msg_count) == (3, 3 * GIFT["coins"], 1, 2),
                  f"get_room_stats: expected 3 gifts worth {3 * GIFT['coins']} from 1 sender and 2 messages")

            # The room changes hands: to the first robot, a member and administrator.
            call("change_room_owner", members.change_room_owner, change_room_owner_request=le.ChangeRoomOwnerRequest(
                room_id=ROOM, new_owner_account=ROBOTS[0]))

            # The rival room goes; its webhook is now switched on too.
            call("destroy_room", rooms.destroy_room, destroy_room_request=le.DestroyRoomRequest(room_id=RIVAL_ROOM))
            destroyed = server.take("Live.CallbackAfterDestroyRoom")
            check(destroyed.status == 200 and isinstance(destroyed.event, le.AfterDestroyRoomEvent),
                  f"Live.CallbackAfterDestroyRoom: answered {destroyed.status} ({destroyed.refusal})")
        finally:
            server.close()
    print("SCENARIO PASSED", flush=True)


def expect_failure(operation: str, send: Callable[[], Any], code: int) -> LiveEngineError:
    reply = send()  # the generated client does not raise on a FAIL envelope
    try:
        ok(reply, operation)
    except LiveEngineError as error:
        check(error.error_code == code and error.action_status == "FAIL",
              f"{operation}: expected FAIL {code}, got {error.action_status} {error.error_code} ({error.error_info})")
        check(error.request_id and error.request_id.startswith("Id-"),
              f"{operation}: the error carries no RequestId: {error.request_id!r}")
        print(f"{operation}: FAIL {error.error_code} as expected (RequestId {error.request_id})", flush=True)
        return error
    raise ScenarioFailure(f"{operation}: expected FAIL {code}, got OK")


def receive_create_room_webhook(server: WebhookServer, receiver: WebhookReceiver, sdkappid: str,
                                room: str = ROOM) -> None:
    """The emulator's delivery: accepted, parsed into AfterCreateRoomEvent; tampered, refused."""
    delivery = server.take("Live.CallbackAfterCreateRoom")
    check(delivery.status == 200, f"Live.CallbackAfterCreateRoom was refused: {delivery.refusal}")
    event = delivery.event
    check(isinstance(event, le.AfterCreateRoomEvent), f"the webhook was parsed into {type(event).__name__}")
    check(event.room_info.room_id == room, f"AfterCreateRoomEvent for {event.room_info.room_id}, not {room}")
    check("Sign=" in delivery.path and "RequestTime=" in delivery.path, "the delivery was not signed")
    check(f"SdkAppid={sdkappid}" in delivery.path, "the delivery names another SdkAppid")
    print(f"WEBHOOK Live.CallbackAfterCreateRoom {event.room_info.room_id} verified, "
          f"{type(event).__name__} (RoomName {event.room_info.room_name!r})", flush=True)
    if room != ROOM:
        return
    # the same request with a changed Sign: the helper refuses it, and so does the server
    try:
        receiver.receive(tampered(delivery.query), delivery.body)
        raise ScenarioFailure("a tampered Sign was accepted")
    except WebhookVerificationError as refused:
        check(refused.reason == WebhookVerificationError.BAD_SIGNATURE, f"tampered Sign refused as {refused.reason}")
    status = server.post(tampered(delivery.path), delivery.body)
    check(status == 403, f"the server answered {status} to a tampered Sign")
    refused_delivery = server.deliveries.get(timeout=5)
    check(refused_delivery.refusal == WebhookVerificationError.BAD_SIGNATURE, "the tampered request was not refused")
    # and a genuine one for another app
    other_app = delivery.query.replace(f"SdkAppid={sdkappid}", "SdkAppid=1400000001")
    try:
        receiver.receive(other_app, delivery.body)
        raise ScenarioFailure("a webhook for another SdkAppid was accepted")
    except WebhookVerificationError as refused:
        check(refused.reason == WebhookVerificationError.WRONG_APP, f"other SdkAppid refused as {refused.reason}")
    print("WEBHOOK tampered Sign refused (bad_signature, HTTP 403); other SdkAppid refused (wrong_app)", flush=True)


def redacted(text: str) -> str:
    """The text without the credentials: a transport error quotes the URL, which carries the UserSig."""
    for name in ("LIVE_ENGINE_USERSIG", "LIVE_ENGINE_WEBHOOK_TOKEN"):
        secret = os.environ.get(name)
        if secret:
            text = text.replace(secret, "<redacted>")
            text = text.replace(urllib.parse.quote(secret, safe=""), "<redacted>")
    return text


if __name__ == "__main__":
    try:
        main()
    except (ScenarioFailure, LiveEngineError) as failure:
        print(redacted(f"SCENARIO FAILED: {failure}"), flush=True)
        sys.exit(1)
    except Exception as error:  # noqa: BLE001 - any other error fails the scenario with its type
        print(redacted(f"SCENARIO FAILED: unexpected {type(error).__name__}: {error}"), flush=True)
        sys.exit(1)
