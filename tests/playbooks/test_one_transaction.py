"""An import lands whole or not at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.playbooks.seed import seed_library
from workbench.core.playbooks.export import new_header
from workbench.core.playbooks.state import PlaybookArea
from workbench.core.workspace import DATABASE_FILE, Workspace
from workbench.db.models import PlaybookItem, Prompt, UserRemovalReason


def _counts(ws: Workspace) -> tuple[int, int, int, int]:
    with ws.store.session() as session:
        return (
            session.scalar(select(func.count(Prompt.id))) or 0,
            session.scalar(select(func.count(UserRemovalReason.id))) or 0,
            len(ws.views.all()),
            session.scalar(select(func.count(PlaybookItem.id))) or 0,
        )


def test_a_failure_in_the_last_area_leaves_the_first_ones_untouched(
    workspace: Workspace, tmp_path: Path
) -> None:
    seed_library(workspace)
    playbook = workspace.playbooks.export(new_header("All"), dict.fromkeys(PlaybookArea))
    target = tmp_path / "target"
    Workspace.open(target).close()
    # The database itself refuses new saved views (views are written last): a real
    # SQLite error in the middle of the import, nothing of ours replaced.
    with sqlite3.connect(target / DATABASE_FILE) as connection:
        connection.execute(
            "CREATE TRIGGER no_views BEFORE INSERT ON saved_views "
            "BEGIN SELECT RAISE(ABORT, 'no new views today'); END"
        )
    connection.close()
    other = Workspace.open(target)
    try:
        other.prompts.ensure_bundle()  # the bundle is merged on first use, on its own
        before = _counts(other)
        with pytest.raises(Exception, match="no new views today"):
            other.playbooks.apply(playbook, {})
        assert _counts(other) == before  # no prompt, reason or provenance row either
    finally:
        other.close()
