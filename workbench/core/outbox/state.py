"""An outbox entry's status, as stored in ``outbox.status``."""

from __future__ import annotations

import enum


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"  # waits to be sent (now, or with the next sync)
    SENDING = "sending"  # handed to the connector; left so by a crash: see recover_interrupted
    SENT = "sent"
    FAILED = "failed"  # may have half-happened: sent again only on the user's retry
    MANUAL = "manual"  # manual assist: the user does it on the platform
    DONE = "done"  # a manual entry the user marked done

    @property
    def cancellable(self) -> bool:
        return self in (OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.MANUAL)


class ActionKind(enum.StrEnum):
    REPLY = "reply"
    POST = "post"
    MODERATE = "moderate"
