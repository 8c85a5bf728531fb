"""The reading position: per feed its validators (ETag, Last-Modified) and what was seen.

``seen`` maps entry ids to a fingerprint, so a feed that ignores conditional GET still
yields only new or changed entries. It is bounded: feeds hold their newest few dozen
entries, and an id that fell out of the feed long ago does not come back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from connectors.api import BadData

VERSION = 1
MAX_SEEN = 2000  # ids remembered per feed
MAX_CURSOR = 4 * 1024 * 1024  # characters


@dataclass
class FeedState:
    etag: str = ""
    modified: str = ""
    seen: dict[str, str] = field(default_factory=dict)  # entry id -> fingerprint

    def remember(self, fingerprints: dict[str, str]) -> None:
        for key in fingerprints:
            self.seen.pop(key, None)
        self.seen.update(fingerprints)  # newest last
        while len(self.seen) > MAX_SEEN:
            del self.seen[next(iter(self.seen))]


@dataclass
class Cursor:
    feeds: dict[str, FeedState] = field(default_factory=dict)

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState())

    def dump(self) -> str:
        feeds = {
            url: {"etag": s.etag, "modified": s.modified, "seen": s.seen}
            for url, s in self.feeds.items()
        }
        return json.dumps({"v": VERSION, "feeds": feeds}, separators=(",", ":"))

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        if len(text) > MAX_CURSOR:
            raise BadData("The saved feed position is too large; remove and add the account.")
        try:
            data: Any = json.loads(text)
            feeds = {
                str(url): FeedState(
                    str(state.get("etag", "")),
                    str(state.get("modified", "")),
                    {str(k): str(v) for k, v in dict(state.get("seen", {})).items()},
                )
                for url, state in dict(data["feeds"]).items()
            }
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BadData(
                "The saved feed position cannot be read; remove and add the account."
            ) from None
        return cls(feeds)
