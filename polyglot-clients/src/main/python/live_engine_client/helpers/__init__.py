"""Hand-written helpers shipped with the generated ``live_engine_client`` package.

They are not generated: the build adds this subpackage to the generator's output when it makes the
wheel (see polyglot-clients/README.md). The generated client throws only on transport errors and
non-2xx answers, while the service answers HTTP 200 even when a call fails; :func:`ok` turns a
``FAIL`` envelope into a typed :class:`LiveEngineError`. :class:`WebhookReceiver` checks a webhook
request (``SdkAppid``, ``Sign``/``RequestTime``) and parses its body into the generated event model.
"""

from live_engine_client.helpers.errors import LiveEngineError, ok, per_call
from live_engine_client.helpers.webhooks import (
    WebhookEvent,
    WebhookReceiver,
    WebhookVerificationError,
    event_model,
    sign,
    signature_matches,
    webhook_reply,
)

__all__ = [
    "LiveEngineError",
    "ok",
    "per_call",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookVerificationError",
    "event_model",
    "sign",
    "signature_matches",
    "webhook_reply",
]
