"""The `workbench` command, in-process through cli.main and once as the real console script."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from plugins.support import TOKEN, batch, install, item, write_script

from workbench import __version__
from workbench.cli import main
from workbench.cli.common import EXIT_SKIPPED
from workbench.core.accounts.secrets import MemoryKeyring
from workbench.core.text import local_time_text
from workbench.core.workspace import DATABASE_FILE, Workspace

BATCHES = [
    batch(
        item("p1", "Welcome thread", title="Hello", author="alice", created=1_700_000_000),
        item("c1", "Glad to be here", kind="comment", parent="p1", author="bob"),
        cursor="1",
    )
]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted", "midstream", "broken_import", "raises_at_import", "incompatible")
    return folder


@pytest.fixture
def script(data_dir: Path) -> Path:
    return write_script(data_dir / "script.json", batches=BATCHES)


def run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out)
    return code, out.getvalue()


def add_scripted(data_dir: Path, script: Path, name: str = "Team") -> int:
    os.environ["WORKBENCH_SECRET_TOKEN"] = TOKEN
    try:
        return run(data_dir, "accounts", "add", "scripted", name, "--set", f"script={script}")[0]
    finally:
        del os.environ["WORKBENCH_SECRET_TOKEN"]


def last_line(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().err.splitlines()[-1]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out == f"workbench {__version__}\n"


# -- accounts ---------------------------------------------------------------------------------


def test_accounts_add_reads_the_secret_from_the_environment(
    data_dir: Path, script: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv("WORKBENCH_SECRET_TOKEN", TOKEN)
    code, out = run(
        data_dir, "accounts", "add", "scripted", "Team", "--set", f"script={script}",
        "--set", "page_size=20",
    )  # fmt: skip
    assert (code, out) == (0, "Added Team (Scripted test platform).\n")
    assert TOKEN in memory_keyring.values.values()
    code, out = run(data_dir, "accounts", "list")
    assert code == 0
    assert out.splitlines() == ["Team\tscripted\tnot synced yet\t0 items\tlast sync never"]


def test_accounts_list_on_an_empty_workspace_says_how_to_add_one(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "accounts", "list") == (0, "")  # stdout: one row per account
    assert last_line(capsys) == (
        "No accounts yet. Add one with `workbench accounts add CONNECTOR NAME` "
        "(`workbench plugins` lists the connectors), or in the app's Accounts pane."
    )


def test_accounts_add_reads_the_secret_from_stdin(
    data_dir: Path, script: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.delenv("WORKBENCH_SECRET_TOKEN", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(TOKEN + "\n"))
    code, _ = run(data_dir, "accounts", "add", "scripted", "Team", "--set", f"script={script}")
    assert code == 0
    assert list(memory_keyring.values.values()).count(TOKEN) == 1


def test_secret_on_the_command_line_is_refused(
    data_dir: Path, script: Path, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(data_dir, "accounts", "add", "scripted", "Team", "--set", f"script={script}",
            "--set", f"token={TOKEN}")  # fmt: skip
    message = str(caught.value.code)
    assert "token is a secret" in message
    assert "WORKBENCH_SECRET_TOKEN" in message and "stdin" in message
    assert memory_keyring.values == {}
    assert run(data_dir, "accounts", "list") == (0, "")


def test_accounts_add_errors_are_plain_words(
    data_dir: Path,
    script: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no secret anywhere
    code, _ = run(data_dir, "accounts", "add", "scripted", "Team", "--set", f"script={script}")
    assert code == 1
    # The last line: warnings about the broken test plugins come first.
    assert last_line(capsys) == "workbench: “Access token” (token) is required."
    code, _ = run(data_dir, "accounts", "add", "demo", "Demo", "--set", "size=lots")
    assert code == 1
    assert "must be a whole number" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="KEY=VALUE"):
        run(data_dir, "accounts", "add", "demo", "Demo", "--set", "size")


def test_accounts_remove(
    data_dir: Path, script: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_scripted(data_dir, script) == 0
    assert run(data_dir, "sync")[0] == 0
    code, out = run(data_dir, "accounts", "remove", "Team")
    assert (code, out) == (0, "Removed Team: 1 communities, 2 items, 0 unsent actions.\n")
    assert memory_keyring.values == {}
    assert run(data_dir, "accounts", "list") == (0, "")
    capsys.readouterr()
    assert run(data_dir, "accounts", "remove", "Team")[0] == 1
    assert last_line(capsys) == "workbench: There is no account “Team”."


# -- sync ---------------------------------------------------------------------------------------


def test_sync_prints_a_summary_per_account(
    data_dir: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert add_scripted(data_dir, script) == 0
    code, out = run(data_dir, "sync")
    assert (code, out) == (0, "Team: ok, 2 new, 0 updated, 0 deleted, 0 errors\n")
    progress = capsys.readouterr().err
    # Not a terminal: one line when an account starts and one when it is done.
    assert progress.splitlines()[-2:] == ["Team: Connecting…", f"Team: [{'#' * 30}] 2/2"]
    write_script(script, batches=[*BATCHES, batch(cursor="2", deletions=["c1"])])
    assert run(data_dir, "sync", "--account", "Team") == (
        0,
        "Team: ok, 0 new, 0 updated, 1 deleted, 0 errors\n",
    )
    code, out = run(data_dir, "accounts", "list")
    assert out.startswith("Team\tscripted\tok\t2 items\tlast sync ")


def test_sync_exit_code_is_non_zero_if_any_account_failed(data_dir: Path, script: Path) -> None:
    assert add_scripted(data_dir, script) == 0
    assert run(data_dir, "accounts", "add", "midstream", "Stream", "--set", "fail_after=2")[0] == 0
    code, out = run(data_dir, "sync")
    assert code == 1
    assert sorted(out.splitlines()) == [
        "Stream: failed, 20 new, 0 updated, 0 deleted, 0 errors "
        "(The stream platform answered 503 Service Unavailable.)",
        "Team: ok, 2 new, 0 updated, 0 deleted, 0 errors",
    ]
    code, out = run(data_dir, "accounts", "list")
    assert "Stream\tmidstream\tfailing\t20 items\tlast sync never\t" in out
    assert "The stream platform answered 503" in out


def test_ctrl_c_stops_the_sync_after_the_current_batch_and_the_next_resumes(
    data_dir: Path, script: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import _thread
    import threading
    import time

    two = [*BATCHES, batch(item("p2", "Second batch", author="carol"), cursor="2")]
    write_script(script, batches=two, block_after=1)  # the platform pauses after batch 1
    assert add_scripted(data_dir, script) == 0

    def press_ctrl_c_while_paused() -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            module = sys.modules.get("workbench_user_plugins.scripted")
            connector = getattr(module, "CONNECTOR", None)
            if connector is not None and connector.started.is_set():
                _thread.interrupt_main()  # what Ctrl+C does
                time.sleep(0.5)  # the CLI notices within its 0.2 s wait
                connector.gate.set()
                return
            time.sleep(0.01)

    presser = threading.Thread(target=press_ctrl_c_while_paused)
    presser.start()
    try:
        code, out = run(data_dir, "sync")
    finally:
        presser.join(timeout=15)
    assert code == 130
    assert out.startswith("Team: cancelled, 2 new,")
    assert "Stopping after the current batch" in capsys.readouterr().err
    write_script(script, batches=two)
    assert run(data_dir, "sync") == (0, "Team: ok, 1 new, 0 updated, 0 deleted, 0 errors\n")


def rate_limit(data_dir: Path, script: Path, retry_at: float) -> None:
    """Team's platform answers 429 with a retry time; the sync fails and Team waits."""
    limited = {"after": 0, "type": "RateLimited", "message": "Slow down.", "retry_at": retry_at}
    write_script(script, batches=BATCHES, fail=limited)
    assert add_scripted(data_dir, script) == 0
    assert run(data_dir, "sync")[0] == 1
    write_script(script, batches=BATCHES)  # the platform would answer now


