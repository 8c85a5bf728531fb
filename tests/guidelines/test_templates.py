"""Bundled templates: every community type in English and French, 5 to 8 rules each."""

from __future__ import annotations

from pathlib import Path

import pytest

from connectors.api import CommunityType
from workbench.core.guidelines.templates import (
    TemplateError,
    read_template,
    template_for,
    templates,
)
from workbench.core.workspace import Workspace


def test_every_community_type_has_a_template_in_english_and_french() -> None:
    found = {(t.community_type, t.language): t for t in templates()}
    assert set(found) == {(c.value, lang) for c in CommunityType for lang in ("en", "fr")}
    for template in found.values():
        assert 5 <= len(template.document.rules) <= 8
        assert all(r.title and r.removal_reason and not r.active for r in template.document.rules)
    french = template_for("support", "fr")
    assert french is not None and french.document.title.startswith("Règles")


def test_a_template_becomes_a_community_guideline(workspace: Workspace) -> None:
    template = template_for("brand", "en")
    assert template is not None
    guideline = workspace.guidelines.create(None, template.document, community_type="brand")
    assert [r.number for r in guideline.rules] == list(range(1, len(template.document.rules) + 1))
    assert guideline.document == template.document


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": 2}', "not a guideline template of format 1"),
        ('{"format": 1, "title": "t", "community_type": "x", "rules": []}', "1 to 20 rules"),
        ("[" * 100_000, "cannot be read"),
        (
            '{"format": 1, "title": "t", "community_type": "x", "rules": [{"title": "r", '
            '"detectors": [{"kind": "regex", "pattern": "(a)\\\\1"}]}]}',
            "RE2 cannot run this pattern",
        ),
        ("x" * 300_000, "larger than 256 KB"),
    ],
)
def test_a_broken_template_is_refused_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken\.json") as refused:
        read_template(path)
    assert message in str(refused.value)
