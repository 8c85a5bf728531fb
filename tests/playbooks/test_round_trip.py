"""Export then import gives the same library, including what the user made."""

from __future__ import annotations

from pathlib import Path

from workbench.core.inbox.query import ME
from workbench.core.playbooks.export import new_header
from workbench.core.playbooks.items import portable_query
from workbench.core.playbooks.state import Choice, ItemStatus, PlaybookArea
from workbench.core.prompts.library import PromptFilter
from workbench.core.workspace import Workspace

ALL = dict.fromkeys(PlaybookArea)


def _export(ws: Workspace, path: Path, **header: object) -> None:
    playbook = ws.playbooks.export(new_header("Team playbook", **header), ALL)  # type: ignore[arg-type]
    ws.playbooks.write(playbook, path)


def _library(ws: Workspace) -> dict[str, object]:
    """What a user sees of each area (ids left out)."""
    prompts = sorted(
        (p.lang, p.text, p.types, p.purposes, p.pair_id)
        for p in ws.prompts.search(PromptFilter(), limit=5000)
        if p.origin == "user"
    )
    guidelines = [ws.guidelines.get(c.id).document for c in _guidelines(ws)]
    return {
        "prompts": prompts,
        "guidelines": guidelines,
        "events": [
            (t.key, t.title, t.kind, t.checklist, t.promotion) for t in ws.event_templates.all()
        ],
        "reasons": [(r.key, r.title, r.text) for r in ws.removal_reasons.all()],
        "views": [(v.name, portable_query(v.view)) for v in ws.views.all()],
    }


def _guidelines(ws: Workspace) -> list[object]:
    from sqlalchemy import select

    from workbench.db.models import Guideline

    with ws.store.session() as session:
        return list(session.scalars(select(Guideline).order_by(Guideline.title)))


def test_round_trip_gives_an_identical_library(library: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "team.playbook.json"
    _export(library, path)
    other = Workspace.open(tmp_path / "other")
    try:
        report = other.playbooks.apply(other.playbooks.read(path), {})
        # New: a prompt pair, a guideline, an event template, a reason, three views; the
        # edited bundled prompt updates the other workspace's (never edited) copy.
        assert (report.added, report.updated) == (8, 1)
        assert _library(other) == _library(library)
        # The other workspace's export has the same content, and importing again is a no-op.
        again = tmp_path / "again.playbook.json"
        _export(other, again)
        assert other.playbooks.read(again).content() == library.playbooks.read(path).content()
        entries = other.playbooks.preview(other.playbooks.read(path))
        assert {e.status for e in entries} == {ItemStatus.IDENTICAL}
    finally:
        other.close()


def test_views_keep_their_filters_but_not_local_communities(
    library: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "p.json"
    _export(library, path)
    views = {
        i.content["name"]: i.content["query"]
        for i in library.playbooks.read(path).items
        if i.area == "views"
    }
    assert views["My open questions"] == {
        "states": ["new"], "assignee": ME, "kinds": ["post"], "order": "newest",
    }  # fmt: skip
    assert views["Loud threads"] == {"search": "urgent", "hide_own": True, "order": "oldest"}
    assert views["Alice's corner"] == {"tags": ["vip"], "order": "newest"}
    assert "alice" not in path.read_text(encoding="utf-8").replace("Alice's corner", "")


def test_a_later_version_updates_what_it_brought(library: Workspace, tmp_path: Path) -> None:
    first = tmp_path / "v1.json"
    _export(library, first, playbook_id="team", version=1)
    other = Workspace.open(tmp_path / "other")
    try:
        other.playbooks.apply(other.playbooks.read(first), {})
        # The author edits a removal reason and a view, then publishes version 2.
        reason = library.removal_reasons.all()[0]
        library.removal_reasons.edit(reason.id, reason.title, "New words for {author}.")
        second = tmp_path / "v2.json"
        _export(library, second, playbook_id="team", version=2)
        entries = {e.key: e for e in other.playbooks.preview(other.playbooks.read(second))}
        updated = entries[reason.key]
        assert updated.status is ItemStatus.UPDATE
        assert updated.came_from == "Team playbook, version 1"
        assert any(line.startswith("+") and "New words" in line for line in updated.diff())
        report = other.playbooks.apply(other.playbooks.read(second), {})
        assert report.updated == 1
        assert other.removal_reasons.all()[0].text == "New words for {author}."
    finally:
        other.close()


def test_a_local_change_makes_the_user_choose(library: Workspace, tmp_path: Path) -> None:
    first = tmp_path / "v1.json"
    _export(library, first, playbook_id="team", version=1)
    other = Workspace.open(tmp_path / "other")
    try:
        other.playbooks.apply(other.playbooks.read(first), {})
        mine = other.removal_reasons.all()[0]
        other.removal_reasons.edit(mine.id, mine.title, "My own words.")
        reason = library.removal_reasons.all()[0]
        library.removal_reasons.edit(reason.id, reason.title, "Their new words.")
        second = tmp_path / "v2.json"
        _export(library, second, playbook_id="team", version=2)
        playbook = other.playbooks.read(second)
        entry = next(e for e in other.playbooks.preview(playbook) if e.area == "reasons")
        assert entry.status is ItemStatus.CHANGED
        assert '-  "text": "My own words.",' in entry.diff()
        other.playbooks.apply(playbook, {})  # keep mine by default
        assert [r.text for r in other.removal_reasons.all()] == ["My own words."]
        other.playbooks.apply(playbook, {(PlaybookArea.REASONS, entry.key): Choice.BOTH})
        assert sorted(r.text for r in other.removal_reasons.all()) == [
            "My own words.",
            "Their new words.",
        ]
    finally:
        other.close()


def test_take_theirs_replaces_a_changed_guideline(library: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    _export(library, path)
    other = Workspace.open(tmp_path / "other")
    try:
        other.playbooks.apply(other.playbooks.read(path), {})
        (guideline,) = _guidelines(other)
        view = other.guidelines.get(guideline.id)  # type: ignore[attr-defined]
        other.guidelines.remove_rule(view.rules[0].id)
        entry = next(
            e for e in other.playbooks.preview(other.playbooks.read(path)) if e.area == "guidelines"
        )
        assert entry.status is ItemStatus.CHANGED
        other.playbooks.apply(other.playbooks.read(path), {}, default=Choice.THEIRS)
        rules = other.guidelines.get(guideline.id).rules  # type: ignore[attr-defined]
        assert [r.draft.title for r in rules] == ["No spam", "Be kind"]
        assert rules[0].draft.detectors[0].words == ("buy now", "cheap*")
    finally:
        other.close()


def test_a_view_renamed_in_the_next_version_is_renamed_here(
    library: Workspace, tmp_path: Path
) -> None:
    first = tmp_path / "v1.json"
    _export(library, first, playbook_id="team", version=1)
    other = Workspace.open(tmp_path / "other")
    try:
        other.playbooks.apply(other.playbooks.read(first), {})
        (view,) = [v for v in library.views.all() if v.name == "Loud threads"]
        assert view.saved_id is not None
        library.views.rename(view.saved_id, "Urgent threads")
        second = tmp_path / "v2.json"
        _export(library, second, playbook_id="team", version=2)
        report = other.playbooks.apply(other.playbooks.read(second), {})
        assert report.updated == 1
        names = [v.name for v in other.views.all()]
        assert "Urgent threads" in names and "Loud threads" not in names
    finally:
        other.close()
