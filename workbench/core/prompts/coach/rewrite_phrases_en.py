"""English phrases for rewrites: cutting words from the question as written, noun
phrases, and the rewrites of a statement ("the new layout is better" -> about the layout).
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.text import fold

DET = r"(?:the|a|an|your|our|this|these|those|my|their|its|his|her)"
LIKE = r"(?:like|enjoy|love|appreciate|prefer|hate|dislike)"
_TRAILING = re.compile(
    r"(?:\s+(?:yet|already|again|today|now|still|too|well|ever|here|somewhere|anywhere|"
    r"so far|at all|ok|okay|fine|smoothly|alright))+$"
)


QUALITIES = re.compile(
    r"(?:useful|clear|helpful|enjoyable|fun|interesting|easy|fast|relevant|friendly|"
    r"engaging|informative|simple|welcoming|accessible|practical|motivating|valuable|"
    r"inspiring|fair|good|long|short|frequent|hard|difficult)$"
)


PREPOSITION = re.compile(r" (?:to|for|with|since|about|on|in|at|of|after|before|during) ")
PAST = {
    "been": "went", "seen": "saw", "done": "did", "written": "wrote", "taken": "took",
    "given": "gave", "gone": "went", "spoken": "spoke", "eaten": "ate", "begun": "began",
    "chosen": "chose", "known": "knew", "shown": "showed", "driven": "drove",
}  # fmt: skip


_KNOWN_VERBS = (
    r"is|are|was|were|will|would|can|could|should|has|have|had|make|makes|made|work|"
    r"works|worked|help|helps|helped|look|looks|looked|seem|seems|seemed|shows?|showed|"
    r"loved|liked|enjoyed|went|felt|feels|needs?|deserves?|matters?"
)


_CLAUSE_HEAD = (
    r"^(?P<s>(?:you|we|they|it|this|that|everyone|everybody|people|i)|"
    rf"(?:{DET} )?(?:[\w'-]+ ){{0,3}}?[\w'-]+) "
)


_CLAUSES = (
    re.compile(_CLAUSE_HEAD + rf"(?P<v>{_KNOWN_VERBS})\b ?(?P<rest>.*)$"),
    re.compile(_CLAUSE_HEAD + r"(?P<v>[a-z]+ed|[a-z]+s)\b ?(?P<rest>.*)$"),
)


STATES = {"ok", "okay", "new", "ready", "free", "available", "open", "done", "worth", "enough"}
DEGREE = {
    "too",
    "so",
    "very",
    "really",
    "much",
    "far",
    "even",
    "still",
    "always",
    "way",
    "more",
    "already",
    "now",
}


PRONOUNS = {
    "you",
    "we",
    "they",
    "it",
    "this",
    "that",
    "everyone",
    "everybody",
    "people",
    "i",
    "he",
    "she",
}


_NP_1 = re.compile(r"^(?:a|an|A|An) ")
_Q_1 = re.compile(r"\s+")
_FROM_CLAUSE_1 = re.compile(r"^(?:any|some) (?P<n>\w+)(?P<x>.*)$")
_FROM_CLAUSE_2 = re.compile(r"^(?:anyone|anybody|someone|somebody)(?: else)? (?P<x>.+)$")
_FROM_CLAUSE_3 = re.compile(r"(?:up|in|around|free|available|interested)\b")


def cut(match: re.Match[str], text: str, group: str) -> str:
    return text[match.start(group) : match.end(group)].strip()


def trim(text: str) -> str:
    return _TRAILING.sub("", " " + text.strip(" ,")).strip()


def lower_start(text: str) -> str:
    """ "The meetup" -> "the meetup" inside a sentence ("I" and acronyms kept)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def noun_phrase(text: str) -> str:
    """The first noun phrase with a determiner ("a dark mode" -> "the dark mode"), or ""."""
    match = _NP.search(fold(text))
    if match is None:
        return ""
    phrase = trim(text[match.start() :])
    return _NP_1.sub("the ", phrase)


_NP = re.compile(
    rf"\b{DET} (?!(?:is|are|was|were|has|have|will|would|can|could|should|does|did|do|"
    r"makes?|works?|seems?|looks?)\b).+$"
)


def ask(text: str) -> str:
    text = _Q_1.sub(" ", text).strip()
    return text[:1].upper() + text[1:] + "?"


def from_clause(clause: str) -> list[str]:
    """Rewrites about a statement: "the new layout is better" -> about the new layout."""
    low = fold(clause)
    any_start = _FROM_CLAUSE_1.match(low)
    if any_start is not None:
        return [ask(f"What {cut(any_start, clause, 'n')} do you have{any_start.group('x')}")]
    anyone = _FROM_CLAUSE_2.match(low)
    if anyone is not None:
        rest = cut(anyone, clause, "x")
        verb = "is " if _FROM_CLAUSE_3.match(fold(rest)) else ""
        return [ask(f"Who {verb}{rest}")]
    match = _CLAUSES[0].match(low) or _CLAUSES[1].match(low)
    if match is None:
        return []
    subject, verb, rest = cut(match, clause, "s"), match.group("v"), cut(match, clause, "rest")
    subject = lower_start(subject)
    past = verb in ("was", "were", "had", "made", "worked", "helped", "looked") or (
        verb.endswith("ed")
    )
    think = "What did you think of" if past else "What do you think of"
    if fold(subject) in PRONOUNS:
        topic = noun_phrase(rest)
        if not topic:
            return []
        return [ask(f"{think} {topic}"), ask(f"What would make {topic} better for you")]
    return [ask(f"{think} {subject}"), ask(f"What would you change about {subject}")]
