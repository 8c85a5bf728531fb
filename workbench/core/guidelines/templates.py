"""Bundled guideline templates: one per community type and language (resources/guidelines).

Each is a JSON file whose format is described in resources/guidelines/README.md. Files are
read with bounds (size, rule count) and checked rule by rule; a template that is refused
is left out with a logged reason, never half-loaded.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.guidelines.detectors import DetectorError
from workbench.core.guidelines.documents import Document, GuidelineError, RuleDraft

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "guidelines"
FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_RULES = 20
LANGUAGES = ("en", "fr")
SEVERITIES = {"low": 1, "medium": 2, "high": 3}


class TemplateError(ValueError):
    """A template file cannot be used (the message names the file)."""


@dataclass(frozen=True)
class Template:
    community_type: str
    language: str
    document: Document
    path: Path


def _lines(value: Any) -> str:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, str):
        return value
    raise TemplateError("examples are a list of texts")


def _rule(data: Any) -> RuleDraft:
    if not isinstance(data, dict):
        raise TemplateError("a rule is an object")
    severity = data.get("severity", "medium")
    if severity not in SEVERITIES:
        raise TemplateError(f"severity “{severity}” is not low, medium or high")
    stored = {
        **data,
        "severity": SEVERITIES[severity],
        "allowed": _lines(data.get("allowed", [])),
        "not_allowed": _lines(data.get("not_allowed", [])),
        "active": False,  # a template's detectors are backtested before they run
    }
    return RuleDraft.from_json(stored)


def read_template(path: Path) -> Template:
    """One template file; raises TemplateError naming the file."""
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise TemplateError(f"larger than {MAX_BYTES // 1024} KB")
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise TemplateError(f"not a guideline template of format {FORMAT}")
        rules = data.get("rules")
        if not isinstance(rules, list) or not 1 <= len(rules) <= MAX_RULES:
            raise TemplateError(f"a template has 1 to {MAX_RULES} rules")
        language = str(data.get("language", ""))
        document = Document(
            title=str(data["title"]),
            introduction=str(data.get("introduction", "")),
            rules=tuple(_rule(r) for r in rules),
            language=language,
        )
        return Template(str(data["community_type"]), language, document, path)
    except TemplateError as error:
        raise TemplateError(f"{path.name}: {error}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, RecursionError) as error:
        raise TemplateError(f"{path.name}: cannot be read ({error})") from None
    except (GuidelineError, DetectorError) as error:
        raise TemplateError(f"{path.name}: {error}") from None


def templates(folder: Path = TEMPLATES) -> list[Template]:
    """Every bundled template, by language then community type; refused ones are logged."""
    found = []
    for language in LANGUAGES:
        for path in sorted((folder / language).glob("*.json")):
            try:
                found.append(read_template(path))
            except TemplateError as error:
                log.warning("guideline template left out: %s", error)
    return found


def template_for(community_type: str | None, language: str) -> Template | None:
    for template in templates():
        if template.community_type == community_type and template.language == language:
            return template
    return None
