"""Rewrites shared by both languages: double-barrelled and either/or questions.

A double-barrelled question becomes its two asks, each made open when it is not; an either/or
question becomes a question about how people choose, or what else would suit them. The
yes/no and leading ones are the language modules' (rewrite_en.py, rewrite_fr.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.prompts.coach.judge import Finding, Rules, judge
from workbench.core.prompts.coach.text import capitalise, fold

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Language:
    rules: Rules
    mark: str  # how a question ends: "?" or " ?"
    single: Callable[[Finding], list[str]]  # open rewrites of a closed or leading question
    choices: Callable[[str, str, str], list[str]]  # open questions about two offered options
    fallback: str  # an open question for when no rewrite could be built


def question(language: Language, text: str) -> str:
    text = _SPACES.sub(" ", text).strip(" ,;:?")
    return capitalise(text) + language.mark


def find(language: Language, text: str) -> Finding:
    body = text.rstrip(" ?\u00a0\u202f")
    return judge(language.rules, body, fold(body), True, "?")


def suggestions(language: Language, finding: Finding, depth: int = 0) -> list[str]:
    """Open rewrites of one flagged question (without what came before its head)."""
    out: list[str] = []
    if finding.double and finding.parts and depth < 2:
        for part in finding.parts:
            asked = question(language, part)
            again = find(language, asked)
            options = suggestions(language, again, depth + 1) if again.flagged else [asked]
            fresh = [o for o in options if o not in out]
            out += fresh[:1] or options[:1]
        return _unique(out)
    if finding.either_or and finding.options:
        out += language.choices(*finding.options, finding.head)
    if not out or finding.leading or (finding.closed and not finding.either_or):
        out += language.single(finding)
    # A rewrite the coach would flag itself is no help: keep the open ones only.
    kept = [r for r in out if not find(language, r).flagged]
    return _unique(kept or [language.fallback])


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
