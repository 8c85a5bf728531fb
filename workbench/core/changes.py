"""What an operation changed, so that every pane refreshes what concerns it and nothing
else (as Anki's OpChanges): operations announce a ``Changes`` on one signal; panes never
call each other."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    items: bool = False  # stored items or their triage (state, tags, notes, assignee)
    accounts: bool = False  # added, removed, edited, or their state after a sync
    communities: bool = False  # followed, unfollowed, their community type
    views: bool = False  # saved views
    outbox: bool = False  # an action queued, sent, failed, retried, taken back
    synced: bool = False  # a sync finished (items may have arrived)
    moderation: bool = False  # queue entries, decisions, member notes, cases
    prompts: bool = False  # prompts written, edited, favourited, archived or used
    events: bool = False  # events, their occurrences, promotion plans, polls
    guidelines: bool = False  # a guideline, its rules, versions or detector hits

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})  # fmt: skip

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


AFTER_SYNC = Changes(items=True, accounts=True, communities=True, outbox=True, synced=True)
