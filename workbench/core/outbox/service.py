"""The outbox: actions (reply, post, moderate) are stored first, then sent by the sync engine.

An entry is marked ``sending`` in its own committed transaction before the connector is
called, so a crash mid-send never leads to a second automatic send: an entry found still
``sending`` by a later run is marked failed with a request to check the platform, and only
the user's explicit retry sends it again. Platforms without an API get ``manual`` entries
(manual assist): the user copies the text, does it on the platform and marks it done; the
entry stays as an audit trail.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from connectors.api import (
    Action,
    Capability,
    Connector,
    ConnectorError,
    ModAction,
    Moderate,
    Offline,
    Post,
    Reply,
)
from workbench.core.outbox.state import OutboxStatus
from workbench.core.stored_words import plain
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.models import Item, OutboxEntry
from workbench.db.store import Store

log = logging.getLogger(__name__)

# A "sending" entry older than this was interrupted by a crash, not sent by a live process.
STALE_SENDING = timedelta(minutes=5)
INTERRUPTED = QT_TRANSLATE_NOOP(
    "Outbox",
    "Interrupted while sending. Check on the platform whether it went out before retrying.",
)
# The column keeps English text (other areas and `outbox list --format jsonl` read it as it
# is); error_words() finds our own sentences in it again, to show them translated.
UNEXPECTED = QT_TRANSLATE_NOOP("Outbox", "Unexpected error: {error}")
NO_REPLY = QT_TRANSLATE_NOOP("Outbox", "{connector} cannot reply through its API.")
_UNEXPECTED_PREFIX = UNEXPECTED.partition("{")[0]
_NO_REPLY_SUFFIX = NO_REPLY.partition("}")[2]


def error_words(text: str) -> Words:
    """An entry's stored error as Words: ours translatable, a platform's as it is."""
    if text == INTERRUPTED:
        return Words("Outbox", INTERRUPTED)
    if text.startswith(_UNEXPECTED_PREFIX):
        return Words("Outbox", UNEXPECTED, {"error": text.removeprefix(_UNEXPECTED_PREFIX)})
    if text.endswith(_NO_REPLY_SUFFIX) and "\n" not in text:
        return Words("Outbox", NO_REPLY, {"connector": text.removesuffix(_NO_REPLY_SUFFIX)})
    return plain(text)


def _now() -> datetime:
    # Whole seconds, as stored: a view returned by queue() equals the entry read back later.
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class OutboxView:
    id: int
    account_id: int
    item_id: int | None
    action: str
    payload: dict[str, Any]
    status: OutboxStatus
    created_at: datetime
    created_by: str
    reason: str
    attempts: int
    last_error: str
    sent_at: datetime | None
    result_url: str
    result_external_id: str = ""  # the platform's id of what was made (a post, a reply)
    send_after: datetime | None = None  # held (undo send) or scheduled: not sent before

    @property
    def text(self) -> str:
        return str(self.payload.get("text", ""))

    @property
    def error_words(self) -> Words:
        """``last_error`` as Words, to show translated (``last_error`` is the English)."""
        return error_words(self.last_error)


def _view(entry: OutboxEntry) -> OutboxView:
    return OutboxView(
        id=entry.id,
        account_id=entry.account_id,
        item_id=entry.item_id,
        action=entry.action,
        payload=dict(entry.payload),
        status=OutboxStatus(entry.status),
        created_at=entry.created_at,
        created_by=entry.created_by,
        reason=entry.reason,
        attempts=entry.attempts,
        last_error=entry.last_error,
        sent_at=entry.sent_at,
        result_url=entry.result_url,
        result_external_id=entry.result_external_id,
        send_after=entry.send_after,
    )


def to_payload(action: Action) -> tuple[str, dict[str, Any]]:
    kind = {Reply: "reply", Post: "post", Moderate: "moderate"}[type(action)]
    return kind, {k: str(v) if isinstance(v, ModAction) else v for k, v in asdict(action).items()}


def from_payload(kind: str, payload: dict[str, Any]) -> Action:
    if kind == "reply":
        return Reply(**payload)
    if kind == "post":
        return Post(**payload)
    return Moderate(**{**payload, "action": ModAction(payload["action"])})


class Outbox:
    def __init__(self, store: Store) -> None:
        self.store = store

    def queue(
        self,
        account_id: int,
        action: Action,
        *,
        item_id: int | None = None,
        created_by: str = "",
        reason: str = "",
        manual: bool = False,
        send_after: datetime | None = None,
    ) -> OutboxView:
        kind, payload = to_payload(action)
        with self.store.writing() as session:
            entry = OutboxEntry(
                account_id=account_id,
                item_id=item_id,
                action=kind,
                payload=payload,
                status=OutboxStatus.MANUAL if manual else OutboxStatus.PENDING,
                created_at=_now(),
                created_by=created_by,
                reason=reason,
                attempts=0,
                last_error="",
                result_external_id="",
                result_url="",
                send_after=send_after,
            )
            session.add(entry)
            session.flush()
            return _view(entry)

    def _entry(self, session: Session, entry_id: int) -> OutboxEntry:
        entry = session.get(OutboxEntry, entry_id)
        if entry is None:
            text = QT_TRANSLATE_NOOP("Outbox", "There is no outbox entry {id}.")
            raise LookupError(Words("Outbox", text, {"id": entry_id}))
        return entry

    def get(self, entry_id: int) -> OutboxView | None:
        with self.store.session() as session:
            entry = session.get(OutboxEntry, entry_id)
            return _view(entry) if entry is not None else None

    def for_item(self, item_id: int) -> list[OutboxView]:
        with self.store.session() as session:
            rows = session.scalars(
                select(OutboxEntry).where(OutboxEntry.item_id == item_id).order_by(OutboxEntry.id)
            )
            return [_view(e) for e in rows]

    def entries(
        self, *, account_id: int | None = None, status: str | None = None
    ) -> list[OutboxView]:
        query = select(OutboxEntry).order_by(OutboxEntry.id)
        if account_id is not None:
            query = query.where(OutboxEntry.account_id == account_id)
        if status is not None:
            query = query.where(OutboxEntry.status == status)
        with self.store.session() as session:
            return [_view(e) for e in session.scalars(query)]

    def due_accounts(self, now: datetime | None = None) -> list[int]:
        """Accounts with pending entries whose time has come (scheduled posts, ended holds)."""
        now = now or _now()
        with self.store.session() as session:
            return list(
                session.scalars(
                    select(OutboxEntry.account_id)
                    .where(
                        OutboxEntry.status == OutboxStatus.PENDING,
                        or_(OutboxEntry.send_after.is_(None), OutboxEntry.send_after <= now),
                    )
                    .distinct()
                    .order_by(OutboxEntry.account_id)
                )
            )

    def retry(self, entry_id: int) -> None:
        """Send a failed entry again on the next sync (an explicit user decision)."""
        with self.store.writing() as session:
            entry = self._entry(session, entry_id)
            if entry.status == OutboxStatus.FAILED:
                entry.status = OutboxStatus.PENDING
                entry.send_after = None  # it failed when due: the user's retry is now

    def cancel(self, entry_id: int) -> bool:
        with self.store.writing() as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None:  # already taken back
                return False
            if OutboxStatus(entry.status).cancellable:
                session.delete(entry)
                return True
            return False

    def mark_done(self, entry_id: int, *, by: str = "") -> None:
        """The user did a manual-assist action on the platform by hand."""
        with self.store.writing() as session:
            entry = self._entry(session, entry_id)
            entry.status = OutboxStatus.DONE
            entry.sent_at = _now()
            if by:
                entry.reason = f"{entry.reason}\nmarked done by {by}".strip()

    def release(self, entry_id: int) -> None:
        """A held entry may go out now."""
        with self.store.writing() as session:
            self._entry(session, entry_id).send_after = None

    def recover_interrupted(self, account_id: int) -> int:
        """Mark entries left ``sending`` by a crashed run as failed (never resend silently)."""
        with self.store.writing() as session:
            result = session.execute(
                update(OutboxEntry)
                .where(
                    OutboxEntry.account_id == account_id,
                    OutboxEntry.status == OutboxStatus.SENDING,
                    OutboxEntry.sent_at < _now() - STALE_SENDING,
                )
                .values(status=OutboxStatus.FAILED, last_error=INTERRUPTED)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def send_pending(
        self, account_id: int, connector: Connector, *, now: datetime | None = None
    ) -> tuple[int, int]:
        """Send every pending entry of the account due by ``now``; return (sent, failed)."""
        due_by = now or _now()
        self.recover_interrupted(account_id)
        sent = failed = 0
        with self.store.session() as session:
            ids = session.scalars(
                select(OutboxEntry.id)
                .where(
                    OutboxEntry.account_id == account_id,
                    OutboxEntry.status == OutboxStatus.PENDING,
                    # Held entries wait: the user may still take them back.
                    or_(OutboxEntry.send_after.is_(None), OutboxEntry.send_after <= due_by),
                )
                .order_by(OutboxEntry.id)
            ).all()
        for entry_id in ids:
            with self.store.writing() as session:
                entry = session.get_one(OutboxEntry, entry_id)
                if entry.status != OutboxStatus.PENDING:  # another process took it
                    continue
                entry.status = OutboxStatus.SENDING
                entry.attempts += 1
                entry.sent_at = _now()
                kind, payload = entry.action, dict(entry.payload)
            try:
                action = from_payload(kind, payload)
                if kind == "reply" and Capability.REPLY not in connector.capabilities:
                    raise ConnectorError(NO_REPLY.format(connector=connector.display_name))
                result = connector.send(action)
            except Offline as error:
                # Nothing reached the platform: the entry waits for the next sync, and the
                # rest wait with it. (Any other failure may have half-happened: it is shown
                # as failed and sent again only when the user retries.)
                self._finish(entry_id, OutboxStatus.PENDING, error=str(error))
                break
            except ConnectorError as error:
                self._finish(entry_id, OutboxStatus.FAILED, error=str(error))
                failed += 1
                continue
            except Exception as error:  # a plugin may raise anything
                log.exception("connector %s failed to send", connector.id)
                self._finish(entry_id, OutboxStatus.FAILED, error=UNEXPECTED.format(error=error))
                failed += 1
                continue
            self._finish(
                entry_id, OutboxStatus.SENT, external_id=result.external_id, url=result.url
            )
            sent += 1
        return sent, failed

    def _finish(
        self,
        entry_id: int,
        status: OutboxStatus,
        *,
        error: str = "",
        external_id: str = "",
        url: str = "",
    ) -> None:
        with self.store.writing() as session:
            entry = session.get_one(OutboxEntry, entry_id)
            entry.status = status
            entry.last_error = error
            entry.result_external_id = external_id
            entry.result_url = url
            entry.sent_at = _now()

    def item_account(self, item_id: int) -> int:
        with self.store.session() as session:
            return session.get_one(Item, item_id).account_id
