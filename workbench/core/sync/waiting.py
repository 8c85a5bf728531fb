"""Waiting on the store's helper threads without leaving them behind."""

from __future__ import annotations

import threading


def wait_through_ctrl_c(done: threading.Event) -> None:
    """Wait for ``done`` even through Ctrl+C, then pass the Ctrl+C on.

    For waits that guard the store: the transaction must not roll back while a statement
    still runs on its connection. (Thread.join is not used: on Python 3.11 a join cut short
    by Ctrl+C marks the thread as ended while it still runs.)
    """
    interrupted = False
    while True:
        try:
            done.wait()
            break
        except KeyboardInterrupt:
            interrupted = True
    if interrupted:
        raise KeyboardInterrupt
