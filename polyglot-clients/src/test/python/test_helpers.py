"""Unit tests of the hand-written helpers of live_engine_client (live_engine_client.helpers).

Run by PythonHelpersTest with the standard library's unittest (no pytest needed):
    python3 -m unittest -v test_helpers
with the assembled package on PYTHONPATH and, from the Java test:
  LIVE_ENGINE_WEBHOOK_COMMANDS   the keys of the spec's x-webhooks, comma-separated
  LIVE_ENGINE_WEBHOOK_EXAMPLES   openapi/spec/webhooks, whose */examples/*.request.json are the documented bodies
  LIVE_ENGINE_README             polyglot-clients/README.md, whose webhook block is run here
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import time
import pickle
import random
import unittest
from pathlib import Path

import live_engine_client as le
from live_engine_client.helpers import (
    LiveEngineError,
    WebhookReceiver,
    WebhookVerificationError,
    event_model,
    ok,
    per_call,
    sign,
    signature_matches,
    webhook_reply,
)

# The vendor's verified example (webhook authentication overview), recomputed with sha256sum.
DOC_TOKEN = "xxxxyyyy"
DOC_REQUEST_TIME = 1669872112
DOC_SIGN = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
SDKAPPID = 1400000000
BODY = json.dumps({
    "CallbackCommand": "Live.CallbackAfterCreateRoom",
    "Operator_Account": "admin",
    "RoomInfo": {"RoomId": "room1", "RoomName": "Room 1", "RoomType": "Live", "Owner_Account": "user3",
                 "CreateTime": 1703589922},
    "EventTime": 1703589922780,
}).encode()


def query(command: str = "Live.CallbackAfterCreateRoom", sdkappid: int = SDKAPPID, **extra: object) -> str:
    parts = {"SdkAppid": sdkappid, "CallbackCommand": command, "contenttype": "json", "ClientIP": "127.0.0.1",
             "OptPlatform": "RESTAPI", **extra}
    return "&".join(f"{name}={value}" for name, value in parts.items())


def receiver_at(now: float, token: str | None = DOC_TOKEN) -> WebhookReceiver:
    return WebhookReceiver(sdk_app_id=SDKAPPID, token=token, clock=lambda: now)


class SignatureTest(unittest.TestCase):

    def test_signs_the_documented_vector(self) -> None:
        self.assertEqual(DOC_SIGN, sign(DOC_TOKEN, DOC_REQUEST_TIME))

    def test_accepts_only_the_sign_of_that_token_and_time(self) -> None:
        self.assertTrue(signature_matches(DOC_TOKEN, DOC_REQUEST_TIME, DOC_SIGN))
        self.assertTrue(signature_matches(DOC_TOKEN, DOC_REQUEST_TIME, DOC_SIGN.upper()), "hex in either case")
        self.assertFalse(signature_matches(DOC_TOKEN, DOC_REQUEST_TIME + 1, DOC_SIGN))
        self.assertFalse(signature_matches("xxxxyyyz", DOC_REQUEST_TIME, DOC_SIGN))
        self.assertFalse(signature_matches(DOC_TOKEN, DOC_REQUEST_TIME, DOC_SIGN[1:]))
        self.assertFalse(signature_matches(DOC_TOKEN, DOC_REQUEST_TIME, DOC_SIGN[:-1] + "é"))
        self.assertFalse(signature_matches(DOC_TOKEN, DOC_REQUEST_TIME, ""))
        self.assertFalse(signature_matches(DOC_TOKEN, DOC_REQUEST_TIME, None))

    def test_an_empty_token_signs_nothing(self) -> None:
        with self.assertRaises(ValueError):
            sign("", DOC_REQUEST_TIME)
        with self.assertRaises(ValueError):
            WebhookReceiver(sdk_app_id=SDKAPPID, token="")


class ReceiverTest(unittest.TestCase):

    def signed(self) -> str:
        return query(RequestTime=DOC_REQUEST_TIME, Sign=DOC_SIGN)

    def test_accepts_the_documented_vector_and_parses_the_generated_model(self) -> None:
        event = receiver_at(DOC_REQUEST_TIME + 5).receive(self.signed(), BODY)
        self.assertEqual("Live.CallbackAfterCreateRoom", event.command)
        self.assertIsInstance(event.data, le.AfterCreateRoomEvent)
        self.assertEqual("room1", event.data.room_info.room_id)
        self.assertEqual("user3", event.data.room_info.owner_account)
        self.assertEqual(("RESTAPI", "127.0.0.1"), (event.opt_platform, event.client_ip))
        # decoded parameters work as well as the raw query string; so does a str body
        params = dict(part.split("=", 1) for part in self.signed().split("&"))
        self.assertIsInstance(receiver_at(DOC_REQUEST_TIME).receive(params, BODY.decode()).data,
                              le.AfterCreateRoomEvent)

    def test_refuses_a_tampered_sign(self) -> None:
        tampered = query(RequestTime=DOC_REQUEST_TIME, Sign="0" + DOC_SIGN[1:])
        self.assert_refused(WebhookVerificationError.BAD_SIGNATURE, receiver_at(DOC_REQUEST_TIME), tampered, BODY)
        later = query(RequestTime=DOC_REQUEST_TIME + 1, Sign=DOC_SIGN)
        self.assert_refused(WebhookVerificationError.BAD_SIGNATURE, receiver_at(DOC_REQUEST_TIME), later, BODY)
        not_a_number = query(RequestTime="16698721x2", Sign=DOC_SIGN)
        self.assert_refused(WebhookVerificationError.BAD_SIGNATURE, receiver_at(DOC_REQUEST_TIME), not_a_number, BODY)

    def test_accepts_60_seconds_either_way_and_no_more(self) -> None:
        for now in (DOC_REQUEST_TIME - 60, DOC_REQUEST_TIME + 60, DOC_REQUEST_TIME + 60.9):
            receiver_at(now).receive(self.signed(), BODY)
        for now in (DOC_REQUEST_TIME - 61, DOC_REQUEST_TIME + 61, DOC_REQUEST_TIME + 3600):
            self.assert_refused(WebhookVerificationError.STALE, receiver_at(now), self.signed(), BODY)

    def test_the_signature_is_checked_before_the_time(self) -> None:
        stale_and_forged = query(RequestTime=DOC_REQUEST_TIME, Sign="f" * 64)
        self.assert_refused(WebhookVerificationError.BAD_SIGNATURE, receiver_at(DOC_REQUEST_TIME + 3600),
                            stale_and_forged, BODY)

    def test_refuses_an_unsigned_request_when_a_token_is_set(self) -> None:
        receiver = receiver_at(DOC_REQUEST_TIME)
        self.assert_refused(WebhookVerificationError.UNSIGNED, receiver, query(), BODY)
        self.assert_refused(WebhookVerificationError.UNSIGNED, receiver, query(Sign=DOC_SIGN), BODY)
        self.assert_refused(WebhookVerificationError.UNSIGNED, receiver, query(RequestTime=DOC_REQUEST_TIME), BODY)
        # without a token there is nothing to check
        self.assertIsInstance(receiver_at(0, token=None).receive(query(), BODY).data, le.AfterCreateRoomEvent)

    def test_refuses_another_app_before_anything_else(self) -> None:
        other = query(sdkappid=1400000001, RequestTime=DOC_REQUEST_TIME, Sign=DOC_SIGN)
        self.assert_refused(WebhookVerificationError.WRONG_APP, receiver_at(DOC_REQUEST_TIME), other, BODY)
        missing = "CallbackCommand=Live.CallbackAfterCreateRoom"
        self.assert_refused(WebhookVerificationError.WRONG_APP, receiver_at(DOC_REQUEST_TIME), missing, BODY)
        # the first of two SdkAppid counts, as most servers read it
        twice = f"SdkAppid=1400000001&{self.signed()}"
        self.assert_refused(WebhookVerificationError.WRONG_APP, receiver_at(DOC_REQUEST_TIME), twice, BODY)

    def test_refuses_commands_the_spec_does_not_describe(self) -> None:
        receiver = receiver_at(DOC_REQUEST_TIME)
        for command in ("Live.CallbackAfterNothing", "Live.CallbackBeforeCallBackNotBlock", "", "Sign"):
            signed = query(command=command, RequestTime=DOC_REQUEST_TIME, Sign=DOC_SIGN)
            self.assert_refused(WebhookVerificationError.UNKNOWN_COMMAND, receiver, signed, BODY)

    def test_refuses_a_body_that_is_not_the_event(self) -> None:
        receiver = receiver_at(DOC_REQUEST_TIME)
        other_event = query(command="Live.CallbackAfterDestroyRoom", RequestTime=DOC_REQUEST_TIME, Sign=DOC_SIGN)
        self.assert_refused(WebhookVerificationError.MALFORMED_BODY, receiver, other_event, BODY)
        broken = json.loads(BODY)
        del broken["RoomInfo"]
        self.assert_refused(WebhookVerificationError.MALFORMED_BODY, receiver, self.signed(), json.dumps(broken))
        for body in (b"", b"not json", b"[]", b'"text"'):
            self.assert_refused(WebhookVerificationError.MALFORMED_BODY, receiver, self.signed(), body)

    def test_never_shows_the_token(self) -> None:
        receiver = receiver_at(DOC_REQUEST_TIME)
        self.assertNotIn(DOC_TOKEN, repr(receiver))
        self.assertNotIn(DOC_TOKEN, str(receiver))
        try:
            receiver.receive(query(RequestTime=DOC_REQUEST_TIME, Sign="0" * 64), BODY)
        except WebhookVerificationError as refused:
            self.assertNotIn(DOC_TOKEN, str(refused))
            self.assertNotIn(DOC_SIGN, str(refused))

    def assert_refused(self, reason: str, receiver: WebhookReceiver, raw_query: str, body: object) -> None:
        with self.assertRaises(WebhookVerificationError, msg=f"accepted {raw_query}") as refused:
            receiver.receive(raw_query, body)  # type: ignore[arg-type]
        self.assertEqual(reason, refused.exception.reason, str(refused.exception))


class EventModelTest(unittest.TestCase):

    def commands(self) -> list[str]:
        listed = os.environ.get("LIVE_ENGINE_WEBHOOK_COMMANDS")
        if listed:
            return listed.split(",")
        # outside the Java test: every value of the generated CallbackCommand enum but the switch
        return [c.value for c in le.CallbackCommand if c.value != "Live.CallbackBeforeCallBackNotBlock"]

    def test_every_webhook_of_the_spec_has_its_generated_model(self) -> None:
        commands = self.commands()
        self.assertEqual(18, len(commands), commands)
        for command in commands:
            model = event_model(command)
            self.assertIsNotNone(model, f"no generated model for {command}")
            self.assertEqual(command.split(".Callback", 1)[1] + "Event", model.__name__)

    def test_parses_every_documented_body(self) -> None:
        examples = os.environ.get("LIVE_ENGINE_WEBHOOK_EXAMPLES")
        if not examples:
            self.skipTest("LIVE_ENGINE_WEBHOOK_EXAMPLES is not set (the Java test sets it)")
        files = sorted(Path(examples).glob("*/examples/*.request.json"))
        self.assertGreaterEqual(len(files), 18, f"expected a documented body per webhook under {examples}")
        receiver = WebhookReceiver(sdk_app_id=SDKAPPID)
        seen = set()
        for file in files:
            body = file.read_bytes()
            command = json.loads(body)["CallbackCommand"]
            event = receiver.receive(query(command=command), body)
            self.assertEqual(event_model(command), type(event.data), file.name)
            seen.add(command)
        self.assertEqual(set(self.commands()), seen, "a webhook without a documented body")


class EnvelopeTest(unittest.TestCase):

    FAIL = ('{"ActionStatus": "FAIL", "ErrorCode": 100004, "ErrorInfo": "room does not exist",'
            ' "RequestId": "Id-0123456789abcdef0123456789abcdef-O-Seq-7"}')

    def test_returns_a_successful_reply(self) -> None:
        reply = le.GetRoomInfoResponse.from_json('{"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", '
                                                 '"RequestId": "Id-1-O-Seq-1"}')
        self.assertIs(reply, ok(reply))

    def test_raises_a_fail_envelope_typed(self) -> None:
        reply = le.GetRoomInfoResponse.from_json(self.FAIL)
        with self.assertRaises(LiveEngineError) as raised:
            ok(reply, "get_room_info")
        error = raised.exception
        self.assertEqual((100004, "room does not exist", "Id-0123456789abcdef0123456789abcdef-O-Seq-7"),
                         (error.error_code, error.error_info, error.request_id))
        self.assertEqual(("get_room_info", "FAIL"), (error.operation, error.action_status))
        self.assertIn("100004", str(error))
        self.assertIn("Id-0123456789abcdef0123456789abcdef-O-Seq-7", str(error))
        copy = pickle.loads(pickle.dumps(error))
        self.assertEqual((error.error_code, error.request_id), (copy.error_code, copy.request_id))

    def test_an_ok_status_with_an_error_code_is_a_failure(self) -> None:
        reply = le.BaseResponse.from_json('{"ActionStatus": "OK", "ErrorCode": 70107, "RequestId": "Id-2-O-Seq-2"}')
        with self.assertRaises(LiveEngineError) as raised:
            ok(reply)
        self.assertEqual((70107, "", "OK"), (raised.exception.error_code, raised.exception.error_info,
                                             raised.exception.action_status))

    def test_refuses_what_is_not_a_reply(self) -> None:
        with self.assertRaises(TypeError):
            ok(object())

    def test_per_call_parameters(self) -> None:
        rng = random.Random(7)
        values = [per_call(rng)["random"] for _ in range(1000)]
        self.assertTrue(all(0 <= value <= 4294967295 for value in values))
        self.assertEqual(values, [per_call(random.Random(7))["random"]] + values[1:], "seeded: reproducible")
        fresh = per_call()
        self.assertEqual(le.ContentType.JSON, fresh["contenttype"])
        self.assertTrue(0 <= fresh["random"] <= 4294967295)

    def test_webhook_reply_is_the_generated_model(self) -> None:
        acknowledged = le.WebhookReply.from_json(webhook_reply().decode())
        self.assertEqual((le.ActionStatus.OK, 0, ""), (acknowledged.action_status, acknowledged.error_code,
                                                       acknowledged.error_info))
        refused = le.BeforeSendGiftReply.from_json(webhook_reply(102150, "ask first").decode())
        self.assertEqual((le.ActionStatus.FAIL, 102150), (refused.action_status, refused.error_code))


class ReadmeWebhookBlockTest(unittest.TestCase):
    """The README's webhook handler, run as written, on a request signed now and on a tampered one."""

    MARKER = "<!-- tested by PythonHelpersTest -->"

    def block(self) -> str:
        readme = os.environ.get("LIVE_ENGINE_README")
        if not readme:
            self.skipTest("LIVE_ENGINE_README is not set (the Java test sets it)")
        text = Path(readme).read_text(encoding="utf-8")
        self.assertIn(self.MARKER, text)
        start = text.index("```python\n", text.index(self.MARKER)) + len("```python\n")
        return text[start:text.index("\n```", start)]

    def test_the_readme_handler_accepts_a_signed_request_and_refuses_a_tampered_one(self) -> None:
        token, now = "readme-token", int(time.time())
        namespace: dict = {}
        os.environ["LIVE_ENGINE_WEBHOOK_TOKEN"] = token
        try:
            exec(compile(self.block(), "README.md (webhook block)", "exec"), namespace)  # noqa: S102
        finally:
            del os.environ["LIVE_ENGINE_WEBHOOK_TOKEN"]
        handle = namespace["handle_webhook"]
        signed = query(RequestTime=now, Sign=sign(token, now))
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            status, answer = handle(signed, BODY)
        self.assertEqual(200, status)
        self.assertEqual(0, le.WebhookReply.from_json(answer.decode()).error_code)
        self.assertEqual("room created: room1", printed.getvalue().strip())
        self.assertEqual(403, handle(query(RequestTime=now, Sign=sign("another-token", now)), BODY)[0])
        self.assertEqual(403, handle(query(sdkappid=1400000001, RequestTime=now, Sign=sign(token, now)), BODY)[0])


if __name__ == "__main__":
    unittest.main(verbosity=2)
