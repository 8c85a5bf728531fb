"""Guards against known-bad Qt binding builds (see the PySide6 pin in pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    with_value = Signal(object)
    bare = Signal()


def test_emitting_signals_keeps_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    emitter.with_value.connect(lambda value: None)
    emitter.bare.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.with_value.emit(1)
        emitter.bare.emit()
    after = sys.getrefcount(True), sys.getrefcount(None)
    # PySide6 6.12.0 on Python 3.11 lost one reference per emit and crashed the interpreter.
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
