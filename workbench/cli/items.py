"""``workbench plugins`` and ``workbench items export``."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from workbench.cli.common import EXIT_OK, data_dir, open_workspace
from workbench.cli.text import translate


def register(commands: Any) -> None:
    commands.add_parser(
        "plugins", help=translate("CliItems", "list connectors and their state")
    ).set_defaults(handler=run_plugins)
    items = commands.add_parser("items", help=translate("CliItems", "work with stored items"))
    items.set_defaults(handler=run_items)
    item_acts = items.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = item_acts.add_parser(
        "export", help=translate("CliItems", "write every stored item to stdout")
    )
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    export.add_argument("--account", help=translate("CliItems", "only this account"))


def run_plugins(args: argparse.Namespace, out: TextIO) -> int:
    from connectors.registry import discover

    for p in discover([data_dir(args) / "plugins"]):
        reason = f"\t{p.reason}" if p.reason else ""
        print(
            f"{p.id}\t{p.display_name}\tversion {p.version}\tAPI {p.api_versions}\t"
            f"{p.source}\t{p.state}{reason}",
            file=out,
        )
    return EXIT_OK


def run_items(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.items.export import export_items

    ws = open_workspace(args)
    account_id = ws.accounts.get(args.account).id if args.account else None
    for record in export_items(ws.store, account_id=account_id):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return EXIT_OK
