"""What the user can do to an item, and doing it through the outbox: reply, post, moderate.

One Qt-free place for the outbox rules, used by the inbox pane, the CLI (`workbench reply`,
`workbench outbox ...`) and every later pane: an action is stored first, then sent now
(or, offline, with the next sync). An action may be *held* for a few seconds before it
goes out so the user can take it back (as mail clients' "undo send"); a sync running in
the meantime leaves it alone (``send_after``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from connectors.api import FLAG_MANUAL, Action, Capability, ModAction, Moderate, Post, Reply
from workbench.core.accounts.service import AccountService
from workbench.core.communities import CommunityRef
from workbench.core.inbox.query import State
from workbench.core.inbox.service import ItemDetail
from workbench.core.inbox.triage import Triage
from workbench.core.outbox.service import Outbox, OutboxView
from workbench.core.outbox.state import ActionKind, OutboxStatus
from workbench.core.text import QT_TRANSLATE_NOOP, Words

log = logging.getLogger(__name__)

MANUAL_REASON = "manual assist: copied and opened on the platform"
INTERNAL_REASON = "moderator note"


@dataclass(frozen=True)
class Target:
    """The item (or community) an action is about, as the outbox needs it."""

    account_id: int
    item_id: int | None
    external_id: str
    community_external_id: str
    connector_id: str
    flags: tuple[str, ...] = ()

    @classmethod
    def of(cls, detail: ItemDetail) -> Target:
        """The item shown in the inbox (or looked up by the CLI) as an action's target."""
        return cls(
            account_id=detail.row.account_id,
            item_id=detail.row.id,
            external_id=detail.external_id,
            community_external_id=detail.community_external_id,
            connector_id=detail.connector_id,
            flags=detail.row.flags,
        )


@dataclass(frozen=True)
class Abilities:
    """What the item's connector can do for it, so the GUI and CLI offer only that."""

    reply: bool = False
    post: bool = False
    moderate: bool = False
    internal_notes: bool = False
    manual_assist: bool = False


@dataclass(frozen=True)
class Queued:
    """An action stored in the outbox, and its status after the attempt to send it."""

    entry_id: int
    status: OutboxStatus


