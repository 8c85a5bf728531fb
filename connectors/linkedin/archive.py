"""The LinkedIn data export (a .zip of CSV files, or its unpacked folder) into a community.

Used files: ``Shares.csv`` (Date, ShareLink, ShareCommentary, ...), ``Comments.csv``
(Date, Link, Message), ``messages.csv`` (CONVERSATION ID, FROM, DATE, SUBJECT, CONTENT, ...)
and ``Profile.csv`` (the member's name, to tell their own messages). Everything else in
the export is ignored. Ids are derived from what does not change when the export is taken
again (kind, time, link or conversation, author), so a newer export adds only what is new.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from connectors.api import (
    FLAG_MANUAL,
    FLAG_OWN,
    BadData,
    Batch,
    CommunityRecord,
    ItemKind,
    ItemRecord,
    MemberRecord,
    Skipped,
)
from connectors.archive_io import (
    RAISE_HINT,
    Export,
    ImportLimits,
    LimitExceeded,
    current_limits,
    open_export,
)

PLATFORM = "linkedin"
BATCH = 500
WANTED = {"shares.csv", "comments.csv", "messages.csv", "profile.csv"}
NOT_AN_EXPORT = (
    "{name} is not a LinkedIn data export: it has none of Shares.csv, Comments.csv or "
    "messages.csv. Request “Download your data” in LinkedIn's settings and import its .zip."
)


def _wanted(name: str) -> str | None:
    return name.lower() if name.lower() in WANTED else None


HEADERS = ("date,", "conversation id,", "first name,")
PREAMBLE = 20  # lines of notes that may precede the header (as in Connections.csv)


class _Lines:
    """A CSV file's lines for csv.reader, none longer than a record, no row longer either
    (a quoted field may span lines, so rows are counted as well)."""

    def __init__(self, text: TextIO, label: str, limit: int) -> None:
        self._text, self._label, self._limit = text, label, limit
        self.in_row = 0

    def __iter__(self) -> Iterator[str]:
        while line := self._text.readline(self._limit + 1):
            self.in_row += len(line)
            if self.in_row > self._limit:
                raise LimitExceeded(
                    f"{self._label} holds a row over {self._limit:,} characters, the limit "
                    f"for one row. {RAISE_HINT}"
                )
            yield line


def _rows(text: TextIO, label: str, limits: ImportLimits) -> Iterator[dict[str, str]]:
    lines = _Lines(text, label, limits.max_record_bytes)
    stream = iter(lines)
    # Notes may precede the header: start at the first line with a known column name
    # (or at the first line, when none of the first few has one).
    head = list(itertools.islice(stream, PREAMBLE))
    start = next((n for n, line in enumerate(head) if line.lower().startswith(HEADERS)), 0)
    reader = csv.DictReader(itertools.chain(head[start:], stream))
    for row in reader:
        lines.in_row = 0
        yield {k.strip().lower(): (v or "") for k, v in row.items() if isinstance(k, str) and k}


def _when(value: str) -> datetime:
    cleaned = value.strip().removesuffix(" UTC")
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%y, %I:%M %p", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    raise ValueError(f"unknown date {value!r}")


def _id(kind: str, *parts: str) -> str:
    digest = hashlib.blake2b("|".join((kind, *parts)).encode("utf-8"), digest_size=10)
    return f"liexport:{kind}:{digest.hexdigest()}"


def _owner(export: Export, name: str, limits: ImportLimits) -> str:
    if "profile.csv" not in export:
        return ""
    with export.text("profile.csv", encoding="utf-8-sig") as text:
        row = next(_rows(text, f"Profile.csv in {name}", limits), None)
    if row is None:
        return ""
    return f"{row.get('first name', '')} {row.get('last name', '')}".strip()


def _own(
    kind: ItemKind,
    prefix: str,
    export: str,
    row: Mapping[str, str],
    community: CommunityRecord,
    me: MemberRecord | None,
    *,
    link: str,
    text: str,
) -> ItemRecord:
    """A post or comment of the export's owner (answered only by manual assist); ``prefix``
    keeps the ids earlier imports gave ("share", "comment")."""
    return ItemRecord(
        external_id=_id(prefix, row["date"], link),
        kind=kind,
        community_id=community.external_id,
        created_at=_when(row["date"]),
        text=text,
        url=link,
        author=me,
        flags=(FLAG_OWN, FLAG_MANUAL),
        raw={"export": export, **row},
    )


def _share(
    row: Mapping[str, str], community: CommunityRecord, me: MemberRecord | None
) -> ItemRecord:
    text = row.get("sharecommentary", "").strip('"')
    link = row.get("sharelink", "")
    return _own(ItemKind.POST, "share", "Shares.csv", row, community, me, link=link, text=text)


def _comment(
    row: Mapping[str, str], community: CommunityRecord, me: MemberRecord | None
) -> ItemRecord:
    text, link = row.get("message", ""), row.get("link", "")
    return _own(
        ItemKind.COMMENT, "comment", "Comments.csv", row, community, me, link=link, text=text
    )


def _message(
    row: Mapping[str, str], community: CommunityRecord, me: MemberRecord | None
) -> ItemRecord:
    sender = row.get("from", "")
    conversation = row.get("conversation id", "")
    author = (
        MemberRecord(
            row.get("sender profile url") or f"name:{sender}",
            sender,
            PLATFORM,
            sender,
            row.get("sender profile url", ""),
        )
        if sender
        else None
    )
    own = me is not None and sender == me.display_name
    return ItemRecord(
        external_id=_id("message", conversation, row["date"], sender),
        kind=ItemKind.MESSAGE,
        community_id=community.external_id,
        created_at=_when(row["date"]),
        title=row.get("subject") or row.get("conversation title", ""),
        text=row.get("content", ""),
        author=author,
        thread_id=f"liexport:conversation:{conversation}" if conversation else None,
        flags=((FLAG_OWN,) if own else ()) + (FLAG_MANUAL,),
        raw={"export": "messages.csv", **row},
    )


Make = Callable[[Mapping[str, str], CommunityRecord, "MemberRecord | None"], ItemRecord]
FILES: tuple[tuple[str, str, Make], ...] = (
    ("shares.csv", "Shares.csv", _share),
    ("comments.csv", "Comments.csv", _comment),
    ("messages.csv", "messages.csv", _message),
)


def read_export(
    path: Path, community: CommunityRecord, limits: ImportLimits | None = None
) -> Iterator[Batch]:
    """Batches of the export's shares, comments and messages for ``community``.

    A foreign, oversized or unreadable file is refused with BadData before the first batch;
    the rows are then read as a stream, so a fault further in (a damaged or non-UTF-8 CSV,
    a limit reached) raises BadData after some batches: the host writes the whole export in
    one transaction, which that undoes.
    """
    limits = limits or current_limits()
    with open_export(path, _wanted, limits) as export:
        if not export.keys() & {key for key, _, _ in FILES}:
            raise BadData(NOT_AN_EXPORT.format(name=path.name))
        try:
            owner = _owner(export, path.name, limits)
            me = MemberRecord(f"name:{owner}", owner, PLATFORM, owner) if owner else None
            yield Batch(communities=[community])
            items: list[ItemRecord] = []
            skipped: list[Skipped] = []
            for key, file_name, make in FILES:
                if key not in export:
                    continue
                label = f"{file_name} in {path.name}"
                with export.text(key, encoding="utf-8-sig") as text:
                    for number, row in enumerate(_rows(text, label, limits)):
                        try:
                            items.append(make(row, community, me))
                        except (KeyError, ValueError) as error:
                            skipped.append(Skipped(f"{file_name}#{number}", str(error)))
                        if len(items) + len(skipped) >= BATCH:
                            yield Batch(items=items, skipped=skipped)
                            items, skipped = [], []
            if items or skipped:
                yield Batch(items=items, skipped=skipped)
        except csv.Error as error:
            raise BadData(f"{path.name} holds a damaged CSV file ({error}).") from None
        except UnicodeDecodeError as error:
            raise BadData(f"{path.name} holds a CSV file that is not UTF-8 ({error}).") from None
