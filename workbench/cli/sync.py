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
from workbench.cli.text import failure, shown, translate
from workbench.gui.words import marked

if TYPE_CHECKING:
    from workbench.core.sync.engine import SyncSummary
    from workbench.core.workspace import Workspace


def exit_codes() -> str:
    """The exit codes, for `workbench sync --help` (README, "Exit codes")."""
    return translate(
        "CliSync",
        """exit codes:
  {ok}    every account asked for synced, or was skipped in a sync of all accounts
  {failed}    at least one account failed (its line says why), or the workspace cannot
       be opened
  {usage}    the command line is wrong
  {busy}    another process is already syncing this workspace: nothing was done
  {skipped}    the account named with --account was skipped (rate-limited: see --force;
       or disabled)
  {interrupted}  stopped by Ctrl+C (what was stored stays; the next sync resumes)
""",
    ).format(
        ok=EXIT_OK,
        failed=EXIT_FAILED,
        usage=EXIT_USAGE,
        busy=EXIT_BUSY,
        skipped=EXIT_SKIPPED,
        interrupted=EXIT_INTERRUPTED,
    )


def register(commands: Any) -> None:
    sync = commands.add_parser(
        "sync",
        help=translate("CliSync", "sync accounts now"),
        description=translate(
            "CliSync",
            "Sync every enabled account, or one, now. Accounts that are rate-limited\n"
            "are skipped until their wait is over.",
        ),
        epilog=exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sync.set_defaults(handler=run)
    sync.add_argument(
        "--account", help=translate("CliSync", "only this account (also when disabled)")
    )
    sync.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "CliSync", "also sync rate-limited accounts now (the platform may refuse again)"
        ),
    )


class _ProgressBar:
    """A one-line progress display on stderr, per account."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.lock = threading.Lock()
        self.tty = stream.isatty()

    def __call__(self, progress: object) -> None:
        from workbench.core.sync.engine import CONNECTING, DONE, SyncProgress

        assert isinstance(progress, SyncProgress)
        with self.lock:
            if progress.total:
                width = 30
                filled = int(width * min(progress.done, progress.total) / progress.total)
                bar = "#" * filled + "-" * (width - filled)
                line = f"{progress.account}: [{bar}] {progress.done}/{progress.total}"
            else:
                # Core's own steps are marked (Sync context); a connector's text is its own.
                said = marked("Sync", progress.message) if progress.message else progress.done
                line = f"{progress.account}: {said}"
            if self.tty:
                self.stream.write("\r\033[K" + line)
            elif progress.message in (CONNECTING, DONE):
                self.stream.write(line + "\n")
            self.stream.flush()


def run(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.sync.lock import SyncBusy

    ws = open_workspace(args)
    accounts = [ws.accounts.get(args.account)] if args.account else ws.accounts.all()
    if not accounts:
        print(
            translate("CliSync", "No accounts yet: add one with `workbench accounts add`."),
            file=out,
        )
        return EXIT_OK
    bar = _ProgressBar(sys.stderr)
    try:
        summaries, interrupted = _sync_until_done_or_ctrl_c(
            ws, [a.id for a in accounts if a.enabled or args.account], bar, args.force
        )
    except SyncBusy as busy:
        print(failure(shown(busy)), file=sys.stderr)
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


def _status(status: str) -> str:
    return {
        "ok": translate("CliSync", "ok"),
        "failed": translate("CliSync", "failed"),
        "cancelled": translate("CliSync", "cancelled"),
    }.get(status, status)


def _line(s: SyncSummary, rate_limited: bool) -> str:
    message = shown(s.words)
    if s.status == "skipped":  # nothing was read: say why, not a row of zeros
        reason = (message[:1].lower() + message[1:]).rstrip(".")
        if rate_limited:
            reason = translate("CliSync", "{reason} (sync anyway with --force)").format(
                reason=reason
            )
        return translate("CliSync", "{account}: skipped: {reason}").format(
            account=s.account, reason=reason
        )
    c = s.counts
    line = translate(
        "CliSync",
        "{account}: {status}, {new} new, {updated} updated, {deleted} deleted, {errors} errors",
    ).format(
        account=s.account,
        status=_status(s.status),
        new=c.new,
        updated=c.updated,
        deleted=c.deleted,
        errors=c.skipped + s.send_failed,
    )
    if s.sent:
        line += translate("CliSync", ", {n} actions sent").format(n=s.sent)
    return line + (f" ({message})" if message else "")


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
                sys.stderr.write("\n" + translate("CliSync", "Stopped.") + "\n")
                sys.stderr.flush()
                os._exit(EXIT_INTERRUPTED)
            cancel.set()
            stopping = translate(
                "CliSync", "Stopping after the current batch (press Ctrl+C again to quit at once)…"
            )
            sys.stderr.write(f"\n{stopping}\n")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result, cancel.is_set()
