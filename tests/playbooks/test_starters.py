"""The bundled starter playbooks and the published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connectors.api import CommunityType
from tests.playbooks.schema_check import errors
from tests.playbooks.seed import seed_library
from workbench.core.playbooks.export import new_header
from workbench.core.playbooks.reader import read_playbook
from workbench.core.playbooks.service import starters
from workbench.core.playbooks.state import ItemStatus, PlaybookArea
from workbench.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "playbook.schema.json").read_text(encoding="utf-8"))
STARTERS = {(s.community_type, s.language): s.path for s in starters()}


def test_one_starter_per_community_type_and_language() -> None:
    assert set(STARTERS) == {(str(t), lang) for t in CommunityType for lang in ("en", "fr")}


@pytest.mark.parametrize(("kind", "lang"), sorted(STARTERS))
def test_each_starter_is_valid_and_complete(kind: str, lang: str) -> None:
    path = STARTERS[(kind, lang)]
    assert errors(SCHEMA, json.loads(path.read_text(encoding="utf-8"))) == []
    playbook = read_playbook(path)
    counts = {area: len(playbook.of(area)) for area in PlaybookArea}
    assert counts[PlaybookArea.PROMPTS] >= 5
    assert all(p.content["lang"] == lang for p in playbook.of(PlaybookArea.PROMPTS))
    (guideline,) = playbook.of(PlaybookArea.GUIDELINES)
    assert 5 <= len(guideline.content["rules"]) <= 8
    (event,) = playbook.of(PlaybookArea.EVENTS)
    assert event.content["language"] == lang and len(event.content["promotion"]) >= 3
    assert 2 <= counts[PlaybookArea.REASONS] <= 3
    assert counts[PlaybookArea.VIEWS] == 2


def test_starter_prompts_are_the_bundled_ones(workspace: Workspace) -> None:
    playbook = read_playbook(STARTERS[("support", "fr")])
    entries = workspace.playbooks.preview(playbook)
    statuses = {(e.area, e.status) for e in entries}
    assert (PlaybookArea.PROMPTS, ItemStatus.IDENTICAL) in statuses
    assert all(e.status is ItemStatus.IDENTICAL for e in entries if e.area == "prompts")
    report = workspace.playbooks.apply(playbook, {})
    assert report.added == 1 + 1 + 3 + 2
    names = [v.name for v in workspace.views.all()]
    assert names == ["Questions sans réponse", "En attente de ma réponse"]
    reasons = workspace.moderation.removal_reasons(None, "")
    assert "Autopromotion" in [r.title for r in reasons]  # moderation offers imported reasons


def test_an_exported_library_matches_the_schema(workspace: Workspace, tmp_path: Path) -> None:
    seed_library(workspace)
    playbook = workspace.playbooks.export(new_header("Mine"), dict.fromkeys(PlaybookArea))
    assert errors(SCHEMA, json.loads(playbook.to_text())) == []


def test_the_schema_check_catches_what_the_reader_refuses() -> None:
    data = json.loads(STARTERS[("brand", "en")].read_text(encoding="utf-8"))
    data["content"]["prompts"][0]["key"] = "../../etc/passwd"
    data["content"]["views"][0]["query"]["community_ids"] = [1]
    assert errors(SCHEMA, data) == [
        "$.content.prompts[0].key: does not match ^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
        "$.content.views[0].query.community_ids: not allowed",
    ]
