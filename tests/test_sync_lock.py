"""One sync of a workspace at a time, across processes: real `workbench sync` processes on
one workspace folder, the first paused inside a slow connector (tests/plugins/gated.py)."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from plugins.support import install

from workbench.cli import main
from workbench.cli.common import EXIT_BUSY
from workbench.core.accounts.service import AccountError
from workbench.core.sync.lock import LOCK_FILE, SyncBusy, WorkspaceLock
from workbench.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def gate(tmp_path: Path) -> Path:
    folder = tmp_path / "gate"
    folder.mkdir()
    return folder


@pytest.fixture
def folder(tmp_path: Path, gate: Path) -> Path:
    workspace = tmp_path / "workspace"
    install(workspace, "gated")
    code = main(
        [
            "--data-dir",
            str(workspace),
            "accounts",
            "add",
            "gated",
            "Slow",
            "--set",
            f"folder={gate}",
        ],
        io.StringIO(),
    )
    assert code == 0
    return workspace


def start_sync(folder: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "workbench", "--data-dir", str(folder), "sync"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_until_paused(gate: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not (gate / "started").exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first sync never reached the slow platform"
        time.sleep(0.05)


@pytest.fixture
def first(folder: Path, gate: Path) -> Iterator[subprocess.Popen[str]]:
    process = start_sync(folder)
    try:
        wait_until_paused(gate, process)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def test_a_second_sync_of_the_workspace_says_who_is_syncing_and_exits_3(
    folder: Path, gate: Path, first: subprocess.Popen[str]
) -> None:
    second = start_sync(folder)
    out, err = second.communicate(timeout=60)
    assert second.returncode == EXIT_BUSY == 3
    assert out == ""
    line = err.splitlines()[-1]
    assert re.fullmatch(
        rf"workbench: A sync of this workspace is already running \(process {first.pid}, "
        r"started \d\d:\d\d\)\. Wait for it to finish, or stop it, and sync again\.",
        line,
    ), line
    assert "Traceback" not in err

    (gate / "go").touch()  # the first one goes on and does all the work
    out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert out == "Slow: ok, 2 new, 0 updated, 0 deleted, 0 errors\n"
    assert json.loads((folder / LOCK_FILE).read_text() or "null") is None  # no stale holder


def test_a_killed_sync_does_not_block_the_next(
    folder: Path, gate: Path, first: subprocess.Popen[str]
) -> None:
    first.send_signal(signal.SIGKILL)  # dies holding the lock, its pid still in the file
    first.wait(timeout=30)
    assert json.loads((folder / LOCK_FILE).read_text())["pid"] == first.pid
    (gate / "go").touch()
    after = start_sync(folder)
    out, err = after.communicate(timeout=60)
    assert after.returncode == 0, err
    assert out.startswith("Slow: ok, ")
    ws = Workspace.open(folder)
    try:
        runs = [run.status for run in ws.sync.last_runs(ws.accounts.get("Slow").id)]
        assert runs == ["ok", "interrupted"]
    finally:
        ws.close()


def test_a_pid_file_without_a_held_lock_is_no_lock(
    folder: Path, gate: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / LOCK_FILE).write_text(json.dumps({"pid": 999_999, "started_at": "2026-01-01"}))
    (gate / "go").touch()
    out = io.StringIO()
    assert main(["--data-dir", str(folder), "sync"], out) == 0
    assert out.getvalue() == "Slow: ok, 2 new, 0 updated, 0 deleted, 0 errors\n"


# -- in one process: the lock itself and the engine ------------------------------------------


def test_the_lock_is_shared_by_threads_and_refused_to_another_holder(tmp_path: Path) -> None:
    path = tmp_path / LOCK_FILE
    mine, other = WorkspaceLock(path), WorkspaceLock(path)
    with mine.held(), mine.held():  # two accounts syncing side by side count in
        with pytest.raises(SyncBusy) as busy:
            other.acquire()
        assert busy.value.holder.pid == os.getpid()
        assert "already running (this process, started " in str(busy.value)
    with other.held():  # free once the last one counted out
        assert json.loads(path.read_text())["pid"] == os.getpid()
    assert path.read_text() == ""


def test_engine_refuses_sync_and_removal_while_another_holds_the_workspace(
    folder: Path, gate: Path
) -> None:
    ws = Workspace.open(folder)
    other = WorkspaceLock(folder / LOCK_FILE)  # as another process would hold it
    try:
        account = ws.accounts.get("Slow")
        with other.held():
            with pytest.raises(SyncBusy):
                ws.sync.sync_many([account.id])
            with pytest.raises(SyncBusy):
                ws.sync.sync(account.id)
            with pytest.raises(AccountError, match="Another sync of this workspace is running"):
                ws.sync.remove_account(account.id)
        assert [r.status for r in ws.sync.last_runs(account.id)] == []  # nothing was started
        (gate / "go").touch()
        assert ws.sync.sync_many([account.id])[0].status == "ok"
    finally:
        ws.close()


def test_an_unwritable_lock_is_reported_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbench.core.sync.lock import SyncLockError

    with pytest.raises(SyncLockError, match=r"The sync lock .* cannot be opened: "):
        WorkspaceLock(tmp_path / "no such folder" / LOCK_FILE).acquire()
