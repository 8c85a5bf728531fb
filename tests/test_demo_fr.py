"""The French demo workspace (``workbench --demo --lang fr``) through the API: its own folder,
French content through the real sync, events and guidelines seeded once, French removal
reasons, and every bundled content family in both languages. The English demo is unchanged."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from connectors.api import ConnectorContext
from connectors.demo import DemoConnector, content, content_fr
from workbench.core.events.state import EventKind, EventStatus, StepKind
from workbench.core.moderation.reasons import bundled
from workbench.core.workspace import Workspace, default_data_dir
from workbench.db.models import Item, Member

RESOURCES = Path(__file__).resolve().parents[1] / "workbench" / "resources"
# sha256 of the English demo's first 5,000 items, its communities and its ready message at a
# fixed time, taken before the French tables existed: English stays byte for byte the same.
ENGLISH_FINGERPRINT = "80b45b37774e9eca88b7f6a9c3e6e763d27554db39247237274299addd14e8f9"


def _connector(settings: dict[str, str]) -> DemoConnector:
    return DemoConnector(
        ConnectorContext(
            account_name="demo",
            settings=settings,
            secrets={},
            save_secret=lambda key, value: None,
            is_cancelled=lambda: False,
            followed_communities=(),
        )
    )


def _texts(workspace: Workspace) -> tuple[list[str], list[str]]:
    with workspace.store.session() as session:
        texts = [f"{i.title} {i.text}" for i in session.scalars(select(Item))]
        names = list(session.scalars(select(Member.display_name)))
    return texts, names


def test_the_french_demo_has_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path))
    assert default_data_dir(demo=True, language="fr") == tmp_path / "demo-fr"
    assert default_data_dir(demo=True) == tmp_path / "demo"
    assert default_data_dir(demo=True, language="en") == tmp_path / "demo"
    assert default_data_dir(language="fr") == tmp_path  # the user's own workspace: one


def test_a_french_demo_syncs_french_communities_and_items(workspace: Workspace) -> None:
    account = workspace.ensure_demo_account(language="fr")
    assert workspace.accounts.get(account).settings["language"] == "fr"
    assert workspace.sync.sync(account).status == "ok"
    names = {c.name for c in workspace.communities.all()}
    assert names == {c.name for c in content_fr.COMMUNITIES}
    assert "Réseau des chefs de produit" in names and "Entraide Acme Cloud" in names
    texts, members = _texts(workspace)
    assert len(texts) >= 3000
    joined = "\n".join(texts)
    for sentence in (*content_fr.COMMENTS[:3], content_fr.FRENCH.reported_title):
        assert sentence in joined
    for community in content_fr.COMMUNITIES:  # each kind of community has its own words
        assert any(body in joined for body in community.bodies), community.name
    for english in (*content.COMMENTS, *content.POST_BODIES, *content.TEAM_REPLIES):
        assert english not in joined
    firsts = {name.split()[0] for name in members if name and " " in name}
    assert "Élodie" in firsts or "Clémence" in firsts or "Océane" in firsts
    assert not firsts & {n.title() for n in content.FIRST} - {"Thomas"}
    assert "Vous (gestionnaire de la démo)" in members  # the team's own replies


def test_the_english_demo_is_unchanged(workspace: Workspace) -> None:
    connector = _connector({})
    at = datetime(2026, 1, 1, tzinfo=UTC)
    digest = hashlib.sha256()
    for index in range(5000):
        digest.update(repr(connector.item(index, at)).encode())
    digest.update(repr(connector.list_communities()).encode())
    digest.update(repr(connector.test_connection()).encode())
    assert digest.hexdigest() == ENGLISH_FINGERPRINT
    account = workspace.ensure_demo_account()
    assert workspace.sync.sync(account).status == "ok"
    assert {c.name for c in workspace.communities.all()} == {c.name for c in content.COMMUNITIES}
    titles = {e.title for e in workspace.events.all()}
    assert "Live Q&A with the Acme Cloud support team" in titles


def test_events_and_guidelines_are_seeded_once_in_the_demo_language(data_dir: Path) -> None:
    workspace = Workspace.open(data_dir)
    workspace.ensure_demo_account(language="fr")
    events = workspace.events.all()
    meetup = next(e for e in events if e.kind is EventKind.MEETUP)
    assert meetup.title == "Balade croquis du samedi au bord du canal"
    assert meetup.start.astimezone(ZoneInfo("Europe/Paris")).weekday() == 5  # a Saturday
    workspace.events.delete(meetup.id)
    workspace.close()
    workspace = Workspace.open(data_dir)  # the next start: nothing comes back, nothing doubles
    try:
        workspace.ensure_demo_account(language="fr")
        again = workspace.events.all()
        assert len(again) == len(events) - 1 == 4
        by_kind = {e.kind: e for e in again}
        series = next(e for e in again if e.rrule)
        assert series.kind is EventKind.WEBINAR and "série de webinaires" in series.title
        assert series.start < datetime.now(UTC)  # some occurrences past, most to come
        past = next(e for e in again if e.status is EventStatus.DONE)
        assert past.attendance == 46 and past.recording_link
        assert past.start < datetime.now(UTC)
        workshop = by_kind[EventKind.WORKSHOP]
        assert workshop.title.startswith("Atelier barista") and workshop.start > datetime.now(UTC)
        qa = by_kind[EventKind.QA]
        assert qa.title.startswith("Questions-réponses en direct")
        plan = workspace.promotion.plan(qa.id)
        assert [s.step for s in plan] == [
            StepKind.ANNOUNCE,
            *[StepKind.REMIND] * 2,
            StepKind.STARTING,
            StepKind.FOLLOW_UP,
        ]
        assert all(s.community == "Entraide Acme Cloud" for s in plan)
        assert "Pour participer" in plan[0].text  # the French promotion template
        guidelines = workspace.guidelines.communities()
        assert len(guidelines) == 7 and all(g.guideline_id for g in guidelines)
        document = workspace.guidelines.get(guidelines[0].guideline_id)  # type: ignore[arg-type]
        assert document.document.language == "fr" and document.document.title
    finally:
        workspace.close()


def test_removal_reasons_follow_the_community_else_the_interface(data_dir: Path) -> None:
    french_titles = [t.title for t in bundled("fr")]
    english_titles = [t.title for t in bundled("en")]
    assert "Hors sujet" in french_titles and "Off topic" in english_titles
    assert len(french_titles) == len(english_titles)
    workspace = Workspace.open(data_dir)
    try:
        account = workspace.ensure_demo_account(language="fr")
        moderation = workspace.moderation
        # A French community: French even when the interface is English.
        titles = [r.title for r in moderation.removal_reasons(account, "r/CroquisUrbains")]
        assert titles[: len(french_titles)] == french_titles
        # A community we know nothing of: the interface's language.
        unknown = moderation.removal_reasons(None, "r/elsewhere", language="fr")
        assert [r.title for r in unknown][: len(french_titles)] == french_titles
        english = moderation.removal_reasons(None, "r/elsewhere")
        assert [r.title for r in english][: len(english_titles)] == english_titles
    finally:
        workspace.close()


def test_an_english_community_keeps_english_reasons_in_a_french_interface(
    workspace: Workspace,
) -> None:
    account = workspace.ensure_demo_account()  # English demo: its guidelines are English
    reasons = workspace.moderation.removal_reasons(account, "fb-group-4410", language="fr")
    assert reasons[0].title == "Off topic"


def test_every_bundled_content_family_has_both_languages() -> None:
    for line in (RESOURCES / "prompts").glob("*.jsonl"):
        for number, raw in enumerate(line.read_text(encoding="utf-8").splitlines(), 1):
            prompt = json.loads(raw)
            assert prompt["en"].strip() and prompt["fr"].strip(), f"{line.name}:{number}"
    english = {p.name for p in (RESOURCES / "guidelines" / "en").glob("*.json")}
    assert english and english == {p.name for p in (RESOURCES / "guidelines" / "fr").glob("*.json")}
    starters = {p.name for p in (RESOURCES / "playbooks").glob("*.json")}
    assert starters and starters == {
        n.replace(".en.", lang) for n in starters if ".en." in n for lang in (".en.", ".fr.")
    }
    for language in ("en", "fr"):
        assert (RESOURCES / "events" / f"promotion-{language}.json").is_file()
    assert (RESOURCES / "moderation" / "removal_reasons.fr.json").is_file()
    assert (RESOURCES / "help" / "user-guide.fr.md").is_file()


def test_the_french_guide_has_the_english_guide_s_sections() -> None:
    english = (RESOURCES / "help" / "user-guide.md").read_text(encoding="utf-8")
    french = (RESOURCES / "help" / "user-guide.fr.md").read_text(encoding="utf-8")

    def headings(text: str) -> list[str]:
        return [line.split(" ", 1)[0] for line in text.splitlines() if line.startswith("#")]

    assert headings(french) == headings(english)
    assert "Boîte de réception" in french and "Premier démarrage" in french
    pointer = Path(__file__).resolve().parents[1] / "docs" / "fr" / "user-guide.md"
    assert "workbench/resources/help/user-guide.fr.md" in pointer.read_text(encoding="utf-8")
