"""``workbench sync [--account NAME]``: progress on stderr, a summary line per account."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from typing import TYPE_CHECKING, Any, TextIO

from workbench.cli.common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, open_workspace

if TYPE_CHECKING:
    from workbench.core.sync.engine import SyncSummary
    from workbench.core.workspace import Workspace


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help="sync accounts now")
    sync.set_defaults(handler=run)
    sync.add_argument("--account", help="only this account")


class _ProgressBar:
    """A one-line progress display on stderr, per account."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.lock = threading.Lock()
        self.tty = stream.isatty()

    def __call__(self, progress: object) -> None:
        from workbench.core.sync.engine import SyncProgress

        assert isinstance(progress, SyncProgress)
        with self.lock:
            if progress.total:
                width = 30
                filled = int(width * min(progress.done, progress.total) / progress.total)
                bar = "#" * filled + "-" * (width - filled)
                line = f"{progress.account}: [{bar}] {progress.done}/{progress.total}"
            else:
                line = f"{progress.account}: {progress.message or progress.done}"
            if self.tty:
                self.stream.write("\r\033[K" + line)
            elif progress.message in ("Connecting…", "Done"):
                self.stream.write(line + "\n")
            self.stream.flush()


def run(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    accounts = [ws.accounts.get(args.account)] if args.account else ws.accounts.all()
    if not accounts:
        print("No accounts yet: add one with `workbench accounts add`.", file=out)
        return EXIT_OK
    bar = _ProgressBar(sys.stderr)
    summaries, interrupted = _sync_until_done_or_ctrl_c(
        ws, [a.id for a in accounts if a.enabled or args.account], bar
    )
    if bar.tty:
        sys.stderr.write("\n")
    for s in summaries:
        c = s.counts
        line = (
            f"{s.account}: {s.status}, {c.new} new, {c.updated} updated, {c.deleted} deleted, "
            f"{c.skipped + s.send_failed} errors"
        )
        if s.sent:
            line += f", {s.sent} actions sent"
        print(line + (f" ({s.message})" if s.message else ""), file=out)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if any(s.failed for s in summaries) else EXIT_OK


def _sync_until_done_or_ctrl_c(
    ws: Workspace, account_ids: list[int], bar: _ProgressBar
) -> tuple[list[SyncSummary], bool]:
    """Sync on a worker thread. The first Ctrl+C stops every account after the batch it is
    writing (what is stored stays; the next sync resumes); a second one quits at once, which
    the store survives like any crash."""
    cancel, done = threading.Event(), threading.Event()
    outcome: list[list[SyncSummary] | BaseException] = []

    def work() -> None:
        try:
            outcome.append(ws.sync.sync_many(account_ids, progress=bar, cancel=cancel))
        except BaseException as error:  # raised again on the main thread
            outcome.append(error)
        finally:
            done.set()

    threading.Thread(target=work, name="sync", daemon=True).start()
    # Not Thread.join: on Python 3.11 a join cut short by Ctrl+C marks the thread as ended.
    while not done.is_set():
        try:
            done.wait(0.2)
        except KeyboardInterrupt:
            if cancel.is_set():
                sys.stderr.write("\nStopped.\n")
                sys.stderr.flush()
                os._exit(EXIT_INTERRUPTED)
            cancel.set()
            sys.stderr.write(
                "\nStopping after the current batch (press Ctrl+C again to quit at once)…\n"
            )
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result, cancel.is_set()