class OutboxActions:
    def __init__(
        self, *, outbox: Outbox, accounts: AccountService, triage: Triage | None = None
    ) -> None:
        self.outbox = outbox
        self.accounts = accounts
        self.triage = triage

    # -- what can this item do ------------------------------------------------------

    def abilities(self, connector_id: str, flags: Sequence[str] = ()) -> Abilities:
        """An item flagged ``manual`` (from a data export: a group no API reaches) is
        answered by manual assist even when the connector can reply to its other items."""
        try:
            capabilities = self.accounts.connector_class(connector_id).capabilities
        except Exception:  # a plugin that is gone or broken: offer nothing
            log.warning("connector %s is not available", connector_id)
            return Abilities()
        api = FLAG_MANUAL not in flags
        return Abilities(
            reply=api and Capability.REPLY in capabilities,
            post=api and Capability.POST in capabilities,
            moderate=api and Capability.MODERATE in capabilities,
            internal_notes=api and Capability.INTERNAL_NOTES in capabilities,
            manual_assist=Capability.MANUAL_ASSIST in capabilities,
        )

    # -- queueing ---------------------------------------------------------------------

    def reply(
        self, target: Target, text: str, *, by: str, internal: bool = False, hold: float = 0
    ) -> Queued:
        """Reply to the item. ``hold``: seconds to wait before sending (then call send_due)."""
        action = Reply(target_id=target.external_id, text=text, internal=internal)
        return self._queue(target, action, by, INTERNAL_REASON if internal else "", hold)

    def moderate(
        self,
        target: Target,
        action: ModAction,
        *,
        by: str,
        reason: str = "",
        message: str = "",
        hold: float = 0,
    ) -> Queued:
        """Moderate the item; who, when and why are kept with the entry."""
        moderate = Moderate(
            target_id=target.external_id, action=action, reason=reason, message=message
        )
        return self._queue(target, moderate, by, reason, hold)

    def post(self, target: Target, title: str, text: str, *, by: str, hold: float = 0) -> Queued:
        """A new post in the target's community."""
        action = Post(community_id=target.community_external_id, text=text, title=title)
        return self._queue(target, action, by, "", hold, item=False)

    def schedule_post(
        self,
        community: CommunityRef,
        title: str,
        text: str,
        *,
        by: str,
        at: datetime | None = None,
    ) -> Queued:
        """A new post in ``community``, now (``at`` None or past) or when ``at`` comes
        (``send_due`` sends it then, exactly once, across restarts). Where the connector
        cannot post, a manual-assist entry whose due time reminds the user."""
        target = Target(
            account_id=community.account_id,
            item_id=None,
            external_id="",
            community_external_id=community.external_id,
            connector_id=community.connector_id,
        )
        abilities = self.abilities(community.connector_id)
        later = at is not None and at > datetime.now(UTC)
        action = Post(community_id=community.external_id, text=text, title=title)
        if not abilities.post:
            entry = self.outbox.queue(
                community.account_id,
                action,
                created_by=by,
                reason=MANUAL_REASON,
                manual=True,
                send_after=at or datetime.now(UTC),
            )
            return Queued(entry.id, entry.status)
        if not later:
            return self.post(target, title, text, by=by)
        entry = self.outbox.queue(community.account_id, action, created_by=by, send_after=at)
        return Queued(entry.id, entry.status)

    def send_due(self, now: datetime | None = None) -> int:
        """Send every account's pending entries whose time has come (by ``now``); returns
        how many went out. An account whose connector cannot start keeps its entries for
        the next try."""
        sent = 0
        for account_id in self.outbox.due_accounts(now):
            try:
                account = self.accounts.get(account_id)
                if not account.enabled:
                    continue
                connector = self.accounts.connector(account)
            except Exception as error:
                log.warning("cannot send account %s's due entries: %s", account_id, error)
                continue
            try:
                done, _failed = self.outbox.send_pending(account_id, connector, now=now)
                sent += done
            except Exception as error:  # the entries stay pending
                log.warning("sending account %s's due entries failed: %s", account_id, error)
            finally:
                connector.close()
        return sent

    def record_manual(
        self, target: Target, text: str, *, by: str, title: str = "", post: bool = False
    ) -> int:
        """Keep a manual-assist reply or post as an audit entry; returns its id."""
        action: Action = (
            Post(community_id=target.community_external_id, text=text, title=title)
            if post
            else Reply(target_id=target.external_id, text=text)
        )
        entry = self.outbox.queue(
            target.account_id,
            action,
            item_id=None if post else target.item_id,
            created_by=by,
            reason=MANUAL_REASON,
            manual=True,
        )
        return entry.id

    def _queue(
        self,
        target: Target,
        action: Action,
        by: str,
        reason: str,
        hold: float,
        *,
        item: bool = True,
    ) -> Queued:
        send_after = datetime.now(UTC) + timedelta(seconds=hold) if hold > 0 else None
        entry = self.outbox.queue(
            target.account_id,
            action,
            item_id=target.item_id if item else None,
            created_by=by,
            reason=reason,
            send_after=send_after,
        )
        if hold > 0:
            return Queued(entry.id, entry.status)
        self._handled(entry)
        return Queued(entry.id, self.send_entry(entry.id))

    def _handled(self, entry: OutboxView) -> None:
        """A reply or a moderation action on an item handles it: the item is Done (it
        leaves Needs reply, a report leaves Reports). A team note does not."""
        if self.triage is None or entry.item_id is None:
            return
        internal = bool(entry.payload.get("internal"))
        if entry.action == ActionKind.MODERATE or (
            entry.action == ActionKind.REPLY and not internal
        ):
            self.triage.set_state([entry.item_id], State.DONE)

    # -- sending ----------------------------------------------------------------------

    def send_now(self, account_id: int) -> None:
        """Send the account's due entries now (the next sync would do it too); raises on
        a connector that cannot start (the entries stay pending)."""
        account = self.accounts.get(account_id)
        connector = self.accounts.connector(account)
        try:
            self.outbox.send_pending(account_id, connector)
        finally:
            connector.close()

    def send_entry(self, entry_id: int) -> OutboxStatus:
        """Try to send the entry's account's due entries; returns the entry's status."""
        entry = self.get(entry_id)
        try:
            self.send_now(entry.account_id)
        except Exception as error:  # the entry stays pending and goes out with the next sync
            log.warning("could not send now: %s", error)
        return self.status(entry_id)

    def release(self, entry_id: int) -> OutboxStatus:
        """The hold is over (the user did not undo): send the entry now."""
        self.outbox.release(entry_id)
        self._handled(self.get(entry_id))
        return self.send_entry(entry_id)

    def get(self, entry_id: int) -> OutboxView:
        entry = self.outbox.get(entry_id)
        if entry is None:
            text = QT_TRANSLATE_NOOP("Outbox", "There is no outbox entry {id}.")
            raise LookupError(Words("Outbox", text, {"id": entry_id}))
        return entry

    def status(self, entry_id: int) -> OutboxStatus:
        return self.get(entry_id).status

    def retry(self, entry_id: int) -> OutboxStatus:
        """Send a failed entry again (an explicit user decision); found by its id."""
        self.outbox.retry(entry_id)
        return self.send_entry(entry_id)

    def cancel(self, entry_id: int) -> bool:
        """Take back an entry not sent yet; False when it has gone out (or is going).
        Raises LookupError for an id that is not in the outbox."""
        self.get(entry_id)
        return self.outbox.cancel(entry_id)

    def mark_done(self, entry_id: int, *, by: str) -> None:
        self.outbox.mark_done(entry_id, by=by)

    def entries(
        self, *, status: OutboxStatus | None = None, item_id: int | None = None
    ) -> list[OutboxView]:
        if item_id is not None:
            return self.outbox.for_item(item_id)
        return self.outbox.entries(status=status)
