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

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # glibc's mallopt parameter (malloc.h)
ARENAS = 2


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
