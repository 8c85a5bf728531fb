"""The playbook's structure checked in code (docs/playbook.schema.json documents the same
rules; a test keeps the bundled files valid against both): the header, then each area's
items through items.py. Fields are exact: an unknown field is refused, not ignored, so a
file that means more than we understand is never half-read."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, NoReturn

from workbench.core.playbooks.format import (
    FORMAT,
    SCHEMA_VERSION,
    Header,
    Playbook,
    PlaybookError,
    PlaybookItem,
    canonical_digest,
)
from workbench.core.playbooks.state import PlaybookArea
from workbench.core.text import QT_TRANSLATE_NOOP, Words

KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
MAX_ITEMS = 20_000  # per area (the 10 MB cap usually comes first)
_HEADER = {
    "$schema", "format", "schema_version", "id", "title", "version", "author", "created",
    "description", "content_hash", "content",
}  # fmt: skip


class Checker:
    """Reads values out of parsed JSON, refusing (with the file and the field's path)
    anything not of the expected shape."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, source: str, where: str, **values: Any) -> NoReturn:
        raise PlaybookError(
            Words("Playbooks", source, {"file": self.name, "field": where, **values})
        )

    def obj(self, value: Any, where: str, allowed: set[str] | frozenset[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be an object."), where)
        for key in value:
            if key not in allowed:
                self.fail(
                    QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} has an unknown field “{key}”."),
                    where,
                    key=str(key)[:60],
                )
        return value

    def text(
        self, data: dict[str, Any], key: str, where: str, *, limit: int, required: bool = False,
        default: str = "",
    ) -> str:  # fmt: skip
        path = f"{where}.{key}"
        if key not in data:
            if required:
                self.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} is missing."), path)
            return default
        value = data[key]
        if not isinstance(value, str):
            self.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be text."), path)
        if len(value) > limit:
            self.fail(
                QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} is longer than {n} characters."),
                path,
                n=limit,
            )
        if required and not value.strip():
            self.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} is empty."), path)
        return value

    def integer(
        self, data: dict[str, Any], key: str, where: str, *, low: int, high: int,
        default: int | None = None,
    ) -> int:  # fmt: skip
        path = f"{where}.{key}"
        if key not in data and default is not None:
            return default
        value = data.get(key)
        if key not in data:
            self.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} is missing."), path)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(
                QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be a whole number."), path
            )
        if not low <= value <= high:
            self.fail(
                QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be between {low} and {high}."),
                path,
                low=low,
                high=high,
            )
        return value

    def boolean(self, data: dict[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.fail(
                QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be true or false."),
                f"{where}.{key}",
            )
        return value

    def array(self, data: dict[str, Any], key: str, where: str, *, limit: int) -> list[Any]:
        path = f"{where}.{key}"
        value = data.get(key, [])
        if not isinstance(value, list):
            self.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be a list."), path)
        if len(value) > limit:
            self.fail(
                QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} has more than {n} entries."),
                path,
                n=limit,
            )
        return value

    def choice(self, value: Any, where: str, allowed: tuple[str, ...]) -> str:
        if not isinstance(value, str) or value not in allowed:
            self.fail(
                QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be one of: {allowed}."),
                where,
                allowed=", ".join(allowed),
            )
        return value

    def key(self, value: Any, where: str) -> str:
        # Keys never become paths, but a name like "../x" is refused all the same: a key
        # is a plain word, so nothing downstream has to wonder.
        if not isinstance(value, str) or not KEY.fullmatch(value):
            self.fail(
                QT_TRANSLATE_NOOP(
                    "Playbooks",
                    "{file}: {field} is not a key (letters, digits, “.”, “_”, “-”; at most 100).",
                ),
                where,
            )
        return value


def check_playbook(data: Any, name: str) -> Playbook:
    from workbench.core.playbooks.items import NORMALIZERS  # they use Checker from here

    c = Checker(name)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        c.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: not a Community Workbench playbook."), "")
    version = data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        c.fail(
            QT_TRANSLATE_NOOP(
                "Playbooks",
                "{file}: made by a newer Community Workbench (schema {found}; this one reads {known}).",
            ),
            "schema_version",
            found=version,
            known=SCHEMA_VERSION,
        )
    c.obj(data, "playbook", _HEADER)
    c.integer(data, "schema_version", "playbook", low=1, high=SCHEMA_VERSION)
    header = Header(
        id=c.key(data.get("id"), "id"),
        title=c.text(data, "title", "playbook", limit=300, required=True).strip(),
        version=c.integer(data, "version", "playbook", low=1, high=1_000_000),
        author=c.text(data, "author", "playbook", limit=200),
        created=_created(c, data),
        description=c.text(data, "description", "playbook", limit=5000),
    )
    content = c.obj(data.get("content"), "content", {str(a) for a in PlaybookArea})
    wanted = c.text(data, "content_hash", "playbook", limit=80, required=True)
    if wanted != "sha256:" + canonical_digest(content):
        c.fail(
            QT_TRANSLATE_NOOP(
                "Playbooks", "{file}: the content does not match content_hash (altered since?)."
            ),
            "content_hash",
        )
    items: list[PlaybookItem] = []
    for area in PlaybookArea:
        seen: set[str] = set()
        for number, raw in enumerate(c.array(content, str(area), "content", limit=MAX_ITEMS)):
            where = f"content.{area}[{number}]"
            if not isinstance(raw, dict):
                c.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field} must be an object."), where)
            key = c.key(raw.get("key"), f"{where}.key")
            if key in seen:
                c.fail(
                    QT_TRANSLATE_NOOP(
                        "Playbooks", "{file}: {field}: the key “{key}” is used twice."
                    ),
                    where,
                    key=key,
                )
            seen.add(key)
            body = {k: v for k, v in raw.items() if k != "key"}
            items.append(PlaybookItem(area, key, NORMALIZERS[area](c, body, where)))
    return Playbook(header, tuple(items))


def _created(c: Checker, data: dict[str, Any]) -> str:
    text = c.text(data, "created", "playbook", limit=40)
    if text:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            c.fail(
                QT_TRANSLATE_NOOP(
                    "Playbooks", "{file}: {field} must be an ISO-8601 time with its offset."
                ),
                "created",
            )
    return text
