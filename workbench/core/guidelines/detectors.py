"""Detectors: what a rule looks for in an item, and the matcher that runs many at once.

A rule fires on an item when any of its detectors does. ``RuleMatcher`` compiles every
words and regex detector of the rules it is given into one RE2 set per community, so an
item is scanned once whatever the number of rules (benchmarks/rules_sync.py); the other
detectors are cheap checks run only where a rule has them.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import re2

from workbench.core.guidelines.state import DetectorKind
from workbench.core.guidelines.words import MAX_WORD_LENGTH, normalize_word, words_pattern
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.interfaces import TextRow

D = "Detectors"  # the translation context of this module's words
MAX_WORDS = 10_000
MAX_PATTERN_LENGTH = 2_000
# RE2 refuses, rather than slows down on, a pattern whose program outgrows its memory.
RE2_MAX_MEM = 64 << 20
MIN_SAME_TEXT_LENGTH = 30  # shorter texts ("thanks!") are the same everywhere by nature

_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


class DetectorError(ValueError):
    """A detector cannot be used as written; ``words`` says why, for the user."""

    def __init__(self, words: Words) -> None:
        super().__init__(str(words))
        self.words = words


def _refuse(source: str, **values: Any) -> DetectorError:
    return DetectorError(Words(D, source, values))


@dataclass(frozen=True)
class Detector:
    """One check of a rule. Only the fields of its ``kind`` mean anything."""

    kind: DetectorKind
    words: tuple[str, ...] = ()  # WORDS
    case_sensitive: bool = False  # WORDS
    pattern: str = ""  # REGEX
    max_links: int = 2  # LINKS: more than this fires
    blocked_domains: tuple[str, ...] = ()  # DOMAINS
    allowed_domains: tuple[str, ...] = ()  # DOMAINS: when set, any other domain fires
    capitals_share: float = 0.7  # CAPITALS: at least this share of letters
    min_letters: int = 20  # CAPITALS: short texts ("OK", "FAQ") never fire
    min_age_days: int = 7  # ACCOUNT_AGE
    communities: int = 3  # SAME_TEXT: posted in at least this many communities
    window_hours: int = 24  # SAME_TEXT

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": str(self.kind)}
        for name in _FIELDS[self.kind]:
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Detector:
        """A detector from its stored or file form; raises DetectorError when it is wrong."""
        try:
            kind = DetectorKind(str(data.get("kind")))
        except ValueError:
            raise _refuse(
                QT_TRANSLATE_NOOP("Detectors", "Unknown detector kind “{kind}”."),
                kind=data.get("kind"),
            ) from None
        values: dict[str, Any] = {}
        types = {f.name: f.type for f in fields(cls)}
        for name in _FIELDS[kind]:
            if name not in data:
                continue
            value = data[name]
            wanted = types[name]
            if wanted == "tuple[str, ...]":
                if not isinstance(value, list | tuple) or not all(
                    isinstance(v, str) for v in value
                ):
                    raise _refuse(
                        QT_TRANSLATE_NOOP("Detectors", "“{name}” must be a list of texts."),
                        name=name,
                    )
                value = tuple(value)
            elif wanted == "bool" and not isinstance(value, bool):
                raise _refuse(
                    QT_TRANSLATE_NOOP("Detectors", "“{name}” must be true or false."), name=name
                )
            elif wanted == "int" and (isinstance(value, bool) or not isinstance(value, int)):
                raise _refuse(
                    QT_TRANSLATE_NOOP("Detectors", "“{name}” must be a whole number."), name=name
                )
            elif wanted == "float" and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                raise _refuse(
                    QT_TRANSLATE_NOOP("Detectors", "“{name}” must be a number."), name=name
                )
            elif wanted == "str" and not isinstance(value, str):
                raise _refuse(QT_TRANSLATE_NOOP("Detectors", "“{name}” must be a text."), name=name)
            values[name] = value
        detector = cls(kind=kind, **values)
        detector.check()
        return detector

    def check(self) -> None:
        """Raise DetectorError when this detector cannot run as written."""
        if self.kind is DetectorKind.WORDS:
            words = [normalize_word(w) for w in self.words]
            if not any(w.strip("*") for w in words):
                raise _refuse(QT_TRANSLATE_NOOP("Detectors", "Give at least one watched word."))
            if len(words) > MAX_WORDS:
                raise _refuse(
                    QT_TRANSLATE_NOOP("Detectors", "At most {n} watched words per detector."),
                    n=MAX_WORDS,
                )
            for word in words:
                if len(word) > MAX_WORD_LENGTH:
                    raise _refuse(
                        QT_TRANSLATE_NOOP(
                            "Detectors", "The watched word “{word}…” is longer than {n} characters."
                        ),
                        word=word[:20],
                        n=MAX_WORD_LENGTH,
                    )
        elif self.kind is DetectorKind.REGEX:
            compile_regex(self.pattern)
        elif self.kind is DetectorKind.LINKS and self.max_links < 0:
            raise _refuse(
                QT_TRANSLATE_NOOP("Detectors", "The number of links allowed cannot be negative.")
            )
        elif self.kind is DetectorKind.DOMAINS and not (
            self.blocked_domains or self.allowed_domains
        ):
            raise _refuse(
                QT_TRANSLATE_NOOP("Detectors", "Give domains to block or domains to allow.")
            )
        elif self.kind is DetectorKind.CAPITALS and not 0 < self.capitals_share <= 1:
            raise _refuse(
                QT_TRANSLATE_NOOP("Detectors", "The share of capitals is between 1% and 100%.")
            )
        elif self.kind is DetectorKind.SAME_TEXT and (
            self.communities < 2 or self.window_hours < 1
        ):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Detectors",
                    "The same text is looked for in 2 communities or more, within 1 hour or more.",
                )
            )

    @property
    def key(self) -> str:
        """Names this detector's exact definition (backtest judgements are kept by it)."""
        return _key([self])

    def explain(self) -> Words:
        """What this detector looks for, in words."""
        k = self.kind
        if k is DetectorKind.WORDS:
            text = ", ".join(self.words[:8]) + ("…" if len(self.words) > 8 else "")
            if self.case_sensitive:
                return Words(
                    D,
                    QT_TRANSLATE_NOOP("Detectors", "Watched words (case sensitive): {words}"),
                    {"words": text},
                )
            return Words(
                D, QT_TRANSLATE_NOOP("Detectors", "Watched words: {words}"), {"words": text}
            )
        if k is DetectorKind.REGEX:
            return Words(
                D,
                QT_TRANSLATE_NOOP("Detectors", "Matches the regular expression {pattern}"),
                {"pattern": self.pattern},
            )
        if k is DetectorKind.LINKS:
            return Words(
                D, QT_TRANSLATE_NOOP("Detectors", "More than {n} links"), {"n": self.max_links}
            )
        if k is DetectorKind.DOMAINS:
            if self.allowed_domains:
                return Words(
                    D,
                    QT_TRANSLATE_NOOP("Detectors", "Links to domains other than {domains}"),
                    {"domains": ", ".join(self.allowed_domains)},
                )
            return Words(
                D,
                QT_TRANSLATE_NOOP("Detectors", "Links to {domains}"),
                {"domains": ", ".join(self.blocked_domains)},
            )
        if k is DetectorKind.CAPITALS:
            return Words(
                D,
                QT_TRANSLATE_NOOP("Detectors", "At least {share}% capitals in {n} letters or more"),
                {"share": round(self.capitals_share * 100), "n": self.min_letters},
            )
        if k is DetectorKind.ACCOUNT_AGE:
            return Words(
                D,
                QT_TRANSLATE_NOOP(
                    "Detectors",
                    "Author account younger than {days} days (only where the platform tells an "
                    "account's age; elsewhere this check is skipped)",
                ),
                {"days": self.min_age_days},
            )
        return Words(
            D,
            QT_TRANSLATE_NOOP(
                "Detectors", "The same text in {n} communities or more within {hours} hours"
            ),
            {"n": self.communities, "hours": self.window_hours},
        )


