"""Where workspaces live: the configured folder, and the demo always apart from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.workspace import default_data_dir


def test_configured_folder_and_demo_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "mine"))
    assert default_data_dir() == tmp_path / "mine"
    assert default_data_dir(demo=True) == tmp_path / "mine" / "demo"


def test_platform_folder_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_DATA_DIR", raising=False)
    assert default_data_dir().name == "community-workbench"
    assert default_data_dir(demo=True).parent == default_data_dir()
