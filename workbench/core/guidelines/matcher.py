"""The matcher: many rules' detectors over many items, compiled once.

``RuleMatcher`` compiles every words and regex detector of a community's rules into one RE2
set, so an item is scanned once whatever the number of rules (benchmarks/rules_sync.py);
communities with the same patterns share the set. The other detectors are cheap checks run
only where a rule has them (detectors.check_one).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import re2

from workbench.core.guidelines.detectors import (
    D,
    Detector,
    ItemText,
    _options,
    _refuse,
    check_one,
    compile_regex,
)
from workbench.core.guidelines.state import DetectorKind
from workbench.core.guidelines.words import words_pattern
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.interfaces import TextRow


@dataclass(frozen=True)
class RuleSpec:
    """A rule as the matcher needs it: its id, where it applies, its detectors."""

    rule_id: int
    community_id: int | None  # None: applies everywhere (a backtest of a draft)
    detectors: tuple[Detector, ...]


@dataclass(frozen=True, slots=True)
class Hit:
    rule_id: int
    item_id: int
    kind: DetectorKind
    reason: Words


def text_pattern(detector: Detector) -> str | None:
    """The RE2 pattern of a words or regex detector (None for the other kinds)."""
    if detector.kind is DetectorKind.WORDS:
        return words_pattern(detector.words, case_sensitive=detector.case_sensitive)
    if detector.kind is DetectorKind.REGEX:
        return detector.pattern
    return None


@dataclass
class _Compiled:
    """The rules of one community: one RE2 set for the texts, the rest as a list."""

    texts: Any = None  # re2.Set, or None when no rule here has words or regexes
    labels: list[tuple[int, DetectorKind, Words]] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)  # each pattern
    detectors: list[Detector] = field(default_factory=list)  # each pattern's detector
    others: list[tuple[int, Detector]] = field(default_factory=list)
    same_text: list[tuple[int, Detector]] = field(default_factory=list)


def _text_pattern(detector: Detector) -> tuple[str, Words] | None:
    if detector.kind is DetectorKind.WORDS:
        pattern = words_pattern(detector.words, case_sensitive=detector.case_sensitive)
        if pattern is None:
            return None
        return pattern, Words(
            D, QT_TRANSLATE_NOOP("Detectors", "Watched word “{word}”"), {"word": ""}
        )
    if detector.kind is DetectorKind.REGEX:
        compile_regex(detector.pattern)  # the set would only say "failed": say why first
        return detector.pattern, Words(
            D, QT_TRANSLATE_NOOP("Detectors", "Matches {pattern}"), {"pattern": detector.pattern}
        )
    return None


def _build_set(patterns: Sequence[str]) -> Any:
    text_set = re2.Set.SearchSet(_options())
    for pattern in patterns:
        try:
            text_set.Add(pattern)
        except re2.error:
            raise _refuse(
                QT_TRANSLATE_NOOP("Detectors", "RE2 cannot run the pattern {pattern}."),
                pattern=pattern,
            ) from None
    try:
        text_set.Compile()
    except re2.error:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Detectors", "These patterns together are too large for RE2; split the rules."
            )
        ) from None
    return text_set


@functools.lru_cache(maxsize=1024)
def _word_set(words: tuple[str, ...], case_sensitive: bool) -> tuple[Any, tuple[str, ...]]:
    """One RE2 set of a detector's words, each its own pattern, and the words in order."""
    named = tuple(w for w in words if words_pattern((w,), case_sensitive=case_sensitive))
    return _build_set(
        [words_pattern((w,), case_sensitive=case_sensitive) or "" for w in named]
    ), named


def _name_word(reason: Words, detector: Detector, body: str) -> Words:
    """The reason, naming the watched word that matched: one more set match (a search
    for the matched text would cost ten times more, and a hit is not rare in a big sync)."""
    word_set, named = _word_set(detector.words, detector.case_sensitive)
    found = word_set.Match(body)
    return Words(reason.context, reason.source, {"word": named[found[0]] if found else ""})