_FIELDS: dict[DetectorKind, tuple[str, ...]] = {
    DetectorKind.WORDS: ("words", "case_sensitive"),
    DetectorKind.REGEX: ("pattern",),
    DetectorKind.LINKS: ("max_links",),
    DetectorKind.DOMAINS: ("blocked_domains", "allowed_domains"),
    DetectorKind.CAPITALS: ("capitals_share", "min_letters"),
    DetectorKind.ACCOUNT_AGE: ("min_age_days",),
    DetectorKind.SAME_TEXT: ("communities", "window_hours"),
}


def _options() -> re2.Options:
    options = re2.Options()
    options.max_mem = RE2_MAX_MEM
    options.log_errors = False
    return options


def compile_regex(pattern: str) -> Any:
    """The RE2 program of ``pattern``; raises DetectorError with RE2's reason."""
    if not pattern:
        raise _refuse(QT_TRANSLATE_NOOP("Detectors", "Give a regular expression."))
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise _refuse(
            QT_TRANSLATE_NOOP("Detectors", "A regular expression is at most {n} characters."),
            n=MAX_PATTERN_LENGTH,
        )
    try:
        return _program(pattern)
    except re2.error as error:
        reason = error.args[0] if error.args else "invalid"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Detectors",
                "RE2 cannot run this pattern ({error}); it has no look-around or back-references.",
            ),
            error=reason,
        ) from None


