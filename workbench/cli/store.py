"""``workbench store check`` and ``workbench store backup DEST``.

Both work on the workspace file itself, without opening (or upgrading) the workspace: a
damaged file can still be checked and copied.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import EXIT_FAILED, EXIT_OK, data_dir
from workbench.cli.text import translate


def register(commands: Any) -> None:
    store = commands.add_parser(
        "store", help=translate("CliStore", "check or back up the workspace's database")
    )
    store.set_defaults(handler=run)
    acts = store.add_subparsers(dest="action", required=True, metavar="ACTION")
    acts.add_parser(
        "check",
        help=translate(
            "CliStore", "check the database and its search index (exit 1 if anything is wrong)"
        ),
    )
    backup = acts.add_parser(
        "backup", help=translate("CliStore", "copy the database to DEST while it may be in use")
    )
    backup.add_argument("destination", type=Path, metavar="DEST")
    backup.add_argument(
        "--force", action="store_true", help=translate("CliStore", "replace DEST if it exists")
    )


def _database(args: argparse.Namespace) -> Path:
    from workbench.core.workspace import DATABASE_FILE

    return data_dir(args) / DATABASE_FILE


def run(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.db.store import backup_database, check_database

    database = _database(args)
    if args.action == "check":
        problems = check_database(database)
        if not problems:
            fine = translate(
                "CliStore", "{database}: no problems found (database and search index)."
            )
            print(fine.format(database=database), file=out)
            return EXIT_OK
        print(
            translate("CliStore", "{database}: problems found:").format(database=database), file=out
        )
        for problem in problems:
            print(f"  - {problem}", file=out)
        advice = translate(
            "CliStore",
            "To go back to a sound copy: close Community Workbench, delete {name}-wal and "
            "{name}-shm, and copy a backup in place of {name} (automatic ones are in {backups}).",
        )
        print(advice.format(name=database.name, backups=database.parent / "backups"), file=out)
        return EXIT_FAILED
    backup_database(database, args.destination, overwrite=args.force)
    done = translate("CliStore", "Backed up {database} to {destination}.")
    print(done.format(database=database, destination=args.destination), file=out)
    return EXIT_OK
