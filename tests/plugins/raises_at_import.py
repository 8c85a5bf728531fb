"""A plugin that raises while its module runs (a bug at import time)."""

from __future__ import annotations

raise RuntimeError("the plugin could not read its licence file")
