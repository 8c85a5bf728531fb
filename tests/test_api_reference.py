"""scripts/api_reference.py: docs/plugin-api.md is current, covers every public name, and
--check fails with one line when a name has no docstring or the file is stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "api_reference.py"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def test_the_checked_in_reference_is_current_and_complete() -> None:
    done = run("--check")
    assert done.returncode == 0, done.stderr
    reference = (ROOT / "docs" / "plugin-api.md").read_text(encoding="utf-8")
    for name in ("Connector", "ConnectorContext", "confirm_deletions", "API_VERSION", "Action"):
        assert f"\n## {name}\n" in reference
    assert (
        "#### @abstractmethod `Connector.read(cursor: str | None) -> Iterator[Batch]`" in reference
    )
    assert (
        "| `save_secret` | `Callable[[str, str], None]` | (a function that does nothing) |"
        in reference
    )


@pytest.fixture
def module(tmp_path: Path) -> Path:
    source = tmp_path / "fake_api.py"
    source.write_text(
        '"""A small API."""\n\n'
        'LIMIT = 3\n"""How many."""\n\n'
        "class Documented:\n"
        '    """Has a docstring."""\n\n'
        "    def method(self) -> None:\n"
        '        """Does it."""\n\n'
        "class Bare:\n    def undocumented(self) -> int:\n        return 1\n\n"
        "def _private() -> None:\n    pass\n",
        encoding="utf-8",
    )
    return source


def test_a_public_name_without_docstring_fails_the_check(tmp_path: Path, module: Path) -> None:
    output = tmp_path / "reference.md"
    args = ("--module", "fake_api", "--source", str(module), "--output", str(output))
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": str(tmp_path)},
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"api_reference: {module}: no docstring for Bare, Bare.undocumented"
    ]


def test_a_stale_reference_fails_and_one_command_regenerates_it(
    tmp_path: Path, module: Path
) -> None:
    output = tmp_path / "reference.md"
    module.write_text(
        module.read_text()
        .replace("class Bare:\n", 'class Bare:\n    """Now."""\n\n')
        .replace("        return 1", '        """Also."""\n        return 1')
    )
    args = ("--module", "fake_api", "--source", str(module), "--output", str(output))
    env = {"PYTHONPATH": str(tmp_path)}

    def script(*more: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SCRIPT), *more, *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )

    stale = script("--check")
    assert stale.returncode == 1
    assert (
        stale.stderr.strip()
        == f"api_reference: {output} is stale: run python scripts/api_reference.py"
    )
    assert script().returncode == 0
    assert script("--check").returncode == 0
    written = output.read_text(encoding="utf-8")
    assert "### constant `LIMIT = 3`\n\nHow many." in written
    assert "#### `Documented.method() -> None`" in written
    assert "_private" not in written