def test_a_rate_limited_account_is_skipped_and_says_until_when(
    data_dir: Path, script: Path
) -> None:
    retry_at = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=90)
    if retry_at.astimezone().date() != datetime.now().astimezone().date():
        retry_at = datetime.now(UTC) + timedelta(minutes=1)  # stay on today near midnight
    rate_limit(data_dir, script, retry_at.timestamp())
    until = retry_at.astimezone().strftime("%H:%M")
    skipped = f"Team: skipped: rate-limited until {until} (sync anyway with --force)\n"
    # Named explicitly and not synced: the script that asked learns so (exit 4).
    assert run(data_dir, "sync", "--account", "Team") == (EXIT_SKIPPED, skipped)
    # A sync of all accounts that skips a waiting one is the normal schedule: 0.
    assert run(data_dir, "sync") == (0, skipped)
    assert run(data_dir, "sync", "--account", "Team", "--force") == (
        0,
        "Team: ok, 2 new, 0 updated, 0 deleted, 0 errors\n",
    )
    assert run(data_dir, "sync", "--account", "Team") == (
        0,
        "Team: ok, 0 new, 0 updated, 0 deleted, 0 errors\n",
    )


def test_a_wait_past_today_names_the_day(data_dir: Path, script: Path) -> None:
    retry_at = datetime.now(UTC) + timedelta(days=2)
    rate_limit(data_dir, script, retry_at.timestamp())
    code, out = run(data_dir, "sync", "--account", "Team")
    assert code == EXIT_SKIPPED
    assert f"rate-limited until {retry_at.astimezone():%Y-%m-%d %H:%M} (sync" in out


