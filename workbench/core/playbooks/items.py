"""Each area's item content: checked and normalized from a file (``NORMALIZERS``), in the
same shape the exporters write, so an item's hash compares like with like."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import timedelta
from typing import Any

from connectors.api import CommunityType
from workbench.core.events.model import EventError
from workbench.core.events.promotion import check_offset
from workbench.core.events.state import EventKind, StepKind
from workbench.core.guidelines.detectors import DetectorError
from workbench.core.guidelines.documents import MAX_RULES, GuidelineError, RuleDraft
from workbench.core.inbox.query import ME, View
from workbench.core.playbooks.checks import Checker
from workbench.core.playbooks.state import PlaybookArea
from workbench.core.prompts.library import MAX_TEXT as MAX_PROMPT
from workbench.core.prompts.state import LANGUAGES, Purpose
from workbench.core.text import QT_TRANSLATE_NOOP

_TYPES = tuple(str(t) for t in CommunityType)
_PURPOSES = tuple(str(p) for p in Purpose)
_LANGS = tuple(LANGUAGES)
# What a saved view may carry: not its communities (local ids) nor named assignees (people).
VIEW_FIELDS = frozenset(f.name for f in fields(View)) - {"community_ids", "after_id"}


def _tags(
    c: Checker, data: dict[str, Any], key: str, where: str, allowed: tuple[str, ...]
) -> list[str]:
    values = c.array(data, key, where, limit=len(allowed))
    return sorted({c.choice(v, f"{where}.{key}", allowed) for v in values})


def prompt(c: Checker, data: dict[str, Any], where: str) -> dict[str, Any]:
    c.obj(data, where, {"pair", "lang", "text", "types", "purposes"})
    return {
        "pair": c.key(data.get("pair"), f"{where}.pair"),
        "lang": c.choice(data.get("lang"), f"{where}.lang", _LANGS),
        "text": c.text(data, "text", where, limit=MAX_PROMPT, required=True).strip(),
        "types": _tags(c, data, "types", where, _TYPES),
        "purposes": _tags(c, data, "purposes", where, _PURPOSES),
    }


_RULE_FIELDS = {f.name for f in fields(RuleDraft)}


def guideline(c: Checker, data: dict[str, Any], where: str) -> dict[str, Any]:
    c.obj(data, where, {"title", "introduction", "language", "community_type", "rules"})
    kind = data.get("community_type")
    rules = []
    for number, raw in enumerate(c.array(data, "rules", where, limit=MAX_RULES)):
        path = f"{where}.rules[{number}]"
        c.obj(raw, path, _RULE_FIELDS)
        try:
            rules.append(RuleDraft.from_json(raw).to_json())
        except (GuidelineError, DetectorError) as error:
            c.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field}: {why}"), path, why=error.words)
    return {
        "title": c.text(data, "title", where, limit=300, required=True).strip(),
        "introduction": c.text(data, "introduction", where, limit=20_000),
        "language": c.choice(data.get("language", "en"), f"{where}.language", _LANGS),
        "community_type": None
        if kind is None
        else c.choice(kind, f"{where}.community_type", _TYPES),
        "rules": rules,
    }


def event(c: Checker, data: dict[str, Any], where: str) -> dict[str, Any]:
    allowed = {"title", "kind", "language", "description", "duration_minutes", "agenda"}
    c.obj(data, where, allowed | {"checklist", "promotion"})
    checklist = [
        c.text({"v": v}, "v", f"{where}.checklist", limit=500, required=True).strip()
        for v in c.array(data, "checklist", where, limit=100)
    ]
    steps = []
    for number, raw in enumerate(c.array(data, "promotion", where, limit=20)):
        path = f"{where}.promotion[{number}]"
        c.obj(raw, path, {"step", "offset_minutes", "title", "text"})
        step = c.choice(raw.get("step"), f"{path}.step", tuple(str(s) for s in StepKind))
        offset = c.integer(raw, "offset_minutes", path, low=-525_600, high=525_600)
        try:
            check_offset(StepKind(step), timedelta(minutes=offset))
        except EventError as error:
            c.fail(QT_TRANSLATE_NOOP("Playbooks", "{file}: {field}: {why}"), path, why=error)
        steps.append({
            "step": step,
            "offset_minutes": offset,
            "title": c.text(raw, "title", path, limit=300),
            "text": c.text(raw, "text", path, limit=5000),
        })  # fmt: skip
    return {
        "title": c.text(data, "title", where, limit=300, required=True).strip(),
        "kind": c.choice(data.get("kind"), f"{where}.kind", tuple(str(k) for k in EventKind)),
        "language": c.choice(data.get("language", "en"), f"{where}.language", _LANGS),
        "description": c.text(data, "description", where, limit=20_000),
        "duration_minutes": c.integer(
            data, "duration_minutes", where, low=5, high=10_080, default=60
        ),
        "agenda": c.text(data, "agenda", where, limit=20_000),
        "checklist": checklist,
        "promotion": steps,
    }


def reason(c: Checker, data: dict[str, Any], where: str) -> dict[str, Any]:
    c.obj(data, where, {"title", "text"})
    return {
        "title": c.text(data, "title", where, limit=200, required=True).strip(),
        "text": c.text(data, "text", where, limit=10_000, required=True),
    }


def view(c: Checker, data: dict[str, Any], where: str) -> dict[str, Any]:
    c.obj(data, where, {"name", "query"})
    query = c.obj(data.get("query", {}), f"{where}.query", VIEW_FIELDS)
    return {
        "name": " ".join(c.text(data, "name", where, limit=200, required=True).split()),
        "query": portable_query(View.from_dict(query)),
    }


def portable_query(v: View) -> dict[str, Any]:
    """A view's filters without what names this workspace's communities or people."""
    out = {k: val for k, val in v.to_dict().items() if k in VIEW_FIELDS}
    if out.get("assignee") not in (None, ME):
        del out["assignee"]
    return out


NORMALIZERS: dict[PlaybookArea, Callable[[Checker, dict[str, Any], str], dict[str, Any]]] = {
    PlaybookArea.PROMPTS: prompt,
    PlaybookArea.GUIDELINES: guideline,
    PlaybookArea.EVENTS: event,
    PlaybookArea.REASONS: reason,
    PlaybookArea.VIEWS: view,
}


def title_of(area: PlaybookArea, content: dict[str, Any]) -> str:
    """What the user calls the item, for previews and lists."""
    if area is PlaybookArea.PROMPTS:
        return str(content.get("text", ""))[:120]
    if area is PlaybookArea.VIEWS:
        return str(content.get("name", ""))
    return str(content.get("title", ""))
