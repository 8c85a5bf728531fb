"""WORKAROUND for a reference-count bug seen with PySide6 6.12.0 on Python 3.11.

Every ``SignalInstance.emit()`` there drops one reference to ``True`` it never took (and
other calls do the same to ``None``): after a few hundred emits CPython aborts with
"Fatal Python error: bool_dealloc" (or none_dealloc). ``python tests``-style check:
``sys.getrefcount(True)`` falls by one per emit. Python 3.12 made these singletons
immortal, which is what this does by hand on older Pythons: their counts are raised so far
that no amount of missing references can reach zero. It changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40


def make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12):  # already immortal
        return
    for singleton in (True, False, None, Ellipsis, NotImplemented):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _MARGIN:
            count.value += _MARGIN
