"""Open rewrites of French yes/no and leading questions, built from the question's words.

As in rewrite_en.py: patterns match the folded head (no accents), the words put into a
rewrite are cut from the head as written. "Tu" questions get "tu" rewrites.
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.judge import PAIRED, Finding
from workbench.core.prompts.coach.rewrite_phrases_fr import (
    Voice,
    ask,
    cut,
    noun_phrase,
    with_a,
    with_de,
)
from workbench.core.prompts.coach.rewrite_shapes_fr import (
    from_clause,
    from_question,
    idea_of,
)
from workbench.core.prompts.coach.text import fold

_FRAMES = re.compile(
    r"^(?:n'est-ce pas (?:que|qu')|"
    r"(?:est-ce que )?(?:vous|tu) (?:ne )?(?:pensez|trouvez|croyez|penses|trouves|crois)"
    r"(?: pas)? (?:que|qu')|"
    r"(?:ne )?(?:pensez|trouvez|croyez)-vous(?: pas)? (?:que|qu')|"
    r"(?:ne )?(?:penses|trouves|crois)-tu(?: pas)? (?:que|qu')|"
    r"(?:on est|vous etes|tu es|nous sommes)(?: tous| toutes)? d'accord (?:que|qu'|pour dire que)|"
    r"(?:ne |n')?(?:etes-vous|es-tu)(?: pas)? d'accord (?:que|qu'|pour dire que)|"
    r"(?:ne )?(?:serait|est)-(?:il|ce)(?: pas)? \w+ (?:de|d'|que|qu'))\s?"
)


_POSITIVE_1 = re.compile(r"\bpas\b ?")
_POSITIVE_3 = re.compile(r"(?:^|[\s'])(?:ne |n')")
_POSITIVE_2 = re.compile(r"(?:^|(?<=\s))(?:ne |n')(?!est-ce)")
_SINGLE_2 = re.compile(r"\btu\b|-tu\b|\bt'|\bte\b|\btoi\b")
_SINGLE_1 = re.compile(r"^est-ce (?:que |qu')")
_IDEA = re.compile(
    r"^(?:ce |c'|il )?(?:ne |n')?(?:serait|est)(?:-ce|-il)?(?: pas)? (?:mieux|preferable|plus simple|"
    r"plus pratique|une bonne idee|temps|utile) (?:de |d')(?P<x>.+)$"
)


def _positive(head: str) -> str:
    """The head without "ne … pas" (and "n'" before a verb)."""
    low = fold(head)
    match = _POSITIVE_1.search(low)
    if match is not None and _POSITIVE_3.search(low[: match.start()]):
        head = head[: match.start()] + head[match.end() :]
        low = fold(head)
    match = _POSITIVE_2.search(low)
    if match is not None:
        head = head[: match.start()] + head[match.end() :]
    return head.strip()


_LEADING_WHY = re.compile(
    r"^pourquoi (?P<s>.+?) (?:est|sont)-(?:il|elle|ils|elles) (?:tellement|si) \w+"
    r"(?: (?:que|qu') ?(?P<o>.+))?$"
)


_LEADING_HOW = re.compile(r"^(?:à|a) quel point (?:avez|as)-(?:vous|tu) (?:adore|aime) (?P<s>.+)$")


def single(finding: Finding) -> list[str]:
    head = finding.head
    if finding.kind == "open":  # open but leading: ask about the thing, without the praise
        voice = Voice(bool(_SINGLE_2.search(fold(head))))
        why = _LEADING_WHY.match(fold(head))
        if why is not None:
            subject = cut(why, head, "s")
            other = f", comparé {with_a(cut(why, head, 'o'))}" if why.group("o") else ""
            return [ask(f"{voice.think} {with_de(subject)}{other}")]
        how = _LEADING_HOW.match(fold(head))
        if how is not None:
            return [ask(f"{voice.thought} {with_de(cut(how, head, 's'))}")]
    # What follows a comma in a closed question is an appendix ("…, ou pas ?")
    finding_head = head.split(",", 1)[0]
    low_head = fold(finding_head)
    voice = Voice(bool(_SINGLE_2.search(low_head)))
    idea = _IDEA.match(low_head)
    if idea is not None:
        return idea_of(finding_head[idea.start("x") :], voice)
    frame = _FRAMES.match(low_head)
    if frame is not None:
        return from_clause(finding_head[frame.end() :], voice) or _fallback(finding_head, voice)
    head = _positive(finding_head)
    low = fold(head)
    est_ce = _SINGLE_1.match(low)
    if est_ce is not None:
        head, low = head[est_ce.end() :], low[est_ce.end() :]
    out = from_question(head, low, voice)
    if not out and (finding.kind == "declarative" or est_ce is not None):
        out = from_clause(head, voice)
    return out or _fallback(head, voice)


FALLBACK = "Que pouvez-vous nous en dire ?"


def _fallback(head: str, voice: Voice) -> list[str]:
    topic = noun_phrase(head)
    if topic:
        return [
            ask(f"{voice.think} {with_de(topic)}"),
            ask(f"Qu'est-ce qui compte le plus pour {voice.you} dans {topic}"),
        ]
    return [FALLBACK, ask("Comment le vivez-vous au quotidien")]


def choices(first: str, second: str, head: str) -> list[str]:
    cut = fold(head).rfind(" " + fold(first) + " ")
    topic = (noun_phrase(head[:cut]) if cut > 0 else "") or noun_phrase(head)
    if topic and fold(first) in PAIRED and fold(second) in PAIRED:  # "pour ou contre"
        return [
            ask(f"Que pensez-vous {with_de(topic)}"),
            ask(f"Que changeriez-vous {with_a(topic)}"),
        ]
    return [
        ask(f"Comment choisissez-vous entre {first} et {second}"),
        ask(f"À part {first} et {second}, qu'est-ce qui vous conviendrait"),
    ]
