"""Detectors: what a rule looks for in an item, checked as written, and the checks that
need no pattern (links, domains, capitals, account age, the text's fingerprint).

A rule fires on an item when any of its detectors does; matcher.py runs many rules at once.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import re2

from workbench.core.guidelines.state import DetectorKind
from workbench.core.guidelines.words import MAX_WORD_LENGTH, normalize_word
from workbench.core.text import QT_TRANSLATE_NOOP, Words

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
                raise _refuse(QT_TRANSLATE_NOOP("Detectors", "“{name}” must be text."), name=name)
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


@functools.lru_cache(maxsize=1024)
def _program(pattern: str) -> Any:
    return re2.compile(pattern, _options())
