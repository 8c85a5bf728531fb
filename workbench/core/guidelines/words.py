"""Watched words as Discourse has them: ``*`` matches any run of non-space characters,
a word matches whole words only, case-insensitively unless it is case sensitive.

Patterns are RE2 syntax built here from escaped pieces, so a watched word is never a
regular expression by accident. Word boundaries are Unicode-aware (``café``, ``ça``):
RE2's ``\\b`` knows only ASCII letters, so the edges are spelled out as classes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import re2

MAX_WORD_LENGTH = 100  # Discourse's own limit for a watched word
_WORD_CHAR = r"[\p{L}\p{N}_]"
_LEFT = r"(?:^|[^\p{L}\p{N}_])"
_RIGHT = r"(?:[^\p{L}\p{N}_]|$)"
_SPACES = re.compile(r"\s+")


def normalize_word(word: str) -> str:
    """A watched word as stored: trimmed, inner spaces collapsed, runs of ``*`` as one."""
    return re.sub(r"\*+", "*", _SPACES.sub(" ", word.strip()))


def word_pattern(word: str) -> str:
    """The RE2 pattern of one watched word (without case flags or edges)."""
    pieces = [re2.escape(piece) for piece in normalize_word(word).split("*")]
    # A space in a phrase matches any run of spaces, as people type them.
    return r"\S*".join(p.replace(r"\ ", r"\s+") for p in pieces)


def words_pattern(words: Iterable[str], *, case_sensitive: bool) -> str | None:
    """One RE2 pattern matching any of ``words`` as whole words; None when there is none."""
    return _words_pattern(tuple(words), case_sensitive)


@functools.lru_cache(maxsize=1024)
def _words_pattern(words: tuple[str, ...], case_sensitive: bool) -> str | None:
    alternatives = [word_pattern(w) for w in words if normalize_word(w).strip("*")]
    if not alternatives:
        return None
    flags = "" if case_sensitive else "(?i)"
    return f"{flags}{_LEFT}(?:{'|'.join(alternatives)}){_RIGHT}"


def fts_terms(words: Iterable[str]) -> list[tuple[str, bool]] | None:
    """Full-text terms (text, prefix) whose matches hold every match of ``words``, or None
    when some word cannot be narrowed so (it starts with ``*`` or has no letters).

    A pre-filter only: the index tokenizes differently (diacritics, punctuation), so its
    candidates are checked again with the real pattern.
    """
    terms: list[tuple[str, bool]] = []
    for word in words:
        word = normalize_word(word)
        if not word.strip("*"):
            continue
        if word.startswith("*"):
            return None
        head, star, _ = word.partition("*")
        # "f*ck" can only match where a token starts with "f": a prefix query holds it.
        if not re.fullmatch(r"[\w ]+", head) or not head.strip():
            return None
        terms.append((head.strip(), bool(star) or head.endswith(" ")))
    return terms
