"""Toolbox usernotes: the ``usernotes`` wiki page of Reddit's moderator Toolbox.

The page is JSON ``{"ver": N, "constants": {"users": [mods], "warnings": [types]}, ...}``:
in versions 4 and 5 the notes are a plain ``"users"`` object; in version 6 they are a
``"blob"``: base64 of zlib-compressed JSON of the same object. Each user has ``{"ns":
[notes]}``, a note ``{"n": text, "t": time, "m": mod index, "w": type index, "l": link}``;
``t`` is in milliseconds in version 4 and in seconds from version 5. Links are shortened:
``l,POST`` and ``l,POST,COMMENT`` (a post or comment), ``m,MESSAGE`` (a message).
(toolbox-team/reddit-moderator-toolbox, docs and its usernotes helpers.)

Everything read is bounded: a page of 10 MB or more is refused, the blob is inflated with
a cap, the JSON's nesting is bounded; an unknown version or a corrupt blob is refused
with a message naming the file, and nothing is imported.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from workbench.core.moderation.state import NoteKind

MAX_PAGE_BYTES = 10 * 1024 * 1024  # a page this large is refused (Reddit caps wiki pages far lower)
MAX_BLOB_BYTES = 64 * 1024 * 1024  # the inflated notes, at most
MAX_DEPTH = 12  # the page nests 6 deep; anything deeper is not a usernotes page
VERSIONS = (4, 5, 6)

# Toolbox's default note types, and the Reddit mod-note labels they mean.
WARNINGS = {
    "gooduser": NoteKind.HELPFUL_USER,
    "spamwatch": NoteKind.SPAM_WATCH,
    "spamwarn": NoteKind.SPAM_WARNING,
    "abusewarn": NoteKind.ABUSE_WARNING,
    "ban": NoteKind.BAN,
    "permban": NoteKind.PERMA_BAN,
    "botban": NoteKind.BOT_BAN,
}
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class ToolboxError(ValueError):
    """The page cannot be imported; the message names the file and says why."""


@dataclass(frozen=True)
class ToolboxNote:
    user: str
    text: str
    created_at: datetime
    moderator: str
    kind: NoteKind
    link: str
    warning: str  # the Toolbox type as written ("" : none)


def expand_link(short: str) -> str:
    if short.startswith("l,"):
        return "https://www.reddit.com/comments/" + "/_/".join(short[2:].split(","))
    if short.startswith("m,"):
        return f"https://www.reddit.com/message/messages/{short[2:]}"
    return short


def check_depth(text: str, name: str) -> None:
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group(0)
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise ToolboxError(f"{name}: nested deeper than a usernotes page; not imported.")
        elif token in ("]", "}"):
            depth -= 1


def _json(text: str, name: str, what: str) -> Any:
    check_depth(text, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ToolboxError(
            f"{name}, line {error.lineno}: {what} is not valid JSON ({error.msg}); not imported."
        ) from None


def inflate(blob: str, name: str) -> str:
    try:
        compressed = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        raise ToolboxError(f"{name}: the notes blob is not valid base64; not imported.") from None
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(compressed, MAX_BLOB_BYTES)
    except zlib.error:
        raise ToolboxError(f"{name}: the notes blob is corrupt (zlib); not imported.") from None
    if inflater.unconsumed_tail:
        raise ToolboxError(
            f"{name}: the notes blob inflates to more than {MAX_BLOB_BYTES // 2**20} MB; "
            "not imported."
        )
    if not inflater.eof:
        raise ToolboxError(f"{name}: the notes blob is cut short; not imported.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ToolboxError(f"{name}: the notes blob is not UTF-8 text; not imported.") from None


def parse(raw: bytes, name: str) -> list[ToolboxNote]:
    """The notes of a usernotes page; raises ToolboxError (nothing half-read is returned)."""
    if len(raw) >= MAX_PAGE_BYTES:
        raise ToolboxError(f"{name} is 10 MB or more: not a usernotes page; not imported.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ToolboxError(f"{name} is not UTF-8 text; not imported.") from None
    page = _json(text, name, "the page")
    if not isinstance(page, dict):
        raise ToolboxError(f"{name}: not a usernotes page (no JSON object); not imported.")
    version = page.get("ver")
    if version not in VERSIONS or isinstance(version, bool):
        raise ToolboxError(
            f"{name}: usernotes version {version!r} is unknown (known: 4, 5, 6); not imported."
        )
    constants = page.get("constants")
    if not isinstance(constants, dict):
        raise ToolboxError(f"{name}: the page has no constants; not imported.")
    mods, warnings = constants.get("users") or [], constants.get("warnings") or []
    if not isinstance(mods, list) or not isinstance(warnings, list):
        raise ToolboxError(f"{name}: the constants are not lists; not imported.")
    if version == 6:
        blob = page.get("blob")
        if not isinstance(blob, str):
            raise ToolboxError(f"{name}: a version 6 page needs a blob; not imported.")
        users = _json(inflate(blob, name), name, "the notes blob")
    else:
        users = page.get("users")
    if not isinstance(users, dict):
        raise ToolboxError(f"{name}: the notes are not an object of users; not imported.")
    return _notes(users, mods, warnings, version, name)


def _pick(values: list[Any], index: Any) -> str:
    if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(values):
        value = values[index]
        return value if isinstance(value, str) else ""
    return ""


def _notes(
    users: dict[str, Any], mods: list[Any], warnings: list[Any], version: int, name: str
) -> list[ToolboxNote]:
    notes = []
    for user, entry in users.items():
        listed = entry.get("ns") if isinstance(entry, dict) else None
        if not isinstance(listed, list):
            raise ToolboxError(f"{name}: the notes of {user!r} are not a list; not imported.")
        for note in listed:
            if not isinstance(note, dict) or not isinstance(note.get("n", ""), str):
                raise ToolboxError(f"{name}: a note of {user!r} is not readable; not imported.")
            stamp = note.get("t")
            if not isinstance(stamp, (int, float)) or isinstance(stamp, bool):
                raise ToolboxError(f"{name}: a note of {user!r} has no time; not imported.")
            seconds = stamp / 1000 if version == 4 else stamp  # v4 counted milliseconds
            try:
                when = datetime.fromtimestamp(seconds, UTC)
            except (OverflowError, OSError, ValueError):
                raise ToolboxError(
                    f"{name}: a note of {user!r} has a wrong time; not imported."
                ) from None
            warning = _pick(warnings, note.get("w"))
            link = note.get("l")
            notes.append(
                ToolboxNote(
                    user=user,
                    text=note.get("n", ""),
                    created_at=when,
                    moderator=_pick(mods, note.get("m")),
                    kind=WARNINGS.get(warning, NoteKind.NOTE),
                    link=expand_link(link) if isinstance(link, str) else "",
                    warning=warning,
                )
            )
    return notes


def read_file(path: Path) -> list[ToolboxNote]:
    """Read the page saved in ``path`` (size checked before reading it whole)."""
    try:
        size = path.stat().st_size
        if size >= MAX_PAGE_BYTES:
            raise ToolboxError(f"{path} is 10 MB or more: not a usernotes page; not imported.")
        with path.open("rb") as file:
            raw = file.read(MAX_PAGE_BYTES)
    except OSError as error:
        raise ToolboxError(f"{path} cannot be read: {error.strerror}.") from None
    return parse(raw, str(path))


def build_page(version: int, users: dict[str, Any], mods: list[str], warnings: list[str]) -> str:
    """A usernotes page as Toolbox writes it (tests and round trips)."""
    page: dict[str, Any] = {"ver": version, "constants": {"users": mods, "warnings": warnings}}
    if version >= 6:
        packed = zlib.compress(json.dumps(users, separators=(",", ":")).encode())
        page["blob"] = base64.b64encode(packed).decode()
    else:
        page["users"] = users
    return json.dumps(page)
