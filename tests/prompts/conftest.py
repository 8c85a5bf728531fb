"""Prompt tests: small prompt files of our own (tests/prompts/fixtures/), loaded into a real
workspace through the same merge as the bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.prompts.bundle import load_bundle
from workbench.core.workspace import Workspace

PROMPT_FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def prompt_files() -> Path:
    return PROMPT_FIXTURES


@pytest.fixture
def library(workspace: Workspace) -> Workspace:
    """A workspace with the three prompt pairs of bundle_v1.jsonl (and nothing else)."""
    report = load_bundle(workspace.store, [PROMPT_FIXTURES / "bundle_v1.jsonl"])
    assert report.refused == []
    return workspace
