"""Open rewrites of English yes/no and leading questions, built from the question's words.

Patterns match the folded head; the words put into a rewrite are cut from the head as
written. Each shape has its own rewrites ("Did you like X?" -> "What did you like most about
X?"); an unknown shape falls back on the question's last noun phrase, and only a question
with none gets a general open question.
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.judge import PAIRED, Finding
from workbench.core.prompts.coach.rewrite_phrases_en import (
    ask,
    cut,
    from_clause,
    noun_phrase,
)
from workbench.core.prompts.coach.rewrite_shapes_en import from_question
from workbench.core.prompts.coach.text import fold

_NEGATIVE = {
    "don't": "do", "doesn't": "does", "didn't": "did", "isn't": "is", "aren't": "are",
    "wasn't": "was", "weren't": "were", "haven't": "have", "hasn't": "has", "hadn't": "had",
    "can't": "can", "cannot": "can", "couldn't": "could", "won't": "will",
    "wouldn't": "would", "shouldn't": "should", "mustn't": "must",
}  # fmt: skip


_NEGATIVE_START = re.compile(r"^(" + "|".join(map(re.escape, _NEGATIVE)) + r")\b")
_NOT = re.compile(r"^(\w+ (?:you|we|it|they)) not\b")
_FRAMES = re.compile(
    r"^(?:(?:do|would) you (?:not )?(?:think|agree|believe|say)(?: that)?|"
    r"is it (?:not )?true that|is it \w+ that|surely(?: you agree(?: that)?)?|"
    r"(?:you|we)(?: all)? (?:would |'d )?agree(?: that)?|you'd agree(?: that)?) "
)


def _positive(head: str) -> str:
    """The head without its negative opening: "Don't you think" -> "do you think"."""
    low = fold(head)
    match = _NEGATIVE_START.match(low)
    if match is not None:
        head, low = (
            _NEGATIVE[match.group(1)] + head[match.end() :],
            fold(_NEGATIVE[match.group(1)] + head[match.end() :]),
        )
    match = _NOT.match(low)
    if match is not None:
        head = head[: match.end(1)] + head[match.end() :]
    return head


_LEADING_WHY = re.compile(
    r"^why (?:is|are|was|were) (?P<s>.+?) so (?:much )?\w+(?: than (?P<o>.+))?$"
)


_LEADING_HOW = re.compile(
    r"^how (?:\w+ )?(?:great|amazing|awesome|wonderful|fantastic|brilliant|cool|fun|much) "
    r"(?:was|is|were|are|did you (?:love|enjoy)) (?P<s>.+)$"
)


def single(finding: Finding) -> list[str]:
    head = finding.head.strip()
    if finding.kind == "open":  # open but leading: ask about the thing, without the praise
        why = _LEADING_WHY.match(fold(head))
        if why is not None and why.group("o"):
            return [
                ask(f"How does {cut(why, head, 's')} compare with {cut(why, head, 'o')} for you")
            ]
        how = _LEADING_HOW.match(fold(head))
        if how is not None:
            topic = cut(how, head, "s")
            return [
                ask(f"What did you think of {topic}"),
                ask(f"What stood out for you in {topic}"),
            ]
    # What follows a comma in a closed question is an appendix ("…, or just me?")
    head = _positive(head.split(",", 1)[0])
    low = fold(head)
    frame = _FRAMES.match(low)
    if frame is not None:
        out = from_clause(head[frame.end() :])
    elif finding.kind == "declarative":
        out = from_clause(head)
    else:
        out = from_question(head, low)
    if not out:
        out = _fallback(head)
    return out


FALLBACK = "What would you like to tell us about this?"


def _fallback(head: str) -> list[str]:
    topic = noun_phrase(head)
    if topic:
        return [
            ask(f"What do you think about {topic}"),
            ask(f"What would make {topic} better for you"),
        ]
    return [FALLBACK, "What has your experience been so far?"]


_VERB_START = re.compile(
    r"(?:like|love|enjoy|plan|read|write|use|start|stop|find|attend|join|meet|hold|have|come|"
    r"go|get|watch|see|take|introduce|post|wait|call|email|ask|stay|leave|vote|pay|sign|"
    r"share|keep|drop|do|be|just|try|learn|run|move|open|close)\b"
)


def choices(first: str, second: str, head: str) -> list[str]:
    cut = fold(head).rfind(" " + fold(first) + " ")
    topic = (noun_phrase(head[:cut]) if cut > 0 else "") or noun_phrase(head)
    if topic and fold(first) in PAIRED and fold(second) in PAIRED:  # "better or worse"
        return [ask(f"What do you think of {topic}"), ask(f"What would you change about {topic}")]
    if _VERB_START.match(fold(first)) or _VERB_START.match(fold(second)):
        return [ask(f"How do you decide whether to {first} or {second}"),
                ask(f"What would make it easier to decide whether to {first} or {second}")]  # fmt: skip
    return [
        ask(f"How do you choose between {first} and {second}"),
        ask(f"Besides {first} and {second}, what would work well for you"),
    ]
