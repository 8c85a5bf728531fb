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
import io
import zipfile
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

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

PLATFORM = "linkedin"
BATCH = 500
WANTED = {"shares.csv", "comments.csv", "messages.csv", "profile.csv"}
NOT_AN_EXPORT = (
    "{name} is not a LinkedIn data export: it has none of Shares.csv, Comments.csv or "
    "messages.csv. Request “Download your data” in LinkedIn's settings and import its .zip."
)


def _files(path: Path) -> dict[str, str]:
    found: dict[str, bytes] = {}
    if path.is_dir():
        for file in path.rglob("*.csv"):
            if file.name.lower() in WANTED:
                found[file.name.lower()] = file.read_bytes()
    elif not path.is_file():
        raise BadData(f"{path} does not exist.")
    else:
        try:
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    name = PurePosixPath(info.filename).name.lower()
                    if name in WANTED:
                        found[name] = archive.read(info)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as error:
            raise BadData(
                f"{path.name} is not a readable .zip file ({error}): the download may be "
                "incomplete. Download the export again."
            ) from None
    try:
        return {name: blob.decode("utf-8-sig") for name, blob in found.items()}
    except UnicodeDecodeError as error:
        raise BadData(f"{path.name} holds a CSV file that is not UTF-8 ({error}).") from None


def _rows(text: str) -> list[dict[str, str]]:
    # Connections.csv-style notes may precede the header: start at the first line with a
    # known column name.
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        if line.lower().startswith(("date,", "conversation id,", "first name,")):
            text = "".join(lines[number:])
            break
    return [
        {k.strip().lower(): (v or "") for k, v in row.items() if k}
        for row in csv.DictReader(io.StringIO(text))
    ]


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


def _owner(files: Mapping[str, str]) -> str:
    rows = _rows(files.get("profile.csv", ""))
    if not rows:
        return ""
    return f"{rows[0].get('first name', '')} {rows[0].get('last name', '')}".strip()


def _records(
    files: Mapping[str, str], community: CommunityRecord
) -> tuple[list[ItemRecord], list[Skipped]]:
    owner = _owner(files)
    me = MemberRecord(f"name:{owner}", owner, PLATFORM, owner) if owner else None
    items: list[ItemRecord] = []
    skipped: list[Skipped] = []
    for number, row in enumerate(_rows(files.get("shares.csv", ""))):
        try:
            link = row.get("sharelink", "")
            items.append(
                ItemRecord(
                    external_id=_id("share", row["date"], link),
                    kind=ItemKind.POST,
                    community_id=community.external_id,
                    created_at=_when(row["date"]),
                    text=row.get("sharecommentary", "").strip('"'),
                    url=link,
                    author=me,
                    flags=(FLAG_OWN, FLAG_MANUAL),
                    raw={"export": "Shares.csv", **row},
                )
            )
        except (KeyError, ValueError) as error:
            skipped.append(Skipped(f"Shares.csv#{number}", str(error)))
    for number, row in enumerate(_rows(files.get("comments.csv", ""))):
        try:
            link = row.get("link", "")
            items.append(
                ItemRecord(
                    external_id=_id("comment", row["date"], link),
                    kind=ItemKind.COMMENT,
                    community_id=community.external_id,
                    created_at=_when(row["date"]),
                    text=row.get("message", ""),
                    url=link,
                    author=me,
                    flags=(FLAG_OWN, FLAG_MANUAL),
                    raw={"export": "Comments.csv", **row},
                )
            )
        except (KeyError, ValueError) as error:
            skipped.append(Skipped(f"Comments.csv#{number}", str(error)))
    for number, row in enumerate(_rows(files.get("messages.csv", ""))):
        try:
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
            items.append(
                ItemRecord(
                    external_id=_id("message", conversation, row["date"], sender),
                    kind=ItemKind.MESSAGE,
                    community_id=community.external_id,
                    created_at=_when(row["date"]),
                    title=row.get("subject") or row.get("conversation title", ""),
                    text=row.get("content", ""),
                    author=author,
                    thread_id=f"liexport:conversation:{conversation}" if conversation else None,
                    flags=((FLAG_OWN,) if owner and sender == owner else ()) + (FLAG_MANUAL,),
                    raw={"export": "messages.csv", **row},
                )
            )
        except (KeyError, ValueError) as error:
            skipped.append(Skipped(f"messages.csv#{number}", str(error)))
    return items, skipped


def read_export(path: Path, community: CommunityRecord) -> Iterator[Batch]:
    """Batches of the export's shares, comments and messages for ``community``.

    The whole export is read and checked before the first batch, so a damaged or foreign
    file is refused with BadData before anything is written.
    """
    files = _files(path)
    if not files.keys() & {"shares.csv", "comments.csv", "messages.csv"}:
        raise BadData(NOT_AN_EXPORT.format(name=path.name))
    try:
        items, skipped = _records(files, community)
    except csv.Error as error:
        raise BadData(f"{path.name} holds a damaged CSV file ({error}).") from None
    yield Batch(communities=[community], skipped=skipped)
    for start in range(0, len(items), BATCH):
        yield Batch(items=items[start : start + BATCH])
