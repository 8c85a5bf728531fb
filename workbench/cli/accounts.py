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
from workbench.cli.text import failure, shown, translate
from workbench.core.logs import remember_secret


def register(commands: Any) -> None:
    accounts = commands.add_parser(
        "accounts", help=translate("CliAccounts", "add, list or remove accounts")
    )
    accounts.set_defaults(handler=run)
    acts = accounts.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = acts.add_parser("add", help=translate("CliAccounts", "add an account"))
    add.add_argument("connector")
    add.add_argument("name")
    add.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=translate("CliAccounts", "a setting (secrets: WORKBENCH_SECRET_<KEY> or stdin)"),
    )
    acts.add_parser("list", help=translate("CliAccounts", "list accounts and their state"))
    remove = acts.add_parser(
        "remove", help=translate("CliAccounts", "remove an account and its stored items")
    )
    remove.add_argument("name")


def _secret_values(connector: type, given: dict[str, str], stdin: TextIO) -> dict[str, str]:
    values: dict[str, str] = {}
    for field in connector.settings_fields:  # type: ignore[attr-defined]
        if not field.secret:
            continue
        if field.key in given:
            text = translate(
                "CliAccounts",
                "{key} is a secret: pass it in {variable} or on stdin, never on the command line.",
            )
            variable = f"WORKBENCH_SECRET_{field.key.upper()}"
            raise SystemExit(failure(text.format(key=field.key, variable=variable)))
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
                text = translate("CliAccounts", "--set takes KEY=VALUE, not “{pair}”")
                raise SystemExit(failure(text.format(pair=pair)))
            given[key.strip()] = value
        connector = ws.accounts.connector_class(args.connector)
        values = {**given, **_secret_values(connector, given, sys.stdin)}
        account = ws.accounts.add(args.connector, args.name, values)
        added = translate("CliAccounts", "Added {name} ({connector}).")
        print(added.format(name=account.name, connector=account.connector_name), file=out)
    elif args.action == "list":
        listed = ws.accounts.all()
        if not listed:  # on stderr: stdout stays one row per account for scripts
            print(
                translate(
                    "CliAccounts",
                    "No accounts yet. Add one with `workbench accounts add CONNECTOR NAME` "
                    "(`workbench plugins` lists the connectors), or in the app's Accounts pane.",
                ),
                file=sys.stderr,
            )
        for a in listed:  # a row for people: its words in their language
            last = (
                a.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M")
                if a.last_sync_at
                else translate("CliAccounts", "never")
            )
            items = translate("CliAccounts", "{n} items").format(n=a.item_count)
            synced = translate("CliAccounts", "last sync {when}").format(when=last)
            state = shown(a.state_words()).lower()
            print(
                f"{a.name}\t{a.connector_id}\t{state}\t{items}\t{synced}\t"
                f"{shown(a.status_words)}".rstrip(),
                file=out,
            )
    else:
        account = ws.accounts.get(args.name)
        summary = ws.sync.remove_account(account.id)
        removed = translate(
            "CliAccounts",
            "Removed {account}: {communities} communities, {items} items, {actions} unsent actions.",
        )
        print(
            removed.format(
                account=summary.account,
                communities=summary.communities,
                items=summary.items,
                actions=summary.pending_actions,
            ),
            file=out,
        )
    return EXIT_OK
