"""The window starts without importing matplotlib (most of a second): it is imported where
a chart is first drawn, off the GUI thread (gui/analytics/render.py)."""

from __future__ import annotations

import subprocess
import sys


def test_building_the_window_imports_no_matplotlib() -> None:
    code = (
        "import sys\n"
        "import workbench.gui.main_window, workbench.gui.panes, workbench.gui.analytics.pane\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"
