"""User search syntax to full-text terms plus author and community filters.

Syntax: ``words`` (all must appear), ``"a phrase"``, ``-word`` or ``-"a phrase"`` to
exclude, ``word*`` for a prefix, ``a OR b``, ``author:name`` and ``community:name`` (values
may be quoted). The result is plain data (``TextSearch``); the store writes it in its own
index's syntax, quoting every term, so a stray ``"``, ``AND(``, ``*`` or NUL gives results
or a plain message, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.db.interfaces import SearchTerm, TextSearch

MAX_CHARS = 1000
MAX_TERMS = 16
MAX_TERM_CHARS = 100  # no real word is longer; keeps hostile input cheap
FILTER_KEYS = {
    "author": "author",
    "from": "author",
    "by": "author",
    "community": "community",
    "in": "community",
}


@dataclass(frozen=True)
class ParsedSearch:
    """``text``: the full-text terms; ``authors``, ``communities``: name filters."""

    text: TextSearch = field(default_factory=TextSearch)
    authors: tuple[str, ...] = ()
    communities: tuple[str, ...] = ()
    message: str = ""  # the notes in English
    words: tuple[str, ...] = field(default=())  # the positive words, for highlighting
    notes: tuple[Words, ...] = ()  # the same notes, for the GUI to translate

    @property
    def empty(self) -> bool:
        return self.text.empty and not (self.authors or self.communities)


def _has_token(text: str) -> bool:
    # The unicode61 tokenizer keeps letters and digits; a term without any matches nothing.
    return any(ch.isalnum() for ch in text)


def _clean(raw: str) -> str:
    # NUL and other control characters cannot be typed on purpose; treat them as spaces.
    return "".join(" " if ord(ch) < 32 or ch == "\x7f" else ch for ch in raw)


def _tokens(text: str) -> list[tuple[bool, bool, str, str | None]]:
    """(negated, quoted, text, filter key) tuples, in input order."""
    out: list[tuple[bool, bool, str, str | None]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        if negated:
            i += 1
        key: str | None = None
        start = i
        while i < n and not text[i].isspace() and text[i] != '"':
            i += 1
        word = text[start:i]
        if ":" in word and word.split(":", 1)[0].lower() in FILTER_KEYS:
            name, rest = word.split(":", 1)
            key = FILTER_KEYS[name.lower()]
            if rest or i >= n or text[i] != '"':
                # author:name (unquoted) ends at the next space
                while i < n and not text[i].isspace():
                    i += 1
                out.append((negated, False, text[start + len(name) + 1 : i].strip('"'), key))
                continue
            word = ""
        if i < n and text[i] == '"' and not word:
            end = text.find('"', i + 1)
            end = n if end < 0 else end  # an unclosed quote runs to the end
            out.append((negated, True, text[i + 1 : end], key))
            i = end + 1
            continue
        if word:
            out.append((negated, False, word, key))
        elif i < n and text[i] == '"':
            i += 1
    return out


def parse(raw: str) -> ParsedSearch:
    """Parse what the user typed; never raises."""
    notes: list[Words] = []
    text = _clean(raw or "")
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        cut = QT_TRANSLATE_NOOP("Search", "The search was cut to its first {n} characters.")
        notes.append(Words("Search", cut, {"n": MAX_CHARS}))
    groups: list[list[SearchTerm]] = []
    excluded: list[SearchTerm] = []
    authors: list[str] = []
    communities: list[str] = []
    words: list[str] = []
    join_next = False
    dropped = 0
    for negated, quoted, value, key in _tokens(text):
        if key == "author":
            if value.strip():
                authors.append(value.strip().removeprefix("@").removeprefix("u/"))
            continue
        if key == "community":
            if value.strip():
                communities.append(value.strip().removeprefix("r/"))
            continue
        if not quoted and value == "OR" and groups:
            join_next = True
            continue
        prefix = not quoted and value.endswith("*")
        body = (value.rstrip("*") if prefix else value)[:MAX_TERM_CHARS]
        if not _has_token(body):
            dropped += 1
            continue
        if len(groups) + len(excluded) >= MAX_TERMS:
            first = QT_TRANSLATE_NOOP("Search", "Only the first {n} search terms were used.")
            notes.append(Words("Search", first, {"n": MAX_TERMS}))
            break
        term = SearchTerm(body, prefix)
        if negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
            words.append(body)
        else:
            groups.append([term])
            words.append(body)
        join_next = False
    if dropped and not (groups or excluded or authors or communities):
        alone = QT_TRANSLATE_NOOP(
            "Search", "Type letters or numbers to search; punctuation alone matches nothing."
        )
        notes.append(Words("Search", alone))
    return ParsedSearch(
        text=TextSearch(tuple(tuple(g) for g in groups), tuple(excluded)),
        authors=tuple(authors),
        communities=tuple(communities),
        message=" ".join(dict.fromkeys(map(str, notes))),
        words=tuple(words),
        notes=tuple({str(n): n for n in notes}.values()),  # once each (Words: no hash)
    )
