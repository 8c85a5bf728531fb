"""What the coach says about a prompt: four flags, one-line reasons and open rewrites.

Reasons are English source strings marked with ``QT_TRANSLATE_NOOP("Coach", ...)`` so the GUI
can show them translated (``Verdict.reason_words()`` gives them as ``Words``). When a prompt
holds several questions, a reason names its question: ``"Question 2: <reason>"``, the frame
being the marked ``NUMBERED`` string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.text import QT_TRANSLATE_NOOP, Words

CONTEXT = "Coach"

CLOSED = QT_TRANSLATE_NOOP("Coach", "Closed: people can answer yes or no and stop there.")
LEADING = QT_TRANSLATE_NOOP("Coach", "Leading: the wording suggests the answer you hope for.")
TAG = QT_TRANSLATE_NOOP(
    "Coach",
    "Leading: a tag such as \u201c\u2026, right?\u201d asks people to agree, not to say what they think.",
)
DOUBLE = QT_TRANSLATE_NOOP(
    "Coach", "Double-barrelled: it asks two things at once, so one answer cannot fit both."
)
EITHER_OR = QT_TRANSLATE_NOOP(
    "Coach", "Either/or: it offers only the choices you thought of, and people pick one."
)
NUMBERED = QT_TRANSLATE_NOOP("Coach", "Question {number}: {reason}")

#: Every reason the coach can give (a reason is one of these, or NUMBERED around one).
REASONS: tuple[str, ...] = (CLOSED, LEADING, TAG, DOUBLE, EITHER_OR)

_NUMBERED = re.compile(r"^Question (\d+): (.*)$", re.DOTALL)


def numbered(number: int, reason: str) -> str:
    return NUMBERED.format(number=number, reason=reason)


@dataclass(frozen=True)
class Verdict:
    """The coach's judgement of one prompt (``text`` is the prompt as given)."""

    text: str
    lang: str
    closed: bool
    leading: bool
    double: bool
    either_or: bool
    reasons: tuple[str, ...]
    rewrites: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """No flag set: an open question (or no question at all)."""
        return not (self.closed or self.leading or self.double or self.either_or)

    def as_json(self) -> dict[str, object]:
        """The CLI's JSON Lines record: exactly these keys, lists for the tuples."""
        return {
            "text": self.text,
            "lang": self.lang,
            "closed": self.closed,
            "leading": self.leading,
            "double": self.double,
            "either_or": self.either_or,
            "reasons": list(self.reasons),
            "rewrites": list(self.rewrites),
        }

    def reason_words(self) -> tuple[Words, ...]:
        """The reasons as marked ``Words`` for the GUI to translate (gui/words.py ``words``)."""
        out = []
        for reason in self.reasons:
            match = _NUMBERED.match(reason)
            if match is None:
                out.append(Words(CONTEXT, reason))
            else:
                inner = Words(CONTEXT, match.group(2))
                out.append(Words(CONTEXT, NUMBERED, {"number": match.group(1), "reason": inner}))
        return tuple(out)
