"""Helpers for tests that use the plugins in this folder (not a plugin itself)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

PLUGINS = Path(__file__).resolve().parent
TOKEN = "tok-s3cr3t-9f8e7d6c5b4a"  # a recognisable secret to grep for


def install(data_dir: Path, *names: str) -> Path:
    """Copy plugin files into the workspace's plugin folder, as a user would."""
    folder = data_dir / "plugins"
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(PLUGINS / f"{name}.py", folder / f"{name}.py")
    return folder


def write_script(path: Path, **script: Any) -> Path:
    path.write_text(json.dumps(script), encoding="utf-8")
    return path


def read_log(script: Path) -> list[dict[str, Any]]:
    log = Path(f"{script}.log")
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def item(external_id: str, text: str = "", **fields: Any) -> dict[str, Any]:
    return {"id": external_id, "text": text or f"text of {external_id}", **fields}


def batch(*items: dict[str, Any], cursor: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"items": list(items), "cursor": cursor, **fields}
