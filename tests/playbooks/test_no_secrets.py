"""A playbook holds the library only: no secrets, accounts, members or items."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.playbooks.seed import seed_library
from workbench.core.playbooks.export import new_header
from workbench.core.playbooks.state import PlaybookArea
from workbench.core.workspace import Workspace
from workbench.db.models import Community, Item, Member

SECRET = "s3cr3t-token-DO-NOT-SHARE"


def test_the_file_never_holds_secrets_accounts_members_or_items(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.accounts.add(
        "reddit",
        "Moderator account of Zed",
        {
            "subreddits": "zedcommunity",
            "username": "zed_mod",
            "client_id": "cid-123",
            "client_secret": SECRET,
        },
    )
    demo = workspace.ensure_demo_account()
    assert workspace.sync.sync(demo).status == "ok"
    seed_library(workspace)
    with workspace.store.session() as session:
        items = [t for t in session.scalars(select(Item.text)) if t and len(t) > 20][:50]
        members = [m for m in session.scalars(select(Member.name)) if m][:50]
        communities = [c for c in session.scalars(select(Community.name)) if c]
    assert items and members and communities  # the sync brought something to leak
    path = tmp_path / "all.playbook.json"
    workspace.playbooks.write(
        workspace.playbooks.export(new_header("All"), dict.fromkeys(PlaybookArea)), path
    )
    text = path.read_text(encoding="utf-8")
    for needle in [
        SECRET,
        "cid-123",
        "zed_mod",
        "zedcommunity",
        "Moderator account of Zed",
        "Demo communities",
    ]:
        assert needle not in text
    for value in items + members + communities:
        assert value not in text, value
