"""A workspace with the scripted test platform (tests/plugins/scripted.py): its community
"General" takes posts, and what a later sync brings is written into its script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plugins.support import TOKEN, batch, item, write_script

from workbench.core.communities import CommunityRef
from workbench.core.workspace import Workspace
from workbench.db.models import Community

COMMUNITIES = [{"id": "general", "name": "General"}, {"id": "study", "name": "Study group"}]
# Every sync reads the whole script (its first batch also lists the communities).
SEED = {"communities": COMMUNITIES, "ignore_cursor": True}


def scripted(ws: Workspace, **script: Any) -> tuple[CommunityRef, Path]:
    path = write_script(
        ws.data_dir / "script.json", batches=[batch(item("p0"), cursor="0")], **SEED, **script
    )
    account = ws.accounts.add("scripted", "Scripted", {"script": str(path), "token": TOKEN})
    ws.sync.sync(account.id)
    return ws.communities.find("General"), path


def set_type(ws: Workspace, community: CommunityRef, value: str) -> CommunityRef:
    """The community's type, as the user sets it in Accounts."""
    with ws.store.writing() as session:
        row = session.get(Community, community.id)
        assert row is not None
        row.community_type = value
    return ws.communities.get(community.id)


def bring(ws: Workspace, script: Path, community: CommunityRef, *items: dict[str, Any]) -> None:
    """The platform now holds ``items``: a sync stores them."""
    write_script(script, batches=[batch(item("p0"), *items, cursor="0")], **SEED)
    ws.sync.sync(community.account_id, force=True)


def comment(external_id: str, post: str, author: str, created: int) -> dict[str, Any]:
    return item(
        external_id, kind="comment", parent=post, thread=post, author=author, created=created
    )
