"""Shared by the example's tests: its package on the path, the connector factory's type."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

# The example is its own package: run from a checkout, put it on the path (installed, it is).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench_rss import RssConnector

MakeConnector = Callable[..., RssConnector]
