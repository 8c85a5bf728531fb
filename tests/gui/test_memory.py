"""Freed memory goes back to the system once the app is idle (gui/memory.py, tasks.py)."""

from __future__ import annotations

import platform
import sys
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from workbench.gui import memory
from workbench.gui.tasks import TaskRunner

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


@pytest.mark.skipif(not GLIBC, reason="glibc's malloc_trim only")
def test_trimming_gives_freed_heap_memory_back() -> None:
    memory.limit_arenas()
    # Many small blocks (from the heap, not mmap), then all freed but one at the end.
    blocks = [bytearray(1000) for _ in range(60_000)]
    keep = blocks[-1]
    del blocks
    before = rss_kib()
    memory.trim()
    after = rss_kib()
    assert after < before - 10_000, (before, after)  # tens of MB back
    assert keep


def test_the_app_trims_once_after_the_last_task(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memory, "IDLE_TRIM_MS", 20)
    runner = TaskRunner()
    results: list[int] = []
    before = memory.trims
    for n in range(3):
        runner.run(lambda n=n: n, results.append)
    qtbot.waitUntil(lambda: memory.trims == before + 1 and len(results) == 3, timeout=5000)
    qtbot.wait(100)
    assert memory.trims == before + 1  # once, not per task
    assert runner.wait()
    assert QThreadPool.globalInstance().waitForDone(5000)


def test_the_app_freezes_what_start_up_made_once_the_window_is_up(
    tmp_path: Any, qapp: object
) -> None:
    # A full collection then walks only what came after (60-160 ms over start-up's
    # objects, landing in the middle of a view change).
    import gc

    from PySide6.QtCore import QCoreApplication

    from workbench.gui import app

    gc.unfreeze()
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        assert app.run(data_dir=tmp_path / "workspace", self_test=True) == 0
        assert gc.get_freeze_count() > 50_000
    finally:
        gc.unfreeze()
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])


def test_commands_and_help_leave_the_collector_on(tmp_path: Any, capsys: Any) -> None:
    # Paused while `workbench` starts (core/heap.py), never left off after it.
    import gc

    from workbench.cli import main

    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.isenabled()
    assert main(["--data-dir", str(tmp_path / "ws"), "accounts", "list"]) == 0
    assert gc.isenabled()
    gc.unfreeze()
