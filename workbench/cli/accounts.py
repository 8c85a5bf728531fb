"""``workbench accounts add|list|remove``.

Secrets never come from argv (they would land in shell history and process lists): a secret
setting is read from WORKBENCH_SECRET_<KEY> or from stdin.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any, TextIO

from workbench.cli.common import EXIT_OK, open_workspace
from workbench.core.logs import remember_secret


def register(commands: Any) -> None:
    accounts = commands.add_parser("accounts", help="add, list or remove accounts")
    accounts.set_defaults(handler=run)
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
            remember_secret(value)  # from now on never in a log line
            values[field.key] = value
    return values


def run(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
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
        listed = ws.accounts.all()
        if not listed:  # on stderr: stdout stays one row per account for scripts
            print(
                "No accounts yet. Add one with `workbench accounts add CONNECTOR NAME` "
                "(`workbench plugins` lists the connectors), or in the app's Accounts pane.",
                file=sys.stderr,
            )
        for a in listed:
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
