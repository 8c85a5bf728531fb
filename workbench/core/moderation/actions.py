"""Moderation actions on queue entries: approve, remove (with a removal reason), spam,
warn, ban, add a note, escalate, dismiss. Each is recorded in the decision log.

What reaches a platform goes through the outbox (core/outbox/actions.py), through the
connector where it can; where it cannot, the action is kept as a manual-assist entry
(the moderator does it on the platform and marks it done), so the log stays complete.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from connectors.api import Action, Capability, ModAction, Moderate, Reply
from workbench.core.accounts.service import AccountService
from workbench.core.inbox.query import State
from workbench.core.inbox.service import InboxService, ItemDetail
from workbench.core.moderation.decisions import DecisionLog
from workbench.core.moderation.notes import MemberNotes
from workbench.core.moderation.reasons import RemovalTemplate, TemplateValues, fill
from workbench.core.moderation.state import Decision, DecisionResult, NoteKind, SendAs
from workbench.core.outbox.actions import OutboxActions, Target
from workbench.core.outbox.state import OutboxStatus
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.interfaces import ModerationSql

log = logging.getLogger(__name__)

C = "Moderation"
NOTE_LIMIT = 250  # Reddit's mod notes: longer local notes stay local
_RESULTS = {
    OutboxStatus.PENDING: DecisionResult.PENDING,
    OutboxStatus.SENDING: DecisionResult.PENDING,
    OutboxStatus.SENT: DecisionResult.SENT,
    OutboxStatus.FAILED: DecisionResult.FAILED,
    OutboxStatus.MANUAL: DecisionResult.MANUAL,
    OutboxStatus.DONE: DecisionResult.DONE,
}
_DECISION_ACTIONS = {
    Decision.APPROVE: ModAction.APPROVE,
    Decision.REMOVE: ModAction.REMOVE,
    Decision.SPAM: ModAction.SPAM,
    Decision.WARN: ModAction.WARN,
    Decision.BAN: ModAction.BAN,
}


@dataclass(frozen=True)
class Removal:
    """How to remove: a removal reason (ours or the platform's) and how the author hears."""

    template: RemovalTemplate | None = None
    send_as: SendAs = SendAs.REPLY
    reason: str = ""  # fills {reason}


@dataclass(frozen=True)
class Done:
    """What one action did: the decisions logged, and a note for the user if any."""

    decision_ids: tuple[int, ...]
    results: tuple[DecisionResult, ...]
    message: Words | None = None


def template_values(detail: ItemDetail, *, mod: str, reason: str = "") -> TemplateValues:
    row = detail.row
    is_post = row.kind == "post"
    return TemplateValues(
        author=row.author,
        subreddit=row.community.removeprefix("r/"),
        kind="submission" if is_post else row.kind,
        title=detail.title or row.title,
        url=row.url,
        link=row.url,
        body=detail.text,
        reason=reason,
        mod=mod,
    )


class ModerationActions:
    def __init__(
        self,
        *,
        actions: OutboxActions,
        accounts: AccountService,
        inbox: InboxService,
        decisions: DecisionLog,
        notes: MemberNotes,
        sql: ModerationSql,
    ) -> None:
        self.sql = sql
        self.actions = actions
        self.accounts = accounts
        self.inbox = inbox
        self.decisions = decisions
        self.notes = notes

    def _capabilities(self, connector_id: str) -> frozenset[Capability]:
        try:
            return self.accounts.connector_class(connector_id).capabilities
        except Exception:  # a plugin that is gone: everything becomes manual assist
            log.warning("connector %s is not available", connector_id)
            return frozenset()

    def _detail(self, item_id: int) -> ItemDetail:
        detail = self.inbox.detail(item_id)
        if detail is None:
            raise LookupError(f"There is no item {item_id}.")
        return detail

    def _can(self, detail: ItemDetail, decision: Decision) -> bool:
        capabilities = self._capabilities(detail.connector_id)
        if "manual" in detail.row.flags or Capability.MODERATE not in capabilities:
            return False
        if decision is Decision.BAN:
            return Capability.BAN in capabilities
        return True

    def _warning(self, detail: ItemDetail, action: Moderate) -> tuple[Action, bool]:
        """A warning as a reply is a plain Reply (every connector that replies can send
        it); by modmail it is Moderate(WARN), for connectors with private messages."""
        capabilities = self._capabilities(detail.connector_id)
        if action.params.get("send_as") == SendAs.REPLY.value:
            reply = Reply(target_id=action.target_id, text=action.message)
            return reply, Capability.REPLY in capabilities and "manual" not in detail.row.flags
        return action, self._can(detail, Decision.WARN) and Capability.MESSAGES in capabilities

    # -- one action on many items ---------------------------------------------------

    def act(
        self,
        item_ids: Sequence[int],
        decision: Decision,
        *,
        by: str,
        rule: str = "",
        rationale: str = "",
        removal: Removal | None = None,
        message: str = "",
        send_as: SendAs = SendAs.REPLY,
        ban_days: int | None = None,
    ) -> Done:
        """Do ``decision`` on each item and log it. ``message``: a warning's or a ban's
        text; ``ban_days`` None bans for good."""
        decision = Decision(decision)
        ids: list[int] = []
        entries: list[int | None] = []  # each decision's outbox entry
        accounts: set[int] = set()  # accounts with entries to send now
        for item_id in dict.fromkeys(item_ids):
            detail = self._detail(item_id)
            outbox_id, result = None, DecisionResult.RECORDED
            if decision in _DECISION_ACTIONS:
                moderate = self._moderate(
                    detail, decision, by, rationale, removal, message, send_as, ban_days
                )
                outbox_id, result = self._queue(detail, decision, moderate, by, rationale)
                if result is DecisionResult.PENDING:
                    accounts.add(detail.row.account_id)
            ids.append(
                self.decisions.record(
                    decision,
                    actor=by,
                    item_id=item_id,
                    member_id=self.notes.author_of(item_id),
                    account_id=detail.row.account_id,
                    community=detail.row.community,
                    rule=rule,
                    rationale=rationale,
                    outbox_id=outbox_id,
                    result=result,
                )
            )
            entries.append(outbox_id)
        # One connection per account for the whole selection, not one per item.
        for account_id in sorted(accounts):
            try:
                self.actions.send_now(account_id)
            except Exception as error:  # they stay pending and go out with the next sync
                log.warning("could not send now: %s", error)
        results = [
            DecisionResult.RECORDED
            if entry is None
            else _RESULTS.get(self.actions.status(entry), DecisionResult.PENDING)
            for entry in entries
        ]
        if decision.resolves and self.actions.triage is not None:
            # The platform's report items are handled too: they leave the inbox's Reports.
            reports = self.sql.report_ids(list(dict.fromkeys(item_ids)))
            if reports:
                self.actions.triage.set_state(reports, State.DONE)
        return Done(tuple(ids), tuple(results))

    def _moderate(
        self,
        detail: ItemDetail,
        decision: Decision,
        by: str,
        rationale: str,
        removal: Removal | None,
        message: str,
        send_as: SendAs,
        ban_days: int | None,
    ) -> Moderate:
        params: dict[str, str] = {}
        text = message
        if decision is Decision.REMOVE and removal is not None:
            if removal.template is not None:
                values = template_values(detail, mod=by, reason=removal.reason)
                text = fill(removal.template.text, values)
                params["title"] = removal.template.title
                if removal.template.native:
                    params["reason_id"] = removal.template.id
            params["send_as"] = SendAs(removal.send_as).value if text else SendAs.NONE.value
        elif decision is Decision.WARN:
            params["send_as"] = SendAs(send_as).value
            params["user"] = detail.row.author
        elif decision is Decision.BAN:
            params["user"] = detail.row.author
            params["duration"] = "" if ban_days is None else str(max(1, min(ban_days, 999)))
            params["community"] = detail.community_external_id
        return Moderate(
            target_id=detail.external_id,
            action=_DECISION_ACTIONS[decision],
            reason=rationale,
            message=text,
            params=params,
        )

    def _queue(
        self, detail: ItemDetail, decision: Decision, action: Moderate, by: str, rationale: str
    ) -> tuple[int, DecisionResult]:
        """Store the action in the outbox (sent by ``act`` for the whole selection)."""
        target = Target.of(detail)
        sent: Action = action
        if decision is Decision.WARN:
            sent, can = self._warning(detail, action)
            manual = not can
        else:
            manual = not self._can(detail, decision)
        entry = self.actions.outbox.queue(
            target.account_id,
            sent,
            item_id=target.item_id,
            created_by=by,
            reason=rationale or ("manual assist: do it on the platform" if manual else ""),
            manual=manual,
        )
        if manual:
            return entry.id, DecisionResult.MANUAL
        if self.actions.triage is not None:
            # As any moderation from the inbox: the item is handled (leaves Reports).
            self.actions.triage.set_state([detail.row.id], State.DONE)
        return entry.id, DecisionResult.PENDING

    # -- notes ------------------------------------------------------------------------

    def add_note(
        self,
        member_id: int,
        text: str,
        *,
        by: str,
        kind: NoteKind = NoteKind.NOTE,
        community: str = "",
        item_id: int | None = None,
        push: bool = False,
    ) -> Done:
        """Keep a note on the member; with ``push``, also as the platform's mod note on
        the community of ``item_id`` where the connector keeps them (250 characters: a
        longer note is kept whole here and not sent, and the message says so)."""
        detail = self._detail(item_id) if item_id is not None else None
        if detail is not None and not community:
            community = detail.row.community
        link = detail.row.url if detail else ""
        note_id = self.notes.add(member_id, text, kind=kind, community=community, by=by, link=link)
        outbox_id, result, message = None, DecisionResult.RECORDED, None
        if push and detail is not None:
            capabilities = self._capabilities(detail.connector_id)
            if Capability.MOD_NOTES not in capabilities:
                message = Words(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Moderation",
                        "This platform keeps no moderator notes: the note is kept here only.",
                    ),
                )
            elif len(text) > NOTE_LIMIT:
                message = Words(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Moderation",
                        "The note is longer than 250 characters: it is kept whole here and "
                        "not sent to the platform.",
                    ),
                )
            else:
                action = Moderate(
                    target_id=detail.external_id,
                    action=ModAction.NOTE,
                    message=text,
                    params={
                        "user": detail.row.author,
                        "label": NoteKind(kind).platform_label,
                        "community": detail.community_external_id,
                    },
                )
                entry = self.actions.outbox.queue(
                    detail.row.account_id, action, item_id=detail.row.id, created_by=by
                )
                outbox_id = entry.id
                result = _RESULTS.get(self.actions.send_entry(entry.id), DecisionResult.PENDING)
                self.notes.pushed(note_id, entry.id)
        decision_id = self.decisions.record(
            Decision.NOTE,
            actor=by,
            item_id=item_id,
            member_id=member_id,
            account_id=detail.row.account_id if detail else None,
            community=community,
            # The kind, not the text: erasing the member must leave no copy of it here.
            rationale=NoteKind(kind).value,
            outbox_id=outbox_id,
            result=result,
        )
        return Done((decision_id,), (result,), message)
