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
from workbench.cli import (
    accounts,
    events,
    imports,
    items,
    moderation,
    outbox,
    playbook,
    prompts,
    report,
    rules,
    store,
    sync,
)
from workbench.cli.common import EXIT_FAILED, EXIT_OK, data_dir
from workbench.cli.text import failure, requested_language, shown, speaking, translate
from workbench.gui.i18n import LANGUAGES

COMMANDS = (
    accounts,
    sync,
    items,
    imports,
    outbox,
    store,
    report,
    moderation,
    prompts,
    events,
    rules,
    playbook,
)


def _parser() -> argparse.ArgumentParser:
    # Built once the language is set up: the help it prints is translated (argparse's own
    # words, "usage:" and "options:", stay as Python writes them).
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=translate("Cli", "Community Workbench: one inbox for all your communities."),
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help=translate("Cli", "workspace folder (or WORKBENCH_DATA_DIR)")
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open the demo workspace")
    )
    parser.add_argument(
        "--lang",
        dest="language",  # not "lang": `prompts coach --lang` is the questions' language
        choices=LANGUAGES,
        help=translate(
            "Cli",
            "the language to speak (default: the one chosen in Preferences, else the system's)",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("Cli", "open the main window, check store, plugins and keyring, exit"),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help=translate(
            "Cli",
            "log more on stderr: -v informs, -vv debugs (and logs/workbench.log in the "
            "workspace holds the details)",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from workbench.gui.app import run

    return int(
        run(
            data_dir=data_dir(args),
            demo=args.demo,
            self_test=args.self_test,
            verbosity=args.verbose,
            language=args.language,
        )
    )


log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    with speaking(requested_language(argv)) as language:
        args = _parser().parse_args(argv)
        args.language = language
        if args.command is not None:
            return _command(args, out)
    # The GUI makes its own QApplication (and installs the same language) once ours is gone.
    from workbench.core.logs import setup_logging, stop_logging

    setup_logging(data_dir(args), args.verbose)
    log.debug("workbench %s: gui", __version__)
    try:
        return run_gui(args)
    finally:
        stop_logging()


def _command(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.logs import setup_logging, stop_logging

    setup_logging(data_dir(args), args.verbose)
    log.debug("workbench %s: %s", __version__, args.command)
    from connectors.api import ConnectorError
    from workbench.core.accounts.secrets import SecretsUnavailable
    from workbench.core.accounts.service import AccountError
    from workbench.core.sync.lock import SyncLockError
    from workbench.db.store import StoreError

    try:
        return int(args.handler(args, out))
    except (StoreError, AccountError, SecretsUnavailable, ConnectorError, SyncLockError) as error:
        log.info("%s ended: %s", args.command, error)
        print(failure(shown(error)), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `workbench items export | head` is fine
        return EXIT_OK
    finally:
        opened = getattr(args, "opened", None)
        if opened is not None:
            opened.close()
        stop_logging()


if __name__ == "__main__":
    raise SystemExit(main())
