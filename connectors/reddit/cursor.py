"""The connector's reading position, kept by the host as an opaque JSON string.

Reddit's listings are newest first. A pass over a listing pages down from the newest item
until it meets the newest item of the previous pass (``top``). While a pass is under way the
cursor holds the page to continue from (``after``) and the newest id seen (``head``); ``top``
moves up only when the pass is complete, so a crash or a fault mid-pass resumes from the
saved page and never skips the items between it and the old ``top``.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

VERSION = 1
RECHECK_MAX = 1000  # newest items re-checked for deletion: 10 requests of 100


def id_number(reddit_id: str) -> int:
    """Reddit ids are base-36 counters: a larger number was created later."""
    return int(reddit_id.rsplit("_", 1)[-1], 36)


@dataclass
class Stream:
    top: float = 0
    head: float | None = None
    after: str | None = None

    @property
    def resuming(self) -> bool:
        return self.after is not None

    def see(self, value: float) -> None:
        self.head = value if self.head is None else max(self.head, value)

    def complete(self) -> None:
        if self.head is not None:
            self.top = max(self.top, self.head)
        self.head = None
        self.after = None

    def to_json(self) -> list[Any]:
        return [self.top, self.head, self.after]

    @classmethod
    def from_json(cls, value: Any) -> Stream:
        top, head, after = value
        return cls(float(top), None if head is None else float(head), after)


@dataclass
class CursorState:
    streams: dict[str, Stream] = field(default_factory=dict)
    reports: dict[str, float] = field(default_factory=dict)  # report key -> first seen
    recent: dict[str, float] = field(default_factory=dict)  # fullname -> created (epoch)

    def stream(self, key: str) -> Stream:
        return self.streams.setdefault(key, Stream())

    def remember(self, fullname: str, created: float, window_hours: int) -> None:
        if window_hours and created >= time.time() - window_hours * 3600:
            self.recent[fullname] = created

    def prune(self, window_hours: int) -> None:
        oldest = time.time() - window_hours * 3600
        kept = [(c, f) for f, c in self.recent.items() if c >= oldest]
        if len(kept) > RECHECK_MAX:
            kept.sort(reverse=True)
            kept = kept[:RECHECK_MAX]
        self.recent = {f: c for c, f in kept}

    def dump(self, window_hours: int) -> str:
        self.prune(window_hours)
        return json.dumps(
            {
                "v": VERSION,
                "streams": {k: s.to_json() for k, s in self.streams.items()},
                "reports": self.reports,
                "recent": self.recent,
            },
            separators=(",", ":"),
        )

    @classmethod
    def load(cls, cursor: str | None) -> CursorState:
        if not cursor:
            return cls()
        try:
            data = json.loads(cursor)
            if data.get("v") != VERSION:
                return cls()
            return cls(
                streams={k: Stream.from_json(v) for k, v in data["streams"].items()},
                reports={k: float(v) for k, v in data.get("reports", {}).items()},
                recent={k: float(v) for k, v in data.get("recent", {}).items()},
            )
        except (ValueError, KeyError, TypeError):
            # An unreadable cursor means a fresh start: upserts make re-reading harmless.
            return cls()
