"""Toolbox usernotes pages for the tests, built as Toolbox builds them.

Toolbox keeps the notes of version 6 as ``base64(pako.deflate(JSON.stringify(users)))``:
pako.deflate is zlib's format at the default level, as Python's zlib.compress. Versions
4 and 5 keep ``users`` as plain JSON, with times in milliseconds (4) or seconds (5).
Run ``python tests/moderation/toolbox_pages.py`` to write tests/moderation/fixtures/.
"""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).with_name("fixtures")
MODS = ["mod_alex", "mod_sam"]
WARNINGS = ["gooduser", "spamwatch", "spamwarn", "abusewarn", "ban", "permban", "botban"]
# (user, text, seconds, mod index, warning index or None, link shorthand or None)
NOTES = [
    ("spammer1", "Posted the same watch link 5 times", 1_600_000_000, 0, 2, "l,abc123"),
    ("spammer1", "Banned 7 days", 1_600_086_400, 1, 4, "l,abc123,def456"),
    ("Helper_Hana", "Answers every packaging question", 1_610_000_000, 0, 0, None),
    ("rude_one", "Modmail: said sorry", 1_620_000_000, 1, None, "m,msg789"),
    (
        "rude_one",
        'Quote: {mod} said "> no"',
        1_620_000_100,
        0,
        3,
        "https://mod.reddit.com/mail/all/x1",
    ),
]


def users(version: int) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for user, text, seconds, mod, warning, link in NOTES:
        note: dict[str, Any] = {
            "n": text,
            "t": seconds * 1000 if version == 4 else seconds,
            "m": mod,
        }
        if warning is not None:
            note["w"] = warning
        if link is not None:
            note["l"] = link
        found.setdefault(user, {"ns": []})["ns"].append(note)
    return found


def compress_blob(value: Any) -> str:
    return base64.b64encode(zlib.compress(json.dumps(value).encode())).decode()


def page(version: int, **overrides: Any) -> str:
    data: dict[str, Any] = {"ver": version, "constants": {"users": MODS, "warnings": WARNINGS}}
    if version >= 6:
        data["blob"] = compress_blob(users(version))
    else:
        data["users"] = users(version)
    data.update(overrides)
    return json.dumps(data, indent=1)


def write_fixtures() -> None:
    FIXTURES.mkdir(exist_ok=True)
    for version in (4, 5, 6):
        (FIXTURES / f"usernotes_v{version}.json").write_text(page(version), encoding="utf-8")


if __name__ == "__main__":
    write_fixtures()
