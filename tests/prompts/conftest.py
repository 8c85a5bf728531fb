"""Prompt tests: small prompt files of our own (tests/prompts/fixtures/), loaded into a real
workspace through the same merge as the bundle. The ``workspace`` here opens without the
real bundle (workbench/resources/prompts/), so a test knows every prompt in it; the real
bundle is loaded by the tests that say so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.core.prompts import bundle
from workbench.core.prompts.bundle import load_bundle
from workbench.core.workspace import Workspace

PROMPT_FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def workspace(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Workspace]:
    """A real workspace whose bundle folder is empty (every Workspace.open in the test)."""
    monkeypatch.setattr(bundle, "BUNDLE_DIR", tmp_path / "no-bundle")
    ws = Workspace.open(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def prompt_files() -> Path:
    return PROMPT_FIXTURES


@pytest.fixture
def library(workspace: Workspace) -> Workspace:
    """A workspace with the three prompt pairs of bundle_v1.jsonl (and nothing else)."""
    report = load_bundle(workspace.store, [PROMPT_FIXTURES / "bundle_v1.jsonl"])
    assert report.refused == []
    return workspace