def _key(detectors: Sequence[Detector]) -> str:
    import json

    text = json.dumps([d.to_json() for d in detectors], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def detectors_key(detectors: Sequence[Detector]) -> str:
    return _key(detectors)


# -- items and checks -------------------------------------------------------------------


class ItemText(NamedTuple):
    """What detectors see of an item: a tuple, as the store's rows are (a sync step
    builds a million of these)."""

    id: int
    community_id: int | None
    title: str
    text: str
    created_at: int = 0
    author_id: int | None = None
    # Seconds since the author's account was made, where the platform tells it.
    author_age: int | None = None

    @property
    def body(self) -> str:
        return f"{self.title}\n{self.text}" if self.title else self.text


def links(body: str) -> list[str]:
    return _URL.findall(body) if "://" in body else []


def domain_of(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def _on(domain: str, listed: Iterable[str]) -> str | None:
    for entry in listed:
        entry = entry.lower().strip().removeprefix("www.")
        if entry and (domain == entry or domain.endswith("." + entry)):
            return entry
    return None


def capitals_share(body: str) -> tuple[int, float]:
    """(letters, share of them in capitals)."""
    letters = _LETTER.findall(body)
    if not letters:
        return 0, 0.0
    upper = sum(1 for c in letters if c.isupper())
    return len(letters), upper / len(letters)


def text_fingerprint(body: str) -> int | None:
    """A hash of the text with case, accents, punctuation and spacing left out (None when
    too short to say anything)."""
    folded = unicodedata.normalize("NFKD", body.casefold())
    plain = " ".join("".join(c for c in folded if c.isalnum() or c.isspace()).split())
    if len(plain) < MIN_SAME_TEXT_LENGTH:
        return None
    return int.from_bytes(hashlib.blake2b(plain.encode(), digest_size=8).digest(), "big") >> 1


def check_one(detector: Detector, item: ItemText) -> Words | None:
    """The reason ``detector`` fires on ``item`` (for the kinds that need no history)."""
    k = detector.kind
    if k is DetectorKind.LINKS:
        n = len(links(item.body))
        if n > detector.max_links:
            return Words(
                D,
                QT_TRANSLATE_NOOP("Detectors", "{n} links (at most {max})"),
                {"n": n, "max": detector.max_links},
            )
    elif k is DetectorKind.DOMAINS:
        for url in links(item.body):
            domain = domain_of(url)
            if not domain:
                continue
            blocked = _on(domain, detector.blocked_domains)
            if blocked:
                return Words(
                    D,
                    QT_TRANSLATE_NOOP("Detectors", "Link to the blocked domain {domain}"),
                    {"domain": domain},
                )
            if detector.allowed_domains and not _on(domain, detector.allowed_domains):
                return Words(
                    D,
                    QT_TRANSLATE_NOOP("Detectors", "Link to {domain}, not an allowed domain"),
                    {"domain": domain},
                )
    elif k is DetectorKind.CAPITALS:
        n, share = capitals_share(item.body)
        if n >= detector.min_letters and share >= detector.capitals_share:
            return Words(
                D,
                QT_TRANSLATE_NOOP("Detectors", "{share}% capitals"),
                {"share": round(share * 100)},
            )
    # Account age is skipped quietly where the platform does not tell it (explain() says so).
    elif (
        k is DetectorKind.ACCOUNT_AGE
        and item.author_age is not None
        and item.author_age < detector.min_age_days * 86400
    ):
        return Words(
            D,
            QT_TRANSLATE_NOOP("Detectors", "Account {days} days old"),
            {"days": item.author_age // 86400},
        )
    return None


# -- many rules at once -----------------------------------------------------------------


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
def _program(pattern: str) -> Any:
    return re2.compile(pattern, _options())


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
