"""The command line imports only the module of the command given (COMMANDS), and nothing
for the GUI; what a user or a script sees of the parser is the same as with every module."""

from __future__ import annotations

import argparse
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import workbench.cli
from workbench.cli import COMMANDS, _parser, main
from workbench.cli.argv import asks_help, command_word

ROOT = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(subparsers.choices)


def test_commands_lists_every_command_module_and_the_words_it_adds() -> None:
    modules = {
        info.name
        for info in pkgutil.iter_modules(workbench.cli.__path__)
        if hasattr(__import__(f"workbench.cli.{info.name}", fromlist=["_"]), "register")
    }
    assert {module for module, _ in COMMANDS} == modules  # a new module must be listed
    for module, words in COMMANDS:
        parser = _parser([words[0], "--help"])
        assert tuple(_commands(parser)) == words, module


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for _, words in COMMANDS:
        for word in words:
            assert f"    {word} " in text or f"    {word}\n" in text, word


def test_a_commands_help_is_the_same_alone_and_in_the_whole_parser() -> None:
    whole = _commands(_parser())
    for _, words in COMMANDS:
        for word in words:
            alone = _commands(_parser(["--data-dir", "x", word, "--help"]))
            assert set(alone) < set(whole) and word in alone
            assert alone[word].format_help() == whole[word].format_help(), word


def test_the_command_word_is_found_as_argparse_finds_it() -> None:
    assert command_word([]) is None
    assert command_word(["--self-test", "--data-dir", "sync"]) is None  # a folder named sync
    assert command_word(["--da", "x", "--lang=fr", "-vv", "sync", "--account", "A"]) == "sync"
    assert command_word(["--lang", "fr", "--demo", "items", "export"]) == "items"
    assert command_word(["--", "outbox"]) == "outbox"
    assert asks_help(["-h"]) and asks_help(["--data-dir", "x", "--he"]) and asks_help(["-vh"])
    assert not asks_help(["sync", "--help"]) and not asks_help(["--data-dir", "-h"])


def test_an_unknown_word_is_refused_with_every_command_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["frobnicate"])
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'frobnicate'" in error
    assert all(word in error for _, words in COMMANDS for word in words)


def test_the_gui_start_imports_no_command_module_and_no_other_pane(tmp_path: Path) -> None:
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('MODULES', *sorted(sys.modules)))\n"
        "from workbench.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="workbench.core.accounts.secrets.MemoryKeyring",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # the window's QSettings, not the user's
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "--self-test", "--data-dir", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    modules = set(done.stdout.split("MODULES", 1)[1].split())
    assert "workbench.gui.inbox.pane" in modules  # the window was built, with its inbox
    commands = {f"workbench.cli.{module}" for module, _ in COMMANDS}
    assert not modules & commands, modules & commands
    others = {"workbench.gui.prompts.pane", "workbench.gui.events.pane", "icalendar"}
    assert not modules & others, modules & others


def test_building_the_window_does_not_import_the_http_stack() -> None:
    # requests (about 150 ms) comes with the first remote image or the first connector.
    probe = "import sys, workbench.gui.main_window\nprint('requests' in sys.modules)\n"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=120,
    )
    assert done.stdout.strip() == "False", done.stdout + done.stderr
