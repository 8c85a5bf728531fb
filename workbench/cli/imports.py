"""``workbench import facebook-archive|linkedin-export PATH --community NAME``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import EXIT_OK, open_workspace


def register(commands: Any) -> None:
    imports = commands.add_parser("import", help="import a platform data export")
    imports.set_defaults(handler=run)
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


def run(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    summary = ws.import_export(
        args.kind, args.path, args.community, account_name=args.account or "", url=args.url
    )
    print(summary.describe(), file=out)
    return EXIT_OK
