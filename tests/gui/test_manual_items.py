"""Items from a data export are answered by manual assist, even on a connector that replies."""

from __future__ import annotations

from pathlib import Path

from tests.test_archives import linkedin_files, write_zip
from workbench.core.workspace import Workspace
from workbench.gui.inbox.operations import reply_capabilities


def test_exported_items_offer_manual_assist_only(workspace: Workspace, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "export.zip", linkedin_files())
    workspace.import_export("linkedin-export", path, "DevOps Practitioners Circle")
    with workspace.store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT flags FROM items").all()
    assert rows and all("manual" in flags.split(",") for (flags,) in rows)
    assert reply_capabilities(workspace, "linkedin", ("own", "manual")) == (False, True)
    assert reply_capabilities(workspace, "linkedin", ()) == (True, True)
