"""Erasing a member for real: their notes and their items' text are gone from the database
file, its full-text index and its write-ahead log; the bytes of the files say so."""

from __future__ import annotations

from pathlib import Path

from moderation_helpers import add_account, cli

from connectors.testing.reddit_server import FakeReddit
from workbench.core.inbox.query import View
from workbench.core.moderation.state import NoteKind
from workbench.core.workspace import DATABASE_FILE, Workspace

MARKER = "zqxjmarker7731"


def files(data_dir: Path) -> dict[str, bytes]:
    base = data_dir / DATABASE_FILE
    return {
        name: path.read_bytes()
        for name, path in (
            ("db", base),
            ("wal", base.with_name(base.name + "-wal")),
            ("shm", base.with_name(base.name + "-shm")),
        )
        if path.exists()
    }


def test_erasing_a_member_leaves_no_byte_of_their_text(
    data_dir: Path, fake_reddit: FakeReddit
) -> None:
    model = fake_reddit.model
    post = model.add_post(
        "python", f"Title {MARKER}", f"My address is {MARKER} street", author="leaving_member"
    )
    model.add_comment(post, f"and again {MARKER}", author="leaving_member")
    kept = model.add_post("python", "Someone else's post", "stays", author="staying_member")
    ws = Workspace.open(data_dir)
    try:
        account = add_account(ws, fake_reddit)
        assert not ws.sync.sync(account, force=True).failed
        notes = ws.moderation.notes
        (member,) = notes.find("leaving_member")
        notes.add(member.id, f"note {MARKER} " * 200, kind=NoteKind.SPAM_WATCH, by="alex")
        other = notes.ensure("facebook", "Leaving Member")
        notes.link(member.id, other)
        notes.add(other, f"page note {MARKER}", by="alex")
        items = ws.inbox.ids(View(search=MARKER)).ids
        assert len(items) == 2
        ws.triage.add_note(list(items), f"team note {MARKER}", author="alex")
        ws.moderation.report(items[0], reporter="ann", reason=f"doxxing {MARKER}", by="alex")
        assert any(MARKER.encode() in blob for blob in files(data_dir).values())

        code, out = cli(ws, "notes", "erase", "--member", "leaving_member", "--platform", "reddit")
        assert code == 0, out
        assert "2 note(s), the text of 2 item(s), 2 item note(s), 1 report(s)" in out
        assert len(ws.inbox.ids(View(search=MARKER)).ids) == 0
        assert len(ws.inbox.ids(View(search="stays")).ids) == 1  # others keep theirs
        assert notes.for_member(member.id) == [] and notes.for_member(other) == []
        # While the workspace is still open, too (its journal is cut to nothing).
        assert not any(MARKER.encode() in blob for blob in files(data_dir).values())
        assert ws.store.check() == []  # the search index still matches the items
    finally:
        ws.close()
    found = {name: MARKER.encode() in blob for name, blob in files(data_dir).items()}
    assert "db" in found and not any(found.values()), found
    assert kept in {r[0] for r in _external_ids(data_dir)}


def _external_ids(data_dir: Path) -> list[tuple[str]]:
    ws = Workspace.open(data_dir)
    try:
        with ws.store.engine.connect() as connection:
            return [
                (str(r[0]),) for r in connection.exec_driver_sql("SELECT external_id FROM items")
            ]
    finally:
        ws.close()
