"""Receiving Live Engine webhooks: verify the request, then parse its body into the generated model.

The service posts each event to the app's webhook address (``set_callback``) with ``SdkAppid``,
``CallbackCommand``, ``contenttype`` and usually ``ClientIP`` and ``OptPlatform`` in the query
string; while a token is set (``set_callback_token``) it adds ``RequestTime`` (Unix seconds) and
``Sign``, the lowercase hex SHA-256 of the token followed by ``RequestTime``::

    receiver = WebhookReceiver(sdk_app_id=1400000000, token=os.environ["LIVE_ENGINE_WEBHOOK_TOKEN"])

    # in your HTTP handler: the raw query string and the body as they arrived
    event = receiver.receive(raw_query, body)          # raises WebhookVerificationError
    if isinstance(event.data, AfterCreateRoomEvent):
        ...
    return webhook_reply()                             # HTTP 200, application/json

The checks, in this order: the request is for this app (``SdkAppid``); with a token, ``Sign`` and
``RequestTime`` are present, ``Sign`` matches (compared in constant time) and ``RequestTime`` is
within 60 s of now; the ``CallbackCommand`` names a webhook of the spec; the body is a JSON object
of that command that validates against its model. Without a token a receiver cannot tell a forged
request from a real one, which is why signing should be switched on.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Union
from urllib.parse import parse_qsl

from pydantic import BaseModel, ValidationError

from live_engine_client import models as _models
from live_engine_client.models.action_status import ActionStatus

__all__ = [
    "DEFAULT_TOLERANCE_SECONDS",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookVerificationError",
    "event_model",
    "sign",
    "signature_matches",
    "webhook_reply",
]

#: how far ``RequestTime`` may be from now, as the service documents it
DEFAULT_TOLERANCE_SECONDS = 60

# <Service>.Callback<Before|After><Name>, as the spec's x-webhooks keys are spelt
_COMMAND_WORD = re.compile(r"^[A-Z][A-Za-z]*\.Callback((?:Before|After)[A-Za-z]+)$")


class WebhookVerificationError(Exception):
    """A webhook request that must not be trusted. ``reason`` is one of ``wrong_app``,
    ``unsigned``, ``bad_signature``, ``stale``, ``unknown_command``, ``malformed_body``.
    The message never shows the token nor the ``Sign``."""

    WRONG_APP = "wrong_app"
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad_signature"
    STALE = "stale"
    UNKNOWN_COMMAND = "unknown_command"
    MALFORMED_BODY = "malformed_body"

    def __init__(self, reason: str, command: Optional[str], message: str) -> None:
        self.reason = reason
        self.command = command
        super().__init__(f"{command or 'webhook'}: {message} ({reason})")


@dataclass(frozen=True)
class WebhookEvent:
    """A verified webhook: its command word, its body as the generated model (``AfterCreateRoomEvent``
    for ``Live.CallbackAfterCreateRoom``), and where the service says it came from."""

    command: str
    data: BaseModel
    opt_platform: Optional[str] = None
    client_ip: Optional[str] = None


def sign(token: str, request_time: int) -> str:
    """``Sign`` for a token and a ``RequestTime``: lowercase hex SHA-256 of the two, concatenated."""
    if not token:
        raise ValueError("the webhook token must not be empty")
    return hashlib.sha256(f"{token}{int(request_time)}".encode("utf-8")).hexdigest()


def signature_matches(token: str, request_time: int, signature: Optional[str]) -> bool:
    """Whether ``signature`` is the ``Sign`` of ``token`` and ``request_time``, compared in constant
    time (hex in either case)."""
    if not signature:
        return False
    try:
        given = signature.lower().encode("ascii")
    except UnicodeEncodeError:
        return False
    return hmac.compare_digest(sign(token, request_time).encode("ascii"), given)


def event_model(command: Optional[str]) -> Optional[type]:
    """The generated model of a webhook's body, by the spec's naming rule: the command word after
    ``.Callback`` plus ``Event`` (``Live.CallbackAfterCreateRoom`` -> ``AfterCreateRoomEvent``).
    ``None`` for anything that is not a webhook of the spec, such as the switch
    ``Live.CallbackBeforeCallBackNotBlock``."""
    match = _COMMAND_WORD.match(command or "")
    if match is None:
        return None
    model = getattr(_models, match.group(1) + "Event", None)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return None
    # the model's CallbackCommand is an enum of exactly its command word: the name rule is not enough
    try:
        model.model_validate({"CallbackCommand": command})
    except ValidationError as invalid:
        if any(error["loc"] == ("CallbackCommand",) for error in invalid.errors()):
            return None
    return model


def webhook_reply(error_code: int = 0, error_info: str = "") -> bytes:
    """The JSON answer to a webhook (send it with HTTP 200 and ``Content-Type: application/json``):
    ``ErrorCode`` 0 acknowledges an "After" event or allows a "Before" one."""
    status = ActionStatus.OK if error_code == 0 else ActionStatus.FAIL
    return json.dumps(
        {"ActionStatus": status.value, "ErrorInfo": error_info, "ErrorCode": error_code},
        separators=(",", ":"),
    ).encode("utf-8")


class WebhookReceiver:
    """Verifies and parses the webhooks of one app. Thread-safe; share one per app."""

    def __init__(
        self,
        sdk_app_id: Union[int, str],
        token: Optional[str] = None,
        tolerance_seconds: int = DEFAULT_TOLERANCE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if sdk_app_id is None or str(sdk_app_id).strip() == "":
            raise ValueError("sdk_app_id is required: a receiver must refuse other apps' webhooks")
        if token is not None and token == "":
            raise ValueError("the webhook token must not be empty (pass None for none)")
        if tolerance_seconds < 0:
            raise ValueError("the tolerance must not be negative")
        self._sdk_app_id = str(int(sdk_app_id))
        self._token = token
        self._tolerance = tolerance_seconds
        self._clock = clock

    def __repr__(self) -> str:  # never the token
        signed = "signed" if self._token else "unsigned"
        return f"WebhookReceiver(sdk_app_id={self._sdk_app_id}, {signed}, tolerance={self._tolerance}s)"

    def receive(self, query: Union[str, Mapping[str, str]], body: Union[bytes, str]) -> WebhookEvent:
        """Verifies a webhook given its raw query string (or decoded parameters) and body, and
        returns it parsed. Raises :class:`WebhookVerificationError` when it must not be trusted."""
        params = _parse_query(query) if isinstance(query, str) else dict(query)
        command = params.get("CallbackCommand")
        if params.get("SdkAppid") != self._sdk_app_id:
            raise WebhookVerificationError(
                WebhookVerificationError.WRONG_APP, command,
                f"the webhook is not for SDKAppID {self._sdk_app_id}")
        if self._token is not None:
            self._verify_signature(command, params.get("Sign"), params.get("RequestTime"))
        model = event_model(command)
        if model is None:
            raise WebhookVerificationError(
                WebhookVerificationError.UNKNOWN_COMMAND, command,
                "the spec describes no such webhook" if command else "CallbackCommand is missing")
        return WebhookEvent(
            command=command,  # type: ignore[arg-type]  # event_model(None) is None
            data=_parse_body(command, body, model),  # type: ignore[arg-type]
            opt_platform=params.get("OptPlatform"),
            client_ip=params.get("ClientIP"),
        )

    def _verify_signature(self, command: Optional[str], signature: Optional[str],
                          request_time: Optional[str]) -> None:
        if not signature or not request_time:
            raise WebhookVerificationError(
                WebhookVerificationError.UNSIGNED, command,
                "Sign and RequestTime are required when a token is set")
        if not request_time.isascii() or not request_time.isdigit():
            raise WebhookVerificationError(
                WebhookVerificationError.BAD_SIGNATURE, command,
                "RequestTime is not a number of seconds")
        seconds = int(request_time)
        # the signature first: a stale request is only worth telling apart once it is known to be genuine
        if not signature_matches(self._token, seconds, signature):  # type: ignore[arg-type]
            raise WebhookVerificationError(
                WebhookVerificationError.BAD_SIGNATURE, command,
                "Sign does not match the token and RequestTime")
        skew = abs(int(self._clock()) - seconds)
        if skew > self._tolerance:
            raise WebhookVerificationError(
                WebhookVerificationError.STALE, command,
                f"RequestTime is {skew} s from now; at most {self._tolerance} s are accepted")


def _parse_query(raw: str) -> dict:
    params: dict = {}
    for name, value in parse_qsl(raw.lstrip("?"), keep_blank_values=True):
        # a parameter given twice is ambiguous: the first one counts, as most servers read it
        params.setdefault(name, value)
    return params


def _parse_body(command: str, body: Union[bytes, str], model: type) -> BaseModel:
    try:
        tree: Any = json.loads(body)
    except (ValueError, TypeError):
        raise WebhookVerificationError(
            WebhookVerificationError.MALFORMED_BODY, command, "the body is not JSON") from None
    if not isinstance(tree, dict) or tree.get("CallbackCommand") != command:
        raise WebhookVerificationError(
            WebhookVerificationError.MALFORMED_BODY, command,
            "the body is not this event (its CallbackCommand must match the query's)")
    try:
        return model.from_dict(tree)  # type: ignore[attr-defined]
    except ValidationError as invalid:
        fields = sorted({".".join(str(part) for part in error["loc"]) for error in invalid.errors()})
        raise WebhookVerificationError(
            WebhookVerificationError.MALFORMED_BODY, command,
            f"the body is not a valid {model.__name__}: {', '.join(fields)}") from None
