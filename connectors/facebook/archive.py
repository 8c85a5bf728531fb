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
import json
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
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


def _files(path: Path) -> dict[str, bytes]:
    """The group JSON files of the archive, by base name; BadData if it cannot be read."""
    wanted = set(POSTS_FILES) | set(COMMENTS_FILES)
    found: dict[str, bytes] = {}
    if path.is_dir():
        for file in path.rglob("*.json"):
            if file.name in wanted:
                found[file.name] = file.read_bytes()
        return found
    if not path.is_file():
        raise BadData(f"{path} does not exist.")
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                name = PurePosixPath(info.filename).name
                if name in wanted:
                    found[name] = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
        raise BadData(
            f"{path.name} is not a readable .zip file ({error}): the download may be "
            "incomplete. Download the archive again."
        ) from None
    return found


def _entries(data: Any) -> list[Mapping[str, Any]]:
    """The list of entries, whether the file is a list or ``{"group_posts_v2": [...]}``."""
    if isinstance(data, list):
        return [e for e in data if isinstance(e, dict)]
    if isinstance(data, dict):
        for value in data.values():
            if isinstance(value, list):
                return [e for e in value if isinstance(e, dict)]
    raise ValueError("no list of entries")


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


def _parse(files: Mapping[str, bytes], name: str) -> tuple[list[Entry], list[Skipped]]:
    entries: list[Entry] = []
    skipped: list[Skipped] = []
    for file_name, blob in files.items():
        try:
            data = json.loads(blob)
            found = _entries(data)
        except (ValueError, UnicodeDecodeError) as error:
            raise BadData(f"{file_name} in {name} is damaged ({error}).") from None
        make = _post if file_name in POSTS_FILES else _comment
        for number, raw in enumerate(found):
            try:
                entries.append(make(raw))
            except (KeyError, TypeError, ValueError) as error:
                skipped.append(Skipped(f"{file_name}#{number}", str(error)))
    return entries, skipped


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


def read_archive(path: Path, community: CommunityRecord) -> Iterator[Batch]:
    """Batches of the archive's group posts and comments for ``community``.

    Everything is read and checked before the first batch is yielded, so a damaged or
    foreign file is refused with BadData before anything is written.
    """
    files = _files(path)
    if not files:
        raise BadData(NOT_AN_ARCHIVE.format(name=path.name))
    entries, skipped = _parse(files, path.name)
    groups = {e.group for e in entries if e.group}
    wanted = community.name.casefold()
    if groups and wanted not in {g.casefold() for g in groups}:
        names = ", ".join(sorted(groups)[:8])
        raise BadData(
            f"{path.name} has no activity in the group “{community.name}”. Groups in it: {names}."
        )
    chosen = [e for e in entries if e.group is None or e.group.casefold() == wanted]
    chosen.sort(key=lambda e: (e.timestamp, e.kind))
    seen: dict[str, int] = {}
    records = [_record(e, _external_id(e, seen), community) for e in chosen]
    yield Batch(communities=[community], skipped=skipped)
    for start in range(0, len(records), BATCH):
        yield Batch(items=records[start : start + BATCH])
