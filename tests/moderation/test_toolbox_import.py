"""Toolbox usernotes pages of versions 4, 5 and 6 import the same notes; a corrupt, unknown,
oversized or too deeply nested page is refused with a message naming the file, and
nothing is imported."""

from __future__ import annotations

import base64
import json
import zlib
from pathlib import Path

import pytest
from moderation_helpers import cli
from toolbox_pages import FIXTURES, MODS, WARNINGS, compress_blob, page

from workbench.core.moderation.toolbox import ToolboxError
from workbench.core.workspace import Workspace


def note_count(ws: Workspace) -> int:
    with ws.store.engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT COUNT(*) FROM member_notes").scalar_one())


def test_the_fixture_pages_are_what_the_helper_builds() -> None:
    for version in (4, 5, 6):
        path = FIXTURES / f"usernotes_v{version}.json"
        assert path.read_text(encoding="utf-8") == page(version)


@pytest.mark.parametrize("version", [4, 5, 6])
def test_each_version_imports_the_same_notes(workspace: Workspace, version: int) -> None:
    path = FIXTURES / f"usernotes_v{version}.json"
    code, out = cli(workspace, "notes", "import-toolbox", str(path), "--community", "r/python")
    assert code == 0, out
    assert "Imported 5 note(s) on 3 member(s)" in out
    code, exported = cli(workspace, "notes", "export", "--member", "spammer1")
    lines = [json.loads(line) for line in exported.splitlines()]
    assert [(n["kind"], n["text"]) for n in lines] == [
        ("spam_warning", "Posted the same watch link 5 times"),
        ("ban", "Banned 7 days"),
    ]
    # Seconds in every version (version 4 counted milliseconds).
    assert lines[0]["created_at"] == "2020-09-13T12:26:40+00:00"
    assert lines[0]["link"] == "https://www.reddit.com/comments/abc123"
    assert lines[1]["link"] == "https://www.reddit.com/comments/abc123/_/def456"
    assert all(n["community"] == "r/python" for n in lines)
    notes = workspace.moderation.notes
    (rude,) = notes.find("rude_one")
    by_text = {n.text: n for n in notes.for_member(rude.id)}
    assert by_text["Modmail: said sorry"].link == "https://www.reddit.com/message/messages/msg789"
    assert by_text["Modmail: said sorry"].created_by == "mod_sam"
    assert str(by_text["Modmail: said sorry"].kind) == "note"  # no type in Toolbox
    quoted = by_text['Quote: {mod} said "> no"']  # text kept exactly as typed
    assert quoted.link == "https://mod.reddit.com/mail/all/x1"
    (hana,) = notes.find("helper_hana")
    assert [str(n.kind) for n in notes.for_member(hana.id)] == ["helpful_user"]


def test_importing_the_same_page_twice_adds_nothing(workspace: Workspace) -> None:
    path = FIXTURES / "usernotes_v6.json"
    cli(workspace, "notes", "import-toolbox", str(path), "--community", "r/python")
    code, out = cli(workspace, "notes", "import-toolbox", str(path), "--community", "r/python")
    assert code == 0 and "Imported 0 note(s)" in out and "5 already there" in out
    assert note_count(workspace) == 5


def _bomb() -> str:
    # 80 MB of one byte inflates past the 64 MB cap from a blob of about 80 KB.
    packed = zlib.compress(b"[" + b" " * (80 * 1024 * 1024) + b"]", 1)
    return base64.b64encode(packed).decode()


BAD_PAGES: dict[str, tuple[str | None, str]] = {
    "unknown version": (page(6, ver=7), "version 7 is unknown"),
    "version as text": (page(6, ver="6"), "version '6' is unknown"),
    "blob not base64": (page(6, blob="not base64 at all!"), "not valid base64"),
    "blob not zlib": (page(6, blob=base64.b64encode(b"plain bytes").decode()), "corrupt (zlib)"),
    "blob cut short": (
        page(6, blob=base64.b64encode(base64.b64decode(compress_blob({"a": 1}))[:-6]).decode()),
        "cut short",
    ),
    "blob too large": (None, "inflates to more than 64 MB"),  # built when run: 80 MB
    "nested too deep": (
        page(5, users={"u": {"ns": [[[[[[[[[[[[[[1]]]]]]]]]]]]]]}}),
        "nested deeper",
    ),
    "not json": ("{'ver': 6", "not valid JSON"),
    "note without time": (
        json.dumps(
            {
                "ver": 5,
                "constants": {"users": MODS, "warnings": WARNINGS},
                "users": {"a": {"ns": [{"n": "ok", "t": 1, "m": 0}, {"n": "x"}]}},
            }
        ),
        "has no time",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_PAGES))
def test_a_bad_page_is_refused_by_name_and_imports_nothing(
    workspace: Workspace, tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = BAD_PAGES[case]
    text = text if text is not None else page(6, blob=_bomb())
    path = tmp_path / "usernotes.json"
    path.write_text(text, encoding="utf-8")
    code, _ = cli(workspace, "notes", "import-toolbox", str(path), "--community", "r/python")
    error = capsys.readouterr().err
    assert code == 1
    assert str(path) in error and expected in error
    assert len(error.strip().splitlines()) == 1
    assert note_count(workspace) == 0


def test_a_page_of_10_mb_is_refused_before_it_is_read(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(10 * 1024 * 1024)
    with pytest.raises(ToolboxError, match="10 MB or more"):
        workspace.moderation.import_toolbox(path, community="r/python")
    assert note_count(workspace) == 0
