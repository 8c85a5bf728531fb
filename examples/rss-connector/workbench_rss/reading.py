"""Reading the account's feeds: one conditional GET per feed, one batch per feed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import feedparser
from connectors.api import (
    BadData,
    Batch,
    CommunityRecord,
    CommunityType,
    ConfigurationError,
    ConnectionInfo,
    ConnectorContext,
    Progress,
    Skipped,
)

from .cursor import Cursor
from .entries import fingerprint, plain_text, to_item
from .fetch import Fetcher, check_url, public_url

MAX_FEEDS = 50
MAX_ENTRIES = 1000  # entries read from one feed document


def feed_urls(value: str) -> list[str]:
    urls = [u for u in re.split(r"[\s,]+", value) if u]
    if not urls:
        raise ConfigurationError("Feed addresses: give at least one feed address.")
    if len(urls) > MAX_FEEDS:
        raise ConfigurationError(f"Feed addresses: at most {MAX_FEEDS} feeds per account.")
    return [check_url(u) for u in dict.fromkeys(urls)]


class FeedReader:
    def __init__(self, context: ConnectorContext) -> None:
        self.context = context
        self.urls = feed_urls(context.get("feed_urls"))
        self.community_name = context.get("community").strip()
        user, password = context.get("username"), context.get("password")
        try:
            timeout = max(1.0, min(float(context.get("timeout", "20")), 300.0))
        except ValueError:
            raise ConfigurationError("Request timeout: give a number of seconds.") from None
        self.fetcher = Fetcher(timeout, (user, password) if user or password else None)

    def close(self) -> None:
        self.fetcher.close()

    def _community(self, url: str, title: str = "") -> CommunityRecord:
        shown = public_url(url)
        name = self.community_name or title or shown
        if self.community_name and title and len(self.urls) > 1:
            name = f"{self.community_name}: {title}"
        return CommunityRecord(shown, name[:200], "rss", shown, CommunityType.INTEREST)

    def communities(self) -> Sequence[CommunityRecord]:
        return [self._community(url) for url in self.urls]

    def _parse(self, url: str, body: bytes) -> Any:
        parsed = feedparser.parse(body)  # bytes only: feedparser never fetches anything
        if not parsed.get("version") and not parsed.entries:
            raise BadData(f"{public_url(url)} is not an RSS or Atom feed.")
        return parsed

    def test_connection(self) -> ConnectionInfo:
        url = self.urls[0]
        fetched = self.fetcher.get(url)
        parsed = self._parse(url, fetched.body or b"")
        title = plain_text(str(parsed.feed.get("title", ""))) or public_url(url)
        more = f" and {len(self.urls) - 1} more feeds" if len(self.urls) > 1 else ""
        return ConnectionInfo(f"Reading “{title}” ({len(parsed.entries)} entries){more}.")

    def read(self, cursor: str | None) -> Iterator[Batch]:
        state = Cursor.load(cursor)
        for number, url in enumerate(self.urls):
            if self.context.is_cancelled():
                return
            yield self._read_feed(state, url, number)

    def _read_feed(self, state: Cursor, url: str, number: int) -> Batch:
        shown = public_url(url)
        feed = state.feed(shown)
        fetched = self.fetcher.get(url, feed.etag, feed.modified)
        progress = Progress(number + 1, len(self.urls), f"Reading {shown}")
        if fetched.body is None:  # 304: nothing new, the validators stay
            return Batch(communities=[self._community(url)], cursor=state.dump(), progress=progress)
        parsed = self._parse(url, fetched.body)
        title = plain_text(str(parsed.feed.get("title", "")))
        community = self._community(url, title)
        now = datetime.now(UTC)
        items, skipped, fingerprints = [], [], {}
        for entry in parsed.entries[:MAX_ENTRIES]:
            try:
                item = to_item(entry, community.external_id, now)
            except (TypeError, ValueError, AttributeError) as error:
                skipped.append(
                    Skipped(str(entry.get("id", "?"))[:200], f"unreadable entry: {error}")
                )
                continue
            mark = fingerprint(item)
            if item.external_id in fingerprints:
                continue  # the same id twice in one document: keep the first
            fingerprints[item.external_id] = mark
            if feed.seen.get(item.external_id) != mark:
                items.append(item)
        feed.etag, feed.modified = fetched.etag, fetched.modified
        feed.remember(fingerprints)
        return Batch(
            communities=[community],
            items=items,
            skipped=skipped,
            cursor=state.dump(),
            progress=progress,
        )
