"""The charts' store (analytics_store.py) with moderation, prompt uses and events added: what
the pane tests and the look at the pane draw the moderation, prompt and event charts from."""

from __future__ import annotations

from datetime import UTC, datetime

from analytics_store import ITEMS, MIN, T0, W2
from plugins.support import TOKEN, batch, write_script

from workbench.core.events.model import EventDraft
from workbench.core.moderation.state import Decision
from workbench.core.workspace import Workspace
from workbench.db.models import MemberReport, PromptUse

DAY = 86400


def report(i: str, of: str, at: int, community: str) -> dict[str, object]:
    return {"id": i, "kind": "report", "created": at, "parent": of, "author": "reporter",
            "community": community, "flags": []}  # fmt: skip


REPORTS = [
    report("rep1", "p1", T0 + 10 * MIN, "general"),  # approved 60 min later
    report("rep2", "p3", T0 + 200 * MIN, "general"),  # never decided
    report("rep3", "p4", W2 + 20 * MIN, "help"),  # removed 2 hours later
]


def at(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def sync_more(ws: Workspace) -> None:
    """Sync the charts' items and the reports, then add decisions, uses and events."""
    script = write_script(
        ws.data_dir / "script.json",
        communities=[{"id": "general", "name": "General"}, {"id": "help", "name": "Help"}],
        batches=[batch(*ITEMS, *REPORTS, cursor="1")],
    )
    account = ws.accounts.add("scripted", "Team", {"script": str(script), "token": TOKEN})
    ws.sync.sync(account.id)
    with ws.store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT external_id, id FROM items").all()
    ids = {str(e): int(i) for e, i in rows}
    general, help_ = ws.communities.find("General").id, ws.communities.find("Help").id
    with ws.store.writing() as session:
        session.add(MemberReport(item_id=ids["p5"], reporter="ann", reason="Rude",
                                 created_at=at(W2 + 70 * MIN), created_by="alex"))  # fmt: skip
    log = ws.moderation.decisions
    for action, item, when, rule, community in (
        (Decision.APPROVE, "p1", T0 + 70 * MIN, "", "General"),
        (Decision.REMOVE, "p4", W2 + 140 * MIN, "Spam", "Help"),
        (Decision.WARN, "p5", W2 + 100 * MIN, "Be kind", "General"),
        (Decision.BAN, None, W2 + 200 * MIN, "Spam", "General"),
        (Decision.REMOVE, "p2", T0 + 300 * MIN, "Be kind", "General"),
    ):
        log.record(action, actor="alex", item_id=ids[item] if item else None, rule=rule,
                   community=community, at=at(when))  # fmt: skip
    a = ws.prompts.add(lang="en", text="What are you building this week?").id
    b = ws.prompts.add(lang="en", text="Share a win, however small").id
    with ws.store.writing() as session:
        for prompt, community, when, replies, members, first in (
            (a, general, T0, 4, 3, 600),
            (a, help_, W2, 2, 1, 1800),
            (b, general, W2, 0, 0, None),  # no member replied
        ):
            session.add(PromptUse(prompt_id=prompt, community_id=community, text="",
                                  state="linked", created_at=at(when), replies=replies,
                                  member_replies=replies, members=members,
                                  first_reply_seconds=first, counted_at=at(when + DAY)))  # fmt: skip
    start = at(T0 + 3 * DAY)
    draft = EventDraft(title="Python Q&A", start=start, end=at(T0 + 3 * DAY + 3600), tz="UTC",
                       community_ids=(general,))  # fmt: skip
    held = ws.events.create(draft)
    ws.events.record_outcome(held.id, attendance=12)
