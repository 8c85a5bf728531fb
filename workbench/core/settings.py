"""Workspace settings: small values that belong to the workspace's data, not to one window
(how many weeks a prompt rests, a clash buffer, ...). Window state stays in QSettings."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from workbench.db.models import WorkspaceSetting
from workbench.db.store import Store

T = TypeVar("T")

MAX_VALUE_CHARS = 100_000  # settings are small: a large value is a bug, not a setting
# The language the demo was seeded in (core/demo.py); here so that opening a workspace,
# which reads it, need not import the demo's seeder and its sample events.
DEMO_SEEDED = "demo.seeded"


class WorkspaceSettings:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, default: T) -> T:
        """The stored value, or ``default`` when unset or of another type than it."""
        with self.store.session() as session:
            row = session.get(WorkspaceSetting, key)
            value: Any = row.value if row is not None else default
        if default is not None and not isinstance(value, type(default)):
            if isinstance(default, float) and isinstance(value, int):
                return float(value)  # type: ignore[return-value]
            return default
        return value  # type: ignore[no-any-return]

    def set(self, key: str, value: Any) -> None:
        if len(json.dumps(value)) > MAX_VALUE_CHARS:
            raise ValueError(f"The setting {key} is too large to keep.")
        with self.store.writing() as session:
            row = session.get(WorkspaceSetting, key)
            if row is None:
                session.add(WorkspaceSetting(key=key, value=value))
            else:
                row.value = value
