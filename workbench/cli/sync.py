"""``workbench sync [--account NAME] [--force]``: progress on stderr, a line per account."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from typing import TYPE_CHECKING, Any, TextIO

from workbench.cli.common import (
    EXIT_BUSY,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SKIPPED,
    EXIT_USAGE,
    open_workspace,
)

if TYPE_CHECKING:
    from workbench.core.sync.engine import SyncSummary
    from workbench.core.workspace import Workspace


EXIT_CODES = f"""\
exit codes:
  {EXIT_OK}    every account asked for synced, or was skipped in a sync of all accounts
  {EXIT_FAILED}    at least one account failed (its line says why), or the workspace cannot
       be opened
  {EXIT_USAGE}    the command line is wrong
  {EXIT_BUSY}    another process is already syncing this workspace: nothing was done
  {EXIT_SKIPPED}    the account named with --account was skipped (rate-limited: see --force;
       or disabled)
  {EXIT_INTERRUPTED}  stopped by Ctrl+C (what was stored stays; the next sync resumes)
"""


def register(commands: Any) -> None:
    sync = commands.add_parser(
        "sync",
        help="sync accounts now",
        description="Sync every enabled account, or one, now. Accounts that are rate-limited\n"
        "are skipped until their wait is over.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sync.set_defaults(handler=run)
    sync.add_argument("--account", help="only this account (also when disabled)")
    sync.add_argument(
        "--force",
        action="store_true",
        help="also sync rate-limited accounts now (the platform may refuse again)",
    )


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
    from workbench.core.sync.lock import SyncBusy

    ws = open_workspace(args)
    accounts = [ws.accounts.get(args.account)] if args.account else ws.accounts.all()
    if not accounts:
        print("No accounts yet: add one with `workbench accounts add`.", file=out)
        return EXIT_OK
    bar = _ProgressBar(sys.stderr)
    try:
        summaries, interrupted = _sync_until_done_or_ctrl_c(
            ws, [a.id for a in accounts if a.enabled or args.account], bar, args.force
        )
    except SyncBusy as busy:
        print(f"workbench: {busy}", file=sys.stderr)
        return EXIT_BUSY
    if bar.tty:
        sys.stderr.write("\n")
    limited = {a.id for a in accounts if a.status == "rate-limited"}
    for s in summaries:
        print(_line(s, s.account_id in limited), file=out)
    if interrupted:
        return EXIT_INTERRUPTED
    if any(s.failed for s in summaries):
        return EXIT_FAILED
    if args.account and all(s.status == "skipped" for s in summaries):
        return EXIT_SKIPPED
    return EXIT_OK


def _line(s: SyncSummary, rate_limited: bool) -> str:
    if s.status == "skipped":  # nothing was read: say why, not a row of zeros
        reason = (s.message[:1].lower() + s.message[1:]).rstrip(".")
        if rate_limited:
            reason += " (sync anyway with --force)"
        return f"{s.account}: skipped: {reason}"
    c = s.counts
    line = (
        f"{s.account}: {s.status}, {c.new} new, {c.updated} updated, {c.deleted} deleted, "
        f"{c.skipped + s.send_failed} errors"
    )
    if s.sent:
        line += f", {s.sent} actions sent"
    return line + (f" ({s.message})" if s.message else "")


def _sync_until_done_or_ctrl_c(
    ws: Workspace, account_ids: list[int], bar: _ProgressBar, force: bool
) -> tuple[list[SyncSummary], bool]:
    """Sync on a worker thread. The first Ctrl+C stops every account after the batch it is
    writing (what is stored stays; the next sync resumes); a second one quits at once, which
    the store survives like any crash."""
    cancel, done = threading.Event(), threading.Event()
    outcome: list[list[SyncSummary] | BaseException] = []

    def work() -> None:
        try:
            outcome.append(ws.sync.sync_many(account_ids, progress=bar, cancel=cancel, force=force))
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
