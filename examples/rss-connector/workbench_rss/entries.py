"""Feed entries (parsed by feedparser) to the plugin API's records.

Remote text is untrusted: titles and bodies are reduced to plain text here (tags dropped,
entities decoded); no HTML leaves the connector.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from connectors.api import ItemKind, ItemRecord, MemberRecord

MAX_TEXT = 100_000  # characters of one entry's text
_SKIP = {"script", "style", "template"}
_BREAKS = {"p", "br", "div", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "tr"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def plain_text(markup: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, blank lines squeezed."""
    parser = _Text()
    parser.feed(markup[: MAX_TEXT * 2])
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(line for line in lines if line)
    return text[:MAX_TEXT]


def _when(entry: Mapping[str, Any], *keys: str) -> datetime | None:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def entry_id(entry: Mapping[str, Any]) -> str:
    """The entry's id, else its link, else a digest of its title: stable across reads."""
    for key in ("id", "link"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:500]
    title = str(entry.get("title", ""))
    return "sha1:" + hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()


def _body(entry: Mapping[str, Any]) -> str:
    contents = entry.get("content") or []
    for content in contents:
        value = content.get("value") if isinstance(content, Mapping) else None
        if isinstance(value, str) and value.strip():
            return value
    for key in ("summary", "media_description"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def to_item(parsed: Mapping[str, Any], community_id: str, fallback_time: datetime) -> ItemRecord:
    # A plain dict: feedparser's own mapping answers some missing keys with others, warning.
    entry: dict[str, Any] = {key: dict.__getitem__(parsed, key) for key in dict.keys(parsed)}
    external_id = entry_id(entry)
    title = plain_text(html.escape(str(entry.get("title", "")), quote=False))
    text = plain_text(_body(entry))
    link = str(entry.get("link", ""))
    published = _when(entry, "published_parsed", "created_parsed", "updated_parsed")
    updated = _when(entry, "updated_parsed")
    name = str(entry.get("author", "")).strip()
    author = None
    if name:
        host = urlsplit(community_id).hostname or "feed"
        author = MemberRecord(external_id=f"{host}/{name}", name=name, platform="rss")
    tags = tuple(
        str(tag.get("term", "")) for tag in entry.get("tags") or () if isinstance(tag, Mapping)
    )
    raw: dict[str, Any] = {
        "id": external_id,
        "link": link,
        "title": title,
        "author": name,
        "published": entry.get("published", ""),
        "updated": entry.get("updated", ""),
        "tags": [t for t in tags if t],
    }
    if entry.get("yt_videoid"):
        raw["yt_videoid"] = str(entry["yt_videoid"])
    return ItemRecord(
        external_id=external_id,
        kind=ItemKind.POST,
        community_id=community_id,
        created_at=published or fallback_time,
        text=text,
        title=title,
        url=link if urlsplit(link).scheme in ("http", "https") else "",
        author=author,
        thread_id=external_id,
        edited_at=updated if updated and published and updated > published else None,
        raw=raw,
    )


def fingerprint(item: ItemRecord) -> str:
    """What makes an entry "changed": yielded again only when this differs."""
    parts = (item.title, item.text, item.url, str(item.edited_at), item.author and item.author.name)
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode(), usedforsecurity=False)
    return digest.hexdigest()[:16]
