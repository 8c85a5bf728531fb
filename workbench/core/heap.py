"""Python's collector at start-up: paused while the app loads, then told to leave what
start-up made alone.

Start-up makes some 400,000 objects that live as long as the process (modules, classes,
the models, the services, the window's widgets) and little garbage. Collecting while they
are made walked them again and again (each full pass over them took 60-160 ms; one landed
in the inbox's first query: benchmarks/inbox_gui.py), and after start-up every full pass
walked them all once more. So the collector pauses from the first import to the moment
the window is shown (or a command is about to run), and what exists then is frozen: full
collections afterwards walk only what came later.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    """At start, before the heavy imports (a no-op if something else turned it off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def keep_startup_objects() -> None:
    """Start-up is over: freeze what it made, and collect as usual from now on."""
    gc.freeze()
    resume_collector()


def resume_collector() -> None:
    """Turn the collector back on if ``pause_collector`` turned it off."""
    global _paused
    if _paused:
        gc.enable()
        _paused = False
