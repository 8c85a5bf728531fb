"""Group posts and comments from a Facebook "Download Your Information" archive.

The archive (JSON format; a .zip or its unpacked folder) holds the user's own group
activity under ``your_facebook_activity/groups/`` (older exports: ``groups/``):
``your_posts_in_groups.json`` and ``your_comments_in_groups.json``. Facebook writes the
text as UTF-8 bytes escaped one by one (``\\u00c3\\u00a9`` for "é"): :func:`repair` undoes it.

The archive has no platform ids, so ids are derived from what identifies an entry and does
not change when it is edited (kind, time, author, group): importing a newer archive adds
only what is new and updates what was edited.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
from connectors.archive_io import Export, ImportLimits, JsonEntries, current_limits, open_export

PLATFORM = "facebook"
BATCH = 500
POSTS_FILES = ("your_posts_in_groups.json", "your_posts_and_comments_in_groups.json")
COMMENTS_FILES = ("your_comments_in_groups.json",)
TITLE_RE = re.compile(
    r"^(?P<author>.+?) (?:posted|wrote|shared .+?|updated .+?) in (?P<group>.+?)\.?$"
)
NOT_AN_ARCHIVE = (
    "{name} is not a Facebook “Download Your Information” archive with group activity: it "
    "has no your_facebook_activity/groups/your_posts_in_groups.json or "
    "your_comments_in_groups.json. Request the archive in JSON format with “Groups” selected."
)


def repair(text: str) -> str:
    """Undo Facebook's mojibake; text that is not mojibake comes back unchanged."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


@dataclass(frozen=True)
class Entry:
    kind: ItemKind
    timestamp: int
    author: str
    group: str | None
    text: str
    edited: int | None
    raw: Mapping[str, Any]


def _wanted(name: str) -> str | None:
    return name if name in POSTS_FILES or name in COMMENTS_FILES else None


def _post(entry: Mapping[str, Any]) -> Entry:
    title = repair(str(entry.get("title", "")))
    match = TITLE_RE.match(title)
    texts = [
        repair(str(d["post"])) for d in entry.get("data", []) if isinstance(d, dict) and "post" in d
    ]
    edited = [
        d["update_timestamp"]
        for d in entry.get("data", [])
        if isinstance(d, dict) and "update_timestamp" in d
    ]
    return Entry(
        kind=ItemKind.POST,
        timestamp=int(entry["timestamp"]),
        author=match.group("author") if match else "",
        group=match.group("group") if match else None,
        text="\n".join(texts),
        edited=int(edited[0]) if edited else None,
        raw=entry,
    )


def _comment(entry: Mapping[str, Any]) -> Entry:
    comment: Mapping[str, Any] = {}
    for data in entry.get("data", []):
        if isinstance(data, dict) and isinstance(data.get("comment"), dict):
            comment = data["comment"]
    if not comment:
        raise ValueError("entry without a comment")
    group = comment.get("group")
    return Entry(
        kind=ItemKind.COMMENT,
        timestamp=int(comment.get("timestamp", entry["timestamp"])),
        author=repair(str(comment.get("author", ""))),
        group=repair(str(group)) if group else None,
        text=repair(str(comment.get("comment", ""))),
        edited=None,
        raw=entry,
    )


def _record(entry: Entry, external_id: str, community: CommunityRecord) -> ItemRecord:
    author = (
        MemberRecord(f"name:{entry.author}", entry.author, PLATFORM, entry.author)
        if entry.author
        else None
    )
    return ItemRecord(
        external_id=external_id,
        kind=entry.kind,
        community_id=community.external_id,
        created_at=datetime.fromtimestamp(entry.timestamp, UTC),
        text=entry.text,
        url=community.url,
        author=author,
        edited_at=datetime.fromtimestamp(entry.edited, UTC) if entry.edited else None,
        flags=(FLAG_OWN, FLAG_MANUAL),  # the user's own activity, in a group no API reaches
        raw={"archive": "facebook", **entry.raw},
    )


def _external_id(entry: Entry, seen: dict[str, int]) -> str:
    key = f"{entry.kind}|{entry.timestamp}|{entry.author}|{entry.group or ''}"
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()
    seen[digest] = seen.get(digest, 0) + 1  # two entries in the same second stay apart
    suffix = f"-{seen[digest]}" if seen[digest] > 1 else ""
    return f"fbarchive:{digest}{suffix}"


def _file_entries(
    export: Export, file_name: str, name: str, limits: ImportLimits
) -> Iterator[Entry | Skipped]:
    """The file's entries, read one at a time; BadData if the file is damaged."""
    make = _post if file_name in POSTS_FILES else _comment
    label = f"{file_name} in {name}"
    try:
        with export.text(file_name, encoding="utf-8-sig") as text:
            for number, raw in enumerate(JsonEntries(text, label, limits)):
                if not isinstance(raw, dict):
                    continue
                try:
                    yield make(raw)
                except (KeyError, TypeError, ValueError, OverflowError) as error:
                    yield Skipped(f"{file_name}#{number}", str(error))
    except (ValueError, UnicodeDecodeError) as error:
        raise BadData(f"{label} is damaged ({error}).") from None


def read_archive(
    path: Path, community: CommunityRecord, limits: ImportLimits | None = None
) -> Iterator[Batch]:
    """Batches of the archive's group posts and comments for ``community``.

    A foreign, oversized or unreadable file is refused with BadData before the first batch;
    the entries are then read as a stream, so a fault further in (damaged JSON, a limit
    reached, no entry in the group) raises BadData after some batches: the host writes the
    whole archive in one transaction, which that undoes.
    """
    limits = limits or current_limits()
    with open_export(path, _wanted, limits) as export:
        if not export.keys():
            raise BadData(NOT_AN_ARCHIVE.format(name=path.name))
        yield Batch(communities=[community])
        wanted = community.name.casefold()
        groups: set[str] = set()
        matched = False
        seen: dict[str, int] = {}
        items: list[ItemRecord] = []
        skipped: list[Skipped] = []
        # Posts before comments, whatever the zip's order: ids count entries in this order.
        for file_name in [f for f in (*POSTS_FILES, *COMMENTS_FILES) if f in export]:
            for entry in _file_entries(export, file_name, path.name, limits):
                if isinstance(entry, Skipped):
                    skipped.append(entry)
                elif entry.group is None or entry.group.casefold() == wanted:
                    matched = matched or entry.group is not None
                    items.append(_record(entry, _external_id(entry, seen), community))
                else:
                    groups.add(entry.group)
                if len(items) + len(skipped) >= BATCH:
                    yield Batch(items=items, skipped=skipped)
                    items, skipped = [], []
        if groups and not matched:
            names = ", ".join(sorted(groups)[:8])
            raise BadData(
                f"{path.name} has no activity in the group “{community.name}”. "
                f"Groups in it: {names}."
            )
        if items or skipped:
            yield Batch(items=items, skipped=skipped)
