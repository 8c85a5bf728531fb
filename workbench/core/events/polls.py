"""Polls: a question and 2 to 6 options, open 1 to 7 days, posted in a community as a
native poll where the connector can (``Capability.POLLS``: Reddit), otherwise as a post
listing the options (through the outbox, manual assist where the connector cannot post).
Results are synced from native polls or entered by hand.

Where a poll went and its votes are kept with the event's poll (``events.poll``). A native
poll is marked ``sending`` before the connector is called, as the outbox does, so a crash
never posts it twice: a poll found ``sending`` is shown as failed and posted again only
when the user asks.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.api import Capability, ConnectorError, PollPost, Polls
from workbench.core.accounts.service import AccountService
from workbench.core.communities import Communities, CommunityRef
from workbench.core.events import templates
from workbench.core.events.model import EventError, PollSpec
from workbench.core.outbox.actions import OutboxActions
from workbench.core.text import QT_TRANSLATE_NOOP
from workbench.db.models import Event
from workbench.db.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Publication:
    community_id: int
    native: bool
    state: str  # sending | posted | listed | failed
    external_id: str = ""
    url: str = ""
    outbox_id: int | None = None
    error: str = ""


@dataclass(frozen=True)
class PollTally:
    votes: tuple[tuple[str, int], ...]
    total: int
    source: str  # synced | entered
    at: datetime


INTERRUPTED = (
    "Interrupted while posting. Check on the platform whether the poll is there before "
    "posting it again."
)


def _recovered(publication: Publication) -> Publication:
    """A poll found "sending" was interrupted (publish sends and saves in one call)."""
    if publication.state != "sending":
        return publication
    return Publication(publication.community_id, True, "failed", error=INTERRUPTED)


def listing_text(poll: PollSpec, closes: datetime, language: str = "en") -> str:
    """The post for a platform without native polls."""
    lines = [poll.question, ""]
    lines += [f"{number}. {option}" for number, option in enumerate(poll.options, 1)]
    when = templates.date_text(closes, language)
    if language == "fr":
        lines += ["", f"Répondez avec le numéro de votre choix, jusqu'au {when}."]
    else:
        lines += ["", f"Reply with the number of your choice by {when}."]
    return "\n".join(lines)


class PollPublisher:
    def __init__(
        self,
        store: Store,
        *,
        communities: Communities,
        accounts: AccountService,
        actions: OutboxActions,
    ) -> None:
        self.store = store
        self.communities = communities
        self.accounts = accounts
        self.actions = actions

    def _poll(self, event_id: int) -> tuple[PollSpec, dict[str, Any], datetime]:
        with self.store.session() as session:
            row = session.get(Event, event_id)
            if row is None:
                raise LookupError(f"There is no event {event_id}.")
            data = dict(row.poll or {})
            start = row.start_at
        if not data.get("question"):
            raise EventError(QT_TRANSLATE_NOOP("Events", "This event has no poll."))
        spec = PollSpec(str(data["question"]), tuple(data["options"]), int(data["duration_days"]))
        return spec, data, start

    def _save(self, event_id: int, change: dict[str, Any]) -> None:
        with self.store.writing() as session:
            row = session.get_one(Event, event_id)
            row.poll = {**(row.poll or {}), **change}

    def publications(self, event_id: int) -> list[Publication]:
        _, data, _ = self._poll(event_id)
        return [_recovered(Publication(**p)) for p in data.get("posted", {}).values()]

    def publish(self, event_id: int, community_id: int, *, by: str) -> Publication:
        """Post the poll in the community: natively where the connector can, else as a
        post listing the options. A poll already posted there is not posted again."""
        spec, data, start = self._poll(event_id)
        posted: dict[str, Any] = dict(data.get("posted", {}))
        before = posted.get(str(community_id))
        if before and before["state"] == "sending":  # left so by a crash: never resent silently
            failed = _recovered(Publication(**before))
            self._save(event_id, {"posted": {**posted, str(community_id): failed.__dict__}})
            return failed
        if before and before["state"] in ("posted", "listed"):
            return Publication(**before)
        community = self.communities.get(community_id)
        closes = max(start, datetime.now(UTC)) + timedelta(days=spec.duration_days)
        if self._native(community):
            publication = self._send_native(event_id, posted, community, spec)
        else:
            queued = self.actions.schedule_post(
                community, spec.question, listing_text(spec, closes), by=by
            )
            publication = Publication(community_id, False, "listed", outbox_id=queued.entry_id)
        posted[str(community_id)] = publication.__dict__
        self._save(event_id, {"posted": posted})
        return publication

    def _native(self, community: CommunityRef) -> bool:
        try:
            connector_class = self.accounts.connector_class(community.connector_id)
        except Exception:  # a plugin gone: the listing post says what it can
            return False
        return Capability.POLLS in connector_class.capabilities and issubclass(
            connector_class, Polls
        )

    def _send_native(
        self, event_id: int, posted: dict[str, Any], community: CommunityRef, spec: PollSpec
    ) -> Publication:
        sending = Publication(community.id, True, "sending")
        self._save(event_id, {"posted": {**posted, str(community.id): sending.__dict__}})
        connector = self.accounts.connector(self.accounts.get(community.account_id))
        try:
            assert isinstance(connector, Polls)
            result = connector.send_poll(
                PollPost(community.external_id, spec.question, spec.options, spec.duration_days)
            )
        except ConnectorError as error:
            return Publication(community.id, True, "failed", error=str(error))
        except Exception as error:  # a plugin may raise anything
            log.exception("connector %s failed to post a poll", community.connector_id)
            return Publication(community.id, True, "failed", error=f"Unexpected error: {error}")
        finally:
            connector.close()
        return Publication(community.id, True, "posted", result.external_id, result.url)

    def sync_results(self, event_id: int) -> PollTally | None:
        """The votes of the native polls, added up; None when none was posted natively."""
        spec, _, _ = self._poll(event_id)
        totals = dict.fromkeys(spec.options, 0)
        found = False
        for publication in self.publications(event_id):
            if not (publication.native and publication.state == "posted"):
                continue
            community = self.communities.get(publication.community_id)
            connector = self.accounts.connector(self.accounts.get(community.account_id))
            try:
                assert isinstance(connector, Polls)
                results = connector.poll_results(publication.external_id)
            finally:
                connector.close()
            for option, count in results.votes:
                totals[option] = totals.get(option, 0) + count
            found = True
        if not found:
            return None
        return self._keep(event_id, list(totals.items()), "synced")

    def enter_results(self, event_id: int, votes: Sequence[int]) -> PollTally:
        """Votes counted by hand (a listing post's replies), one number per option."""
        spec, _, _ = self._poll(event_id)
        if len(votes) != len(spec.options) or any(v < 0 for v in votes):
            raise EventError(
                QT_TRANSLATE_NOOP("Events", "Enter one number (0 or more) for each option.")
            )
        return self._keep(event_id, list(zip(spec.options, votes, strict=True)), "entered")

    def results(self, event_id: int) -> PollTally | None:
        _, data, _ = self._poll(event_id)
        kept = data.get("results")
        if not kept:
            return None
        return PollTally(
            votes=tuple((str(o), int(n)) for o, n in kept["votes"]),
            total=int(kept["total"]),
            source=str(kept["source"]),
            at=datetime.fromisoformat(kept["at"]),
        )

    def _keep(self, event_id: int, votes: list[tuple[str, int]], source: str) -> PollTally:
        tally = PollTally(tuple(votes), sum(n for _, n in votes), source, datetime.now(UTC))
        self._save(
            event_id,
            {
                "results": {
                    "votes": [list(v) for v in votes],
                    "total": tally.total,
                    "source": source,
                    "at": tally.at.isoformat(),
                }
            },
        )
        return tally
