"""Outbox actions in core (core/outbox/actions.py) and the CLI built on them: reply, hold and
take back, retry and cancel by id, what an item can do, handled items leave their views."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from plugins.support import TOKEN, batch, install, item, write_script
from sqlalchemy import text

from connectors.api import ModAction
from tests.test_outbox import sends
from workbench.cli import main
from workbench.core.outbox.actions import Target
from workbench.core.workspace import Workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "midstream")
    return folder


def synced(ws: Workspace, **script: object) -> tuple[Target, Path]:
    path = write_script(ws.data_dir / "script.json", batches=[batch(item("p1"), cursor="1")])
    account = ws.accounts.add("scripted", "Scripted", {"script": str(path), "token": TOKEN})
    ws.sync.sync(account.id)
    write_script(path, batches=[batch(item("p1"), cursor="1")], **script)
    with ws.store.session() as session:
        item_id = session.execute(text("SELECT id FROM items WHERE external_id='p1'")).scalar()
    assert isinstance(item_id, int)
    detail = ws.inbox.detail(item_id)
    assert detail is not None
    return Target(account.id, item_id, "p1", detail.community_external_id, "scripted"), path


def state_of(ws: Workspace, item_id: int | None) -> str:
    with ws.store.session() as session:
        value = session.execute(text("SELECT state FROM items WHERE id=:i"), {"i": item_id})
        return str(value.scalar())


def test_a_reply_is_sent_at_once_and_its_item_is_done(workspace: Workspace) -> None:
    target, script = synced(workspace)
    queued = workspace.actions.reply(target, "Thanks!", by="alex")
    assert queued.status == "sent"
    assert sends(script) == [{"send": "reply", "text": "Thanks!"}]
    assert state_of(workspace, target.item_id) == "done"  # it leaves Needs reply


def test_a_team_note_leaves_the_item_as_it_was(workspace: Workspace) -> None:
    target, _ = synced(workspace)
    workspace.triage.set_state([target.item_id or 0], "needs_reply")
    workspace.actions.reply(target, "for the team", by="alex", internal=True)
    assert state_of(workspace, target.item_id) == "needs_reply"


def test_a_held_action_waits_even_through_a_sync_and_can_be_taken_back(
    workspace: Workspace,
) -> None:
    target, script = synced(workspace)
    held = workspace.actions.moderate(target, ModAction.LOCK, by="alex", hold=60)
    assert held.status == "pending"
    summary = workspace.sync.sync(target.account_id)
    assert summary.sent == 0 and sends(script) == []  # the sync leaves it alone
    assert state_of(workspace, target.item_id) == "new"  # not handled until it goes
    assert workspace.actions.cancel(held.entry_id) is True
    assert workspace.actions.entries() == []
    workspace.sync.sync(target.account_id)
    assert sends(script) == []


def test_a_released_action_goes_out_and_handles_its_item(workspace: Workspace) -> None:
    target, script = synced(workspace)
    held = workspace.actions.moderate(target, ModAction.REMOVE, by="alex", reason="Rule 3", hold=60)
    assert workspace.actions.release(held.entry_id) == "sent"
    assert [s["send"] for s in sends(script)] == ["moderate"]
    assert state_of(workspace, target.item_id) == "done"
    assert workspace.actions.cancel(held.entry_id) is False  # gone out: too late


def test_retry_and_cancel_find_their_entry_by_id(workspace: Workspace) -> None:
    refused = {"type": "PermissionDenied", "message": "Not allowed here."}
    target, script = synced(workspace, send_error=refused)
    failed = workspace.actions.reply(target, "one", by="alex")
    assert failed.status == "failed"
    write_script(script, batches=[batch(item("p1"), cursor="1")])  # the platform now accepts
    assert workspace.actions.retry(failed.entry_id) == "sent"
    with pytest.raises(LookupError, match="no outbox entry 999"):
        workspace.actions.retry(999)
    with pytest.raises(LookupError):
        workspace.actions.cancel(999)


def test_abilities_follow_the_connector_and_manual_items(workspace: Workspace) -> None:
    assert workspace.actions.abilities("scripted").reply
    assert not workspace.actions.abilities("scripted", ("manual",)).reply
    assert (
        workspace.actions.abilities("no-such-connector")
        == type(workspace.actions.abilities("no-such-connector"))()
    )


def run(data_dir: Path, *argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    old = __import__("sys").stdin
    __import__("sys").stdin = io.StringIO(stdin)
    try:
        return main(["--data-dir", str(data_dir), *argv], out=out), out.getvalue()
    finally:
        __import__("sys").stdin = old


def test_cli_reply_from_a_file_and_from_stdin(
    workspace: Workspace, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, script = synced(workspace)
    reply = tmp_path / "reply.txt"
    reply.write_text("Merci, c'est corrigé !\n", encoding="utf-8")
    code, out = run(data_dir, "reply", str(target.item_id), "--text-file", str(reply))
    assert code == 0 and out.startswith("Reply 1: sent.")
    code, out = run(data_dir, "reply", str(target.item_id), stdin="second answer")
    assert code == 0 and "sent" in out
    assert [s["text"] for s in sends(script)] == ["Merci, c'est corrigé !", "second answer"]

    assert run(data_dir, "reply", "424242", stdin="x")[0] == 1
    assert "there is no item 424242" in capsys.readouterr().err
    assert run(data_dir, "reply", str(target.item_id), stdin="   ")[0] == 2
    assert "empty" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 not utf-8")
    assert run(data_dir, "reply", str(target.item_id), "--text-file", str(bad))[0] == 2
    assert "cannot read the reply" in capsys.readouterr().err


def test_cli_outbox_list_retry_cancel(
    workspace: Workspace, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    refused = {"type": "PermissionDenied", "message": "Not allowed here."}
    target, script = synced(workspace, send_error=refused)
    failed = workspace.actions.reply(target, "first try", by="alex")
    held = workspace.actions.reply(target, "later", by="alex", hold=600)
    code, out = run(data_dir, "outbox", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split("\t")[:4] == [str(failed.entry_id), "Scripted", "reply", "failed"]
    assert lines[0].endswith("Not allowed here.")
    assert lines[1].split("\t")[3] == "pending"
    code, out = run(data_dir, "outbox", "list", "--status", "failed", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 1 and '"status": "failed"' in out

    assert run(data_dir, "outbox", "cancel", str(held.entry_id)) == (
        0,
        f"Entry {held.entry_id}: cancelled.\n",
    )
    assert run(data_dir, "outbox", "retry", "77")[0] == 1
    assert "no outbox entry 77" in capsys.readouterr().err
    write_script(script, batches=[batch(item("p1"), cursor="1")])
    assert run(data_dir, "outbox", "retry", str(failed.entry_id)) == (
        0,
        f"Entry {failed.entry_id}: sent.\n",
    )
    assert run(data_dir, "outbox", "retry", str(failed.entry_id))[0] == 1  # sent: not again
    assert "only a failed one is retried" in capsys.readouterr().err
    assert run(data_dir, "outbox", "cancel", str(failed.entry_id))[0] == 1
    assert "cannot be taken back" in capsys.readouterr().err
