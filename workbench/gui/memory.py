"""Giving memory the app no longer uses back to the system (glibc's malloc, on Linux).

Queries run on the task runner's threads, and glibc gives each thread its own heap
("arena") and keeps what was freed in it for later: after a few searches over a million
items the inbox held some 70 MB of freed memory (benchmarks/inbox_gui.py: 267 MB resident,
199 MB once trimmed). Two arenas are plenty for four workers that mostly wait on SQLite,
and once the app has been idle a moment, ``trim`` hands the free pages back. Elsewhere
(macOS, Windows, musl) both are no-ops: their allocators return memory on their own.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import platform
import sys
from functools import cache

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
ARENAS = 2
IDLE_TRIM_MS = 2000  # no task ended for this long: the app is idle

trims = 0  # how often the idle trim ran (benchmarks wait for it)
# One timer for the whole app, a child of the application: it outlives every pane and
# task runner, so it never fires into an object that is gone.
_timer: QTimer | None = None


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


def limit_arenas() -> None:
    """At start, before the worker threads exist."""
    libc = _glibc()
    if libc is not None and not libc.mallopt(M_ARENA_MAX, ARENAS):
        log.debug("mallopt(M_ARENA_MAX) refused")


def trim() -> bool:
    """Return free heap pages to the system; True when something was given back."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))


def trim_when_idle() -> None:
    """Trim once no task has ended for IDLE_TRIM_MS (each call starts the wait again)."""
    global _timer
    app = QCoreApplication.instance()
    if app is None:
        return
    if _timer is None:
        _timer = QTimer(app)
        _timer.setSingleShot(True)
        _timer.timeout.connect(_trim_off_the_gui_thread)
    _timer.start(IDLE_TRIM_MS)


def _trim_off_the_gui_thread() -> None:
    global trims
    trims += 1
    QThreadPool.globalInstance().start(trim)  # it walks the heap: not on the GUI thread
