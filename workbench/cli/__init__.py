"""The ``workbench`` command: the GUI by default, headless commands for scripts and servers.

Each command group is a module here with ``register(commands)``; COMMANDS lists them
with the command words each adds, so only the module of the command given is imported.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import TextIO

from workbench import __version__
from workbench.cli.argv import asks_help, command_word, requested_language
from workbench.cli.common import EXIT_FAILED, EXIT_OK, data_dir
from workbench.core import heap

# Each command group's module (``register(commands)``) and the command words it adds. The
# GUI (no command) imports none of these modules, a command only its own: importing them all
# (and through them moderation, prompts, events ... ) cost the window about a second.
# ``workbench --help`` and a word not listed here build the whole parser, as before.
COMMANDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("accounts", ("accounts",)),
    ("sync", ("sync",)),
    ("items", ("plugins", "items")),
    ("imports", ("import",)),
    ("outbox", ("reply", "outbox")),
    ("store", ("store",)),
    ("report", ("report",)),
    ("moderation", ("moderation", "notes", "decisions")),
    ("prompts", ("prompts",)),
    ("events", ("events",)),
    ("rules", ("rules",)),
    ("playbook", ("playbook",)),
)


def command_modules(argv: Sequence[str]) -> list[ModuleType]:
    """The command modules the parser for ``argv`` needs (see COMMANDS)."""
    word = command_word(argv)
    if word is None and not asks_help(argv):
        return []  # the GUI, --version, or a usage error argparse words the same without them
    named = [module for module, words in COMMANDS if word in words]
    return [import_module(f"workbench.cli.{m}") for m in named or [m for m, _ in COMMANDS]]


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (None: the whole parser, every command in it)."""
    # Built once the language is set up: the help it prints is translated (argparse's own
    # words, "usage:" and "options:", stay as Python writes them).
    from workbench.cli.text import translate
    from workbench.gui.i18n import LANGUAGES

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
    for module in command_modules(["--help"] if argv is None else argv):
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
    heap.pause_collector()  # until the window is shown or the command runs (core/heap.py)
    try:
        return _main(argv, out)
    finally:
        heap.resume_collector()


def _main(argv: Sequence[str] | None, out: TextIO | None) -> int:
    out = out or sys.stdout
    argv = list(sys.argv[1:] if argv is None else argv)
    if command_word(argv) is not None or not asks_help(argv):
        # Before Qt: once PySide6 is in, shiboken's import hook reads the source of every
        # module imported after it (looking for `from __feature__ import`). SQLAlchemy, the
        # models and core's services imported first skip that: some 0.2 s of every start.
        import workbench.core.workspace  # noqa: F401
    from workbench.cli.text import speaking

    with speaking(requested_language(argv)) as language:
        args = _parser(argv).parse_args(argv)
        args.language = language
        if args.command is not None:
            heap.keep_startup_objects()  # the command's own garbage is collected as usual
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
    from workbench.cli.text import failure, shown
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
