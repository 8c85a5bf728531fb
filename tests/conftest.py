"""Root test configuration: offscreen Qt, an in-memory keyring, a real workspace per test."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "workbench.core.accounts.secrets.MemoryKeyring")

import keyring
import pytest

from workbench.core.accounts.secrets import MemoryKeyring
from workbench.core.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring; the system keyring is never touched."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """A test must stop the threads it starts (Qt's own pool threads are exempt)."""
    before = set(threading.enumerate())
    yield
    leaked = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.name.startswith(("Qt", "Dummy"))
    ]
    for thread in leaked:
        thread.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    assert not still, f"threads left running: {still}"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    """A real workspace on a real SQLite file."""
    ws = Workspace.open(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def shared_fixtures() -> Path:
    """Recorded platform responses in ../shared/fixtures (beside the checkout)."""
    if not FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is not beside this checkout")
    return FIXTURES
