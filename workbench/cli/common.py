"""What every command shares: exit codes and opening the workspace.

Each command module has ``register(commands)``, which adds its subcommands with a
``handler`` default; main() dispatches on it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.core.workspace import Workspace

# The documented exit codes (README, "Exit codes"; `workbench sync --help` lists them).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# Another process is syncing this workspace: nothing was done, try again later.
EXIT_BUSY = 3
# `sync --account NAME` did not sync it: rate-limited (see --force) or disabled. A script
# that named one account learns that nothing new was read; a sync of all accounts that
# skips some rate-limited ones is the normal schedule and still ends with EXIT_OK.
EXIT_SKIPPED = 4
EXIT_INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl+C


def data_dir(args: argparse.Namespace) -> Path:
    from workbench.core.workspace import default_data_dir

    if args.data_dir:
        return Path(args.data_dir)
    if args.demo:  # the demo in the language spoken: base/"demo" or base/"demo-fr"
        return default_data_dir(demo=True, language=getattr(args, "language", None) or "en")
    return default_data_dir()


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace of ``--data-dir``/``--demo``; main() closes it when the command ends."""
    from workbench.core.workspace import Workspace

    workspace = Workspace.open(data_dir(args))
    args.opened = workspace
    return workspace
