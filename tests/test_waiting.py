"""Waits that guard the store last through Ctrl+C, then pass it on."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from workbench.core.sync.waiting import wait_through_ctrl_c


def test_ctrl_c_while_waiting_waits_for_the_end_then_passes_ctrl_c_on() -> None:
    done = threading.Event()
    order: list[str] = []

    def press_ctrl_c_then_finish() -> None:
        time.sleep(0.1)
        # What Ctrl+C does: a real SIGINT to the main thread, which wakes its wait.
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
        time.sleep(0.3)
        order.append("finished")
        done.set()

    helper = threading.Thread(target=press_ctrl_c_then_finish)
    helper.start()
    with pytest.raises(KeyboardInterrupt):
        try:
            wait_through_ctrl_c(done)
        finally:
            order.append("returned")
    helper.join(timeout=5)
    assert order == ["finished", "returned"]


def test_without_ctrl_c_it_just_waits() -> None:
    done = threading.Event()
    threading.Timer(0.05, done.set).start()
    wait_through_ctrl_c(done)
    assert done.is_set()
