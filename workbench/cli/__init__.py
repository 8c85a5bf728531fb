"""The ``workbench`` command: the GUI by default, headless commands for scripts and servers.

Each command group is a module here with ``register(commands)``; COMMANDS lists them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from workbench import __version__
from workbench.cli import accounts, imports, items, store, sync
from workbench.cli.common import EXIT_FAILED, EXIT_OK, data_dir

COMMANDS = (accounts, sync, items, imports, store)


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
    for module in COMMANDS:
        module.register(commands)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from workbench.gui.app import run

    return int(run(data_dir=data_dir(args), demo=args.demo, self_test=args.self_test))


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

    try:
        if args.command is None:
            return run_gui(args)
        return int(args.handler(args, out))
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
