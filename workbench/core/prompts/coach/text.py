"""Text handling shared by both languages: folding, sentences and clauses.

Rules match a *folded* copy of the prompt (lower case, curly apostrophes and odd spaces made
plain, French accents removed except "ù" and "à", so that "où" and "à" stay apart from
"ou" and "a"), built so that it has exactly the length of
the original: a span found in the folded text is the same span in the original, which is
where rewrites take their words (with the writer's accents).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: The coach judges the first MAX_CHARS characters of a prompt; the rest is not read.
#: A prompt is a post of a few lines; this keeps a pasted megabyte to well under 5 ms.
MAX_CHARS = 4000


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and char not in "ùÙàÀ":
            table[code] = base.lower()
    for char in "\u2019\u2018\u02bc\u2032`\u00b4":
        table[ord(char)] = "'"
    for char in "\u00a0\u202f\u2009\u2007\u200a\u3000\t":
        table[ord(char)] = " "
    for char in "\u2010\u2011":
        table[ord(char)] = "-"
    table[ord("\uff1f")] = "?"
    table[ord("\u201c")] = '"'
    table[ord("\u201d")] = '"'
    return table


_FOLD = _fold_table()
_ODD = re.compile(r"[^\x00-\x08\x0a-\x7f]")  # a tab or a non-ASCII character


def fold(text: str) -> str:
    """``text`` folded for matching, of the same length as ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower to two characters ("İ")
        lowered = "".join(c.lower()[:1] or c for c in text)
    # A prompt holds a few distinct odd characters: replacing each is much faster than
    # str.translate, which looks every character up.
    for char in set(_ODD.findall(lowered)):
        folded = _FOLD.get(ord(char))
        if folded is not None:
            lowered = lowered.replace(char, folded)
    return lowered


# A sentence runs to . ! ? … or a line end; a dot inside a word ("v2.0", "e.g") does not end it.
_SENTENCE = re.compile(r"(?:[^.!?\u2026\n]|\.(?=\w))+[.!?\u2026\s]*|[.!?\u2026\s]+")
_TERMINATOR = re.compile(r"[.!?\u2026\s]*$")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Sentence:
    start: int  # in the prompt: the first letter
    end: int  # in the prompt: the end of the words, before the terminator
    asks: bool  # ends with "?"
    stop: str  # the terminator, without spaces ("?", ".", "!", "")
    stop_end: int  # in the prompt: the end of the terminator


def sentences(folded: str) -> list[Sentence]:
    """The sentences of a folded prompt that hold a letter, each from its first letter."""
    out = []
    for match in _SENTENCE.finditer(folded):
        chunk = match.group()
        letter = _LETTER.search(chunk)
        if letter is None:
            continue
        tail = _TERMINATOR.search(chunk)
        assert tail is not None  # the pattern matches the empty string
        stop = tail.group().replace(" ", "").replace("\n", "")
        start, end = match.start() + letter.start(), match.start() + tail.start()
        while end > start and folded[end - 1] in " \"')":
            end -= 1
        stop_end = match.start() + len(chunk.rstrip())
        out.append(Sentence(start, end, "?" in stop, stop, max(stop_end, end)))
    return out


_CLAUSE_BREAK = re.compile(r"\s*(?:[,:;]|\s[-\u2013\u2014]\s|\(|\))\s*")


def clauses(body: str) -> list[tuple[int, str]]:
    """The clauses of a sentence body (split at , : ; and dashes) with their offsets."""
    out = []
    position = 0
    for match in _CLAUSE_BREAK.finditer(body):
        if match.start() > position:
            out.append((position, body[position : match.start()]))
        position = match.end()
    if position < len(body):
        out.append((position, body[position:]))
    return out


def first_letter(text: str) -> int:
    match = _LETTER.search(text)
    return match.start() if match else len(text)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def words(text: str) -> list[str]:
    return text.split()
