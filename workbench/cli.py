"""The ``workbench`` command: the GUI by default, headless commands for scripts and servers.

Secrets never come from argv (they would land in shell history and process lists): a secret
setting is read from WORKBENCH_SECRET_<KEY> or from stdin.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from workbench import __version__

if TYPE_CHECKING:
    from workbench.core.sync.engine import SyncSummary
    from workbench.core.workspace import Workspace

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl+C


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench", description="Community Workbench: one inbox for all your communities."
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("--data-dir", type=Path, help="workspace folder (or WORKBENCH_DATA_DIR)")
    parser.add_argument("--demo", action="store_true", help="open the demo workspace")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window, check store, plugins and keyring, exit",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    accounts = commands.add_parser("accounts", help="add, list or remove accounts")
    acts = accounts.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = acts.add_parser("add", help="add an account")
    add.add_argument("connector")
    add.add_argument("name")
    add.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a setting (secrets: WORKBENCH_SECRET_<KEY> or stdin)",
    )
    acts.add_parser("list", help="list accounts and their state")
    remove = acts.add_parser("remove", help="remove an account and its stored items")
    remove.add_argument("name")

    sync = commands.add_parser("sync", help="sync accounts now")
    sync.add_argument("--account", help="only this account")

    commands.add_parser("plugins", help="list connectors and their state")

    items = commands.add_parser("items", help="work with stored items")
    item_acts = items.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = item_acts.add_parser("export", help="write every stored item to stdout")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--account", help="only this account")

    imports = commands.add_parser("import", help="import a platform data export")
    import_kinds = imports.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind, what in (
        ("facebook-archive", "a Facebook “Download Your Information” archive (.zip or folder)"),
        ("linkedin-export", "a LinkedIn data export (.zip of CSV files)"),
    ):
        one = import_kinds.add_parser(kind, help=f"import {what}")
        one.add_argument("path", type=Path)
        one.add_argument("--community", required=True, help="the community to import into")
        one.add_argument("--account", help="the account (default: the only one, or a new one)")
        one.add_argument("--url", default="", help="the community's web page, for manual assist")
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    from workbench.core.workspace import default_data_dir

    return args.data_dir or default_data_dir(demo=args.demo)


def _open(args: argparse.Namespace) -> object:
    from workbench.core.workspace import Workspace

    workspace = Workspace.open(_data_dir(args))
    args.opened = workspace  # closed by main() when the command ends
    return workspace


def _secret_values(connector: type, given: dict[str, str], stdin: TextIO) -> dict[str, str]:
    values: dict[str, str] = {}
    for field in connector.settings_fields:  # type: ignore[attr-defined]
        if not field.secret:
            continue
        if field.key in given:
            raise SystemExit(
                f"workbench: {field.key} is a secret: pass it in WORKBENCH_SECRET_"
                f"{field.key.upper()} or on stdin, never on the command line."
            )
        value = os.environ.get(f"WORKBENCH_SECRET_{field.key.upper()}")
        if value is None and field.required:
            if stdin.isatty():
                value = getpass.getpass(f"{field.label}: ")
            else:
                value = stdin.readline().rstrip("\n")
        if value:
            values[field.key] = value
    return values


def cmd_accounts(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.workspace import Workspace

    ws = _open(args)
    assert isinstance(ws, Workspace)
    if args.action == "add":
        given = {}
        for pair in args.set:
            key, sep, value = pair.partition("=")
            if not sep:
                raise SystemExit(f"workbench: --set takes KEY=VALUE, not “{pair}”")
            given[key.strip()] = value
        connector = ws.accounts.connector_class(args.connector)
        values = {**given, **_secret_values(connector, given, sys.stdin)}
        account = ws.accounts.add(args.connector, args.name, values)
        print(f"Added {account.name} ({account.connector_name}).", file=out)
    elif args.action == "list":
        for a in ws.accounts.all():
            last = (
                a.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M")
                if a.last_sync_at
                else "never"
            )
            print(
                f"{a.name}\t{a.connector_id}\t{a.state_text}\t{a.item_count} items\t"
                f"last sync {last}\t{a.status_message}".rstrip(),
                file=out,
            )
    else:
        account = ws.accounts.get(args.name)
        summary = ws.sync.remove_account(account.id)
        print(
            f"Removed {summary.account}: {summary.communities} communities, "
            f"{summary.items} items, {summary.pending_actions} unsent actions.",
            file=out,
        )
    return EXIT_OK


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


def cmd_sync(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.workspace import Workspace

    ws = _open(args)
    assert isinstance(ws, Workspace)
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


def cmd_plugins(args: argparse.Namespace, out: TextIO) -> int:
    from connectors.registry import discover

    for p in discover([_data_dir(args) / "plugins"]):
        reason = f"\t{p.reason}" if p.reason else ""
        print(
            f"{p.id}\t{p.display_name}\tversion {p.version}\tAPI {p.api_versions}\t"
            f"{p.source}\t{p.state}{reason}",
            file=out,
        )
    return EXIT_OK


def cmd_items(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.items.export import export_items
    from workbench.core.workspace import Workspace

    ws = _open(args)
    assert isinstance(ws, Workspace)
    account_id = ws.accounts.get(args.account).id if args.account else None
    for record in export_items(ws.store, account_id=account_id):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.workspace import Workspace

    ws = _open(args)
    assert isinstance(ws, Workspace)
    summary = ws.import_export(
        args.kind, args.path, args.community, account_name=args.account or "", url=args.url
    )
    print(summary.describe(), file=out)
    return EXIT_OK


def run_gui(args: argparse.Namespace) -> int:
    from workbench.gui.app import run

    return int(run(data_dir=_data_dir(args), demo=args.demo, self_test=args.self_test))


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from connectors.api import ConnectorError
    from workbench.core.accounts.secrets import SecretsUnavailable
    from workbench.core.accounts.service import AccountError
    from workbench.db.store import StoreError

    handlers = {
        "accounts": cmd_accounts,
        "sync": cmd_sync,
        "plugins": cmd_plugins,
        "items": cmd_items,
        "import": cmd_import,
    }
    try:
        if args.command is None:
            return run_gui(args)
        return handlers[args.command](args, out)
    except (StoreError, AccountError, SecretsUnavailable, ConnectorError) as error:
        print(f"workbench: {error}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `workbench items export | head` is fine
        return EXIT_OK
    finally:
        opened = getattr(args, "opened", None)
        if opened is not None:
            opened.close()


if __name__ == "__main__":
    raise SystemExit(main())