def test_local_time_text_adds_the_date_only_when_not_today() -> None:
    now = datetime(2026, 12, 1, 10, 0).astimezone()
    assert local_time_text(now + timedelta(hours=2), now) == (now + timedelta(hours=2)).strftime(
        "%H:%M"
    )
    later = now + timedelta(days=1)
    assert local_time_text(later, now) == later.strftime("%Y-%m-%d %H:%M")


def test_sync_help_lists_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["sync", "--help"])
    assert caught.value.code == 0
    text = capsys.readouterr().out
    assert "--force" in text
    codes = re.findall(r"^  (\d+) ", text.split("exit codes:")[1], re.MULTILINE)
    assert codes == ["0", "1", "2", "3", "4", "130"]
    assert "another process is already syncing this workspace" in text


def test_sync_without_accounts_says_what_to_do(data_dir: Path) -> None:
    assert run(data_dir, "sync") == (
        0,
        "No accounts yet: add one with `workbench accounts add`.\n",
    )


def test_damaged_workspace_is_reported_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / DATABASE_FILE).write_bytes(b"this is not a database" * 200)
    assert run(folder, "sync")[0] == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: The workspace file ")
    assert "is damaged" in err and "Traceback" not in err


# -- plugins and export ---------------------------------------------------------------------


def test_plugins_lists_every_connector_with_its_state(data_dir: Path) -> None:
    code, out = run(data_dir, "plugins")
    assert code == 0
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert rows["demo"][1:6] == ["Demo communities", "version 1.0", "API 1", "built-in", "loaded"]
    scripted = rows["scripted"]
    assert scripted[2:4] == ["version 2.1", "API 1"]
    assert scripted[4] == f"folder {data_dir / 'plugins' / 'scripted.py'}"
    assert scripted[5] == "loaded"
    assert rows["future"][5:] == ["incompatible", "supports plugin API (99,), this app provides 1"]
    assert rows["broken_import"][5] == "failed"
    assert "No module named 'workbench_test_no_such_platform_sdk'" in rows["broken_import"][6]
    assert rows["raises_at_import"][5:] == [
        "failed",
        "RuntimeError: the plugin could not read its licence file",
    ]


def test_items_export_writes_every_item(data_dir: Path, script: Path) -> None:
    assert add_scripted(data_dir, script) == 0
    other = write_script(data_dir / "other.json", batches=[batch(item("x1", "other account"))])
    assert add_scripted(data_dir, other, name="Other") == 0
    assert run(data_dir, "sync")[0] == 0
    ws = Workspace.open(data_dir)  # the user triages an item
    try:
        with ws.store.writing() as session:
            from sqlalchemy import text

            session.execute(text("UPDATE items SET state='done' WHERE external_id='c1'"))
    finally:
        ws.close()

    code, out = run(data_dir, "items", "export", "--format", "jsonl", "--account", "Team")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["external_id"] for r in records] == ["p1", "c1"]
    assert records[0] == {
        "account": "Team",
        "community": "General",
        "platform": "scripted",
        "kind": "post",
        "external_id": "p1",
        "parent": None,
        "thread": None,
        "author": "alice",
        "created_at": "2023-11-14T22:13:20+00:00",
        "edited_at": None,
        "deleted_at": None,
        "title": "Hello",
        "text": "Welcome thread",
        "url": "",
        "state": "new",
        "flags": [],
        "tags": [],
    }
    assert (records[1]["kind"], records[1]["parent"], records[1]["author"]) == (
        "comment",
        "p1",
        "bob",
    )
    assert records[1]["state"] == "done"

    code, out = run(data_dir, "items", "export")
    assert sorted(json.loads(line)["account"] for line in out.splitlines()) == [
        "Other",
        "Team",
        "Team",
    ]


# -- the real console script ----------------------------------------------------------------


def test_console_script_runs_a_sync(data_dir: Path) -> None:
    command = shutil.which("workbench", path=str(Path(sys.executable).parent))
    assert command is not None
    assert run(data_dir, "accounts", "add", "demo", "Demo", "--set", "size=300")[0] == 0
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "workbench.core.accounts.secrets.MemoryKeyring"}
    env.pop("WORKBENCH_DATA_DIR", None)
    done = subprocess.run(
        [command, "--data-dir", str(data_dir), "sync"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Demo: ok, 300 new, 0 updated, 0 deleted, 0 errors\n"
    assert "Traceback" not in done.stderr
    assert done.stderr.endswith(f"Demo: Connecting…\nDemo: [{'#' * 30}] 300/300\n")


def test_workspace_folder_that_is_a_file_is_reported_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where the workspace folder should be")
    assert run(not_a_folder, "accounts", "list")[0] == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: ") and str(not_a_folder) in err
    assert "Traceback" not in err
