"""Pseudo-translation: every string comes out accented and about a third longer.

Qt and KDE projects test layouts this way before the real translations exist: a label that
clips "[Ŝýñç ñöŵ ~~~]" will clip the French. Placeholders (%1, %n, {name}), HTML tags and
entities, and mnemonics (&) come through intact so the code around each string still works;
key sequences ("Ctrl+R") are left alone because Qt parses them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

_ACCENTED = str.maketrans(
    "abcdeghijklnoprstuwyzABCDEGHIJKLNOPRSTUWYZ",
    "àƀçđéĝĥîĵķľñöþŕšţûŵýžÀƁÇĐÉĜĤÎĴĶĽÑÖÞŔŠŢÛŴÝŽ",
)
# What must come through as written: placeholders, HTML tags, entities, a mnemonic's letter.
_KEEP = re.compile(r"%L?\d|%n|\{[^{}]*\}|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&.")
_KEY_SEQUENCE = re.compile(r"^((Ctrl|Alt|Shift|Meta|Cmd)\+)*(F\d{1,2}|[A-Z0-9]|[A-Za-z]+)$")


def pseudo(text: str) -> str:
    """``text`` accented, bracketed and padded by about 30% ("Save" -> "[Šàvé]")."""
    if not text.strip() or (_KEY_SEQUENCE.match(text) and "+" in text):
        return text
    parts, last = [], 0
    for kept in _KEEP.finditer(text):
        parts.append(text[last : kept.start()].translate(_ACCENTED))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_ACCENTED))
    # About 30% more, the brackets included: "Thread" -> "[Ţĥŕéàđ]", longer ones padded.
    extra = max(2, round(len(_KEEP.sub("", text)) * 0.3))
    padding = " " + "~" * (extra - 3) if extra > 3 else ""
    body = "".join(parts)
    first, last = body.find(">") + 1, body.rfind("<")
    if body.startswith("<") and 0 < first <= last:  # rich text: inside its outer tags
        return f"{body[:first]}[{body[first:last]}{padding}]{body[last:]}"
    return f"[{body}{padding}]"


class PseudoTranslator(QTranslator):
    """Installed like a .qm translator: ``app.installTranslator(PseudoTranslator(app))``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if context.startswith("Q") and context[1:2].isupper():
            # Qt's own text (button boxes, key names Qt parses back): None is "not mine",
            # so Qt asks the next translator or keeps its English; "" would blank it.
            return None
        return pseudo(source_text)
