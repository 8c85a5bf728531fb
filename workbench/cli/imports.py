"""``workbench import facebook-archive|linkedin-export PATH --community NAME``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from connectors.archive_io import DEFAULT_LIMITS, ImportLimits, MiB
from workbench.cli.common import EXIT_OK, open_workspace
from workbench.cli.text import shown, translate


def register(commands: Any) -> None:
    imports = commands.add_parser(
        "import", help=translate("CliImport", "import a platform data export")
    )
    imports.set_defaults(handler=run)
    import_kinds = imports.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind, what in (
        (
            "facebook-archive",
            translate(
                "CliImport",
                "import a Facebook “Download Your Information” archive (.zip or folder)",
            ),
        ),
        (
            "linkedin-export",
            translate("CliImport", "import a LinkedIn data export (.zip of CSV files)"),
        ),
    ):
        one = import_kinds.add_parser(kind, help=what)
        one.add_argument("path", type=Path)
        one.add_argument(
            "--community",
            required=True,
            help=translate("CliImport", "the community to import into"),
        )
        one.add_argument(
            "--account",
            help=translate("CliImport", "the account (default: the only one, or a new one)"),
        )
        one.add_argument(
            "--url",
            default="",
            help=translate("CliImport", "the community's web page, for manual assist"),
        )
        one.add_argument(
            "--max-file-mb",
            type=_positive,
            metavar="MB",
            help=translate(
                "CliImport", "refuse a JSON/CSV file of the export over MB (default 512)"
            ),
        )
        one.add_argument(
            "--max-total-mb",
            type=_positive,
            metavar="MB",
            help=translate(
                "CliImport", "refuse an export with more than MB to import (default 2048)"
            ),
        )
        one.add_argument(
            "--max-ratio",
            type=_positive,
            metavar="N",
            help=translate(
                "CliImport", "refuse a zip entry that expands over N times (default 100)"
            ),
        )


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(translate("CliImport", "give a whole number of 1 or more"))
    return int(text)


def _limits(args: argparse.Namespace) -> ImportLimits:
    """The default limits, raised (or lowered) where the command line says so."""
    changes = {
        key: value
        for key, value in (
            ("max_entry_bytes", args.max_file_mb and args.max_file_mb * MiB),
            ("max_total_bytes", args.max_total_mb and args.max_total_mb * MiB),
            ("max_ratio", args.max_ratio),
        )
        if value
    }
    return replace(DEFAULT_LIMITS, **changes)


def run(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    summary = ws.import_export(
        args.kind,
        args.path,
        args.community,
        account_name=args.account or "",
        url=args.url,
        limits=_limits(args),
    )
    print(shown(summary.describe()), file=out)
    return EXIT_OK
