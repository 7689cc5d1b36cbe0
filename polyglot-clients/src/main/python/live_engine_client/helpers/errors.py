"""Typed errors for the Live Engine reply envelope.

Every reply carries ``ActionStatus`` (``OK``/``FAIL``), ``ErrorCode``, ``ErrorInfo`` and
``RequestId``; the service answers HTTP 200 whatever the outcome, so the generated client returns a
failed call as an ordinary reply object. Wrap a call in :func:`ok` to get the reply back when it
succeeded and a :class:`LiveEngineError` when it did not::

    from live_engine_client.helpers import LiveEngineError, ok, per_call

    try:
        info = ok(rooms.get_room_info(**per_call(), get_room_info_request=GetRoomInfoRequest(room_id="r1")))
    except LiveEngineError as e:
        if e.error_code == 100004:   # the room does not exist
            ...
"""

from __future__ import annotations

import secrets
from typing import Any, Dict, Optional, TypeVar

from live_engine_client.models.content_type import ContentType

__all__ = ["LiveEngineError", "ok", "per_call"]

Reply = TypeVar("Reply")

#: the largest value of ``random``, an unsigned 32-bit number
_RANDOM_MAX = 4294967295


class LiveEngineError(Exception):
    """A reply whose ``ActionStatus`` is ``FAIL`` or whose ``ErrorCode`` is not 0.

    ``error_code`` is the service's code (the spec's ``x-error-codes`` lists them), ``error_info``
    its explanation, ``request_id`` the ID to quote to support, ``operation`` the command if known.
    """

    def __init__(
        self,
        error_code: int,
        error_info: Optional[str],
        request_id: Optional[str],
        operation: Optional[str] = None,
        action_status: str = "FAIL",
    ) -> None:
        self.error_code = error_code
        self.error_info = error_info or ""
        self.request_id = request_id
        self.operation = operation
        self.action_status = action_status
        what = operation or "the call"
        super().__init__(
            f"{what} failed: ErrorCode {error_code} ({self.error_info or 'no ErrorInfo'}), "
            f"RequestId {request_id or 'none'}"
        )

    def __reduce__(self):  # picklable with all its fields
        return (
            type(self),
            (self.error_code, self.error_info, self.request_id, self.operation, self.action_status),
        )


def _status_text(status: Any) -> str:
    # ActionStatus is a str enum; a plain string also works
    return str(getattr(status, "value", status))


def ok(reply: Reply, operation: Optional[str] = None) -> Reply:
    """Returns ``reply`` when it reports success, raises :class:`LiveEngineError` when it does not.

    Success is ``ActionStatus`` ``OK`` with ``ErrorCode`` 0. ``operation`` only names the command
    in the error. A reply without an envelope is a programming error (``TypeError``).
    """
    try:
        status = reply.action_status  # type: ignore[attr-defined]
        code = reply.error_code  # type: ignore[attr-defined]
    except AttributeError:
        raise TypeError(
            f"{type(reply).__name__} is not a Live Engine reply (no ActionStatus/ErrorCode)"
        ) from None
    status_text = _status_text(status)
    if status_text == "OK" and code == 0:
        return reply
    raise LiveEngineError(
        error_code=code,
        error_info=getattr(reply, "error_info", None),
        request_id=getattr(reply, "request_id", None),
        operation=operation,
        action_status=status_text,
    )


def per_call(rng: Optional[Any] = None) -> Dict[str, Any]:
    """The two parameters every operation takes besides its body: a fresh ``random`` in
    0..4294967295 and ``contenttype`` ``json``. Use as ``api.some_call(**per_call(), ...)``.

    ``rng`` (anything with ``randint``, such as a seeded ``random.Random``) is for reproducible
    tests; by default the number comes from :mod:`secrets`.
    """
    value = rng.randint(0, _RANDOM_MAX) if rng is not None else secrets.randbelow(_RANDOM_MAX + 1)
    return {"random": value, "contenttype": ContentType.JSON}
