"""Reading the global options before argparse (and Qt) run: which language, which command.

Qt-free, so main() can choose what to import, and in which order, before importing it.
"""

from __future__ import annotations

from collections.abc import Sequence

# The global options that take a value, so the scan below can skip their values, with the
# abbreviations argparse accepts for them ("--da" is the shortest that names one option).
_VALUED = tuple("--data-dir"[:n] for n in range(4, 11))
_LANG = tuple("--lang"[:n] for n in range(4, 7))


def requested_language(argv: Sequence[str]) -> str | None:
    """``--lang X`` among the global options (before the command), or None.

    Read before argparse runs, because the help argparse prints is already translated;
    a subcommand's own ``--lang`` (``prompts coach --lang fr``) is not this one.
    """
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":
            return None
        option, equals, value = token.partition("=")
        if option in _LANG:  # argparse takes --la and --lan for --lang too
            if equals:
                return value
            return argv[index + 1] if index + 1 < len(argv) else None
        if token in _VALUED:
            index += 2
            continue
        if not token.startswith("-"):  # the command: what follows is its own
            return None
        index += 1
    return None


def command_word(argv: Sequence[str]) -> str | None:
    """The command's word (``sync`` in ``--data-dir D sync --account A``), or None: the
    first word that is neither a global option nor the value of one, as argparse reads it."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--":  # what follows is positional: the command first
            return argv[index + 1] if index + 1 < len(argv) else None
        if token in _VALUED or token in _LANG:
            index += 2
            continue
        if not token.startswith("-") or token == "-":
            return token
        index += 1
    return None


def asks_help(argv: Sequence[str]) -> bool:
    """``-h``/``--help`` (or ``--he``, ``-vh`` ...) among the global options."""
    index = 0
    while index < len(argv):
        token = argv[index]
        if token == "--" or not token.startswith("-") or token == "-":
            return False  # the command: what follows is its own
        if token in _VALUED or token in _LANG:
            index += 2
            continue
        if token.startswith("--"):
            if len(token) >= 3 and "--help".startswith(token):
                return True
        elif "h" in token:
            return True
        index += 1
    return False