class RuleMatcher:
    """Runs many rules over items; compiled once for a set of rules."""

    def __init__(self, rules: Sequence[RuleSpec], *, name_words: bool = True) -> None:
        """``name_words``: say which watched word matched (a backtest needs no reasons)."""
        self.rules = tuple(rules)
        self.name_words = name_words
        self._global = [r for r in rules if r.community_id is None]
        self._by_community: dict[int | None, _Compiled] = {}
        self._scoped: dict[int, list[RuleSpec]] = {}
        self._sets: dict[tuple[str, ...], Any] = {}
        for rule in rules:
            if rule.community_id is not None:
                self._scoped.setdefault(rule.community_id, []).append(rule)
        for detector in {d for rule in rules for d in rule.detectors}:
            detector.check()

    @property
    def empty(self) -> bool:
        return not self.rules

    def needs_history(self) -> bool:
        return any(d.kind is DetectorKind.SAME_TEXT for r in self.rules for d in r.detectors)

    def _compiled(self, community_id: int | None) -> _Compiled | None:
        found = self._by_community.get(community_id)
        if found is not None or community_id in self._by_community:
            return found
        rules = self._global + (self._scoped.get(community_id, []) if community_id else [])
        compiled = self._compile(rules) if rules else None
        self._by_community[community_id] = compiled  # type: ignore[assignment]
        return compiled

    def _compile(self, rules: Sequence[RuleSpec]) -> _Compiled:
        compiled = _Compiled()
        for rule in rules:
            for detector in rule.detectors:
                text = _text_pattern(detector)
                if text is not None:
                    compiled.labels.append((rule.rule_id, detector.kind, text[1]))
                    compiled.programs.append(text[0])
                    compiled.detectors.append(detector)
                elif detector.kind is DetectorKind.SAME_TEXT:
                    compiled.same_text.append((rule.rule_id, detector))
                else:
                    compiled.others.append((rule.rule_id, detector))
        if compiled.programs:
            # Communities with the same patterns (one template, say) share one set: a
            # set of 50 patterns takes RE2 about 50 ms to build.
            key = tuple(compiled.programs)
            if key not in self._sets:
                self._sets[key] = _build_set(key)
            compiled.texts = self._sets[key]
        return compiled

    def match(self, items: Iterable[ItemText | TextRow]) -> list[Hit]:
        """Hits of every rule (except same-text: see ``same_text_rules``), one per rule and item.

        ``items`` may be the store's rows as they are (the same first columns as ItemText):
        a sync step hands a million of them. Each text is asked once of its community's
        RE2 set. (Searching all texts joined, as a backtest does, costs as much here: a
        sync's fifty rules match more often than one rule does.)
        """
        hits: list[Hit] = []
        compiled_of: dict[int | None, _Compiled | None] = {}
        others: list[tuple[_Compiled, ItemText | TextRow]] = []
        for item in items:  # the hot loop of a sync step: a million rows, little per row
            community_id = item[1]
            if community_id in compiled_of:
                compiled = compiled_of[community_id]
            else:
                compiled = compiled_of[community_id] = self._compiled(community_id)
            if compiled is None:
                continue
            if compiled.texts is not None:
                self._match_text(compiled, item, hits, self.name_words)
            if compiled.others:
                others.append((compiled, item))
        if others:
            self._match_others(others, hits)
        return hits

    @staticmethod
    def _match_text(
        compiled: _Compiled, item: ItemText | TextRow, hits: list[Hit], name_words: bool
    ) -> None:
        title, text = item[2], item[3]
        body = f"{title}\n{text}" if title else text
        found = compiled.texts.Match(body)
        if not found:
            return
        seen: set[int] = set()
        for index in found:
            rule_id, kind, reason = compiled.labels[index]
            if rule_id not in seen:
                seen.add(rule_id)
                if name_words and kind is DetectorKind.WORDS:  # name the word that matched
                    reason = _name_word(reason, compiled.detectors[index], body)
                hits.append(Hit(rule_id, item[0], kind, reason))

    @staticmethod
    def _match_others(
        pending: Sequence[tuple[_Compiled, ItemText | TextRow]], hits: list[Hit]
    ) -> None:
        already = {(h.rule_id, h.item_id) for h in hits}
        for compiled, row in pending:
            item = row if isinstance(row, ItemText) else ItemText(*row)
            for rule_id, detector in compiled.others:
                if (rule_id, item.id) in already:
                    continue
                found = check_one(detector, item)
                if found is not None:
                    already.add((rule_id, item.id))
                    hits.append(Hit(rule_id, item.id, detector.kind, found))

    def same_text_rules(self, community_id: int | None) -> list[tuple[int, Detector]]:
        compiled = self._compiled(community_id)
        return compiled.same_text if compiled else []
