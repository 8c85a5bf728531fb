"""The shapes of English yes/no questions and the open rewrites each gets
("Did you like X?" -> "What did you like most about X?").
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.rewrite_phrases_en import (
    DEGREE,
    DET,
    LIKE,
    PAST,
    PREPOSITION,
    PRONOUNS,
    QUALITIES,
    STATES,
    ask,
    cut,
    from_clause,
    lower_start,
    noun_phrase,
    trim,
)
from workbench.core.prompts.coach.text import fold

# Patterns the functions below use, compiled once.
_FROM_QUESTION_1 = re.compile(r"(?:any|some)")
_WANT_1 = re.compile(r"^(?:more|some|any|a|an) ")
_BE_YOU_1 = re.compile(r"^(?:ready|able|willing|going|planning|happy|free) to (?P<x>.+)$")
_BE_2 = re.compile(r" (?:to|since|after|during|before) ")
_BE_1 = re.compile(r"^(?:this|that|it) (?P<x>(?:your|our|my|the|a|an) .+)$")
_HAVE_YOU_1 = re.compile(r"^(?:a|an|any|some)\b")
_RECOMMEND_1 = re.compile(r"\s+to (?:a|your) (?:friend|colleague)s?$")
_LAST_NP_1 = re.compile(rf"\b{DET} ")


def from_question(head: str, low: str) -> list[str]:
    for pattern, build in _SHAPES:
        match = pattern.match(low)
        if match is not None:
            out = build(match, head)
            if out:
                return out
    if _FROM_QUESTION_1.match(low):
        return from_clause(head)
    return []


def _like(m: re.Match[str], head: str) -> list[str]:
    aux, verb, topic = m.group("aux"), cut(m, head, "v"), trim(cut(m, head, "x"))
    if aux == "did":
        return [
            ask(f"What did you {verb} most about {topic}"),
            ask(f"How did {topic} change the way you work"),
        ]
    return [
        ask(f"What do you {verb} most about {topic}"),
        ask(f"What would you change about {topic}"),
    ]


def _find(m: re.Match[str], head: str) -> list[str]:
    aux, rest = m.group("aux"), trim(cut(m, head, "x"))
    words = rest.split()
    if len(words) >= 2 and QUALITIES.match(fold(words[-1])):
        topic, quality = " ".join(words[:-1]), words[-1]
        return [
            ask(f"What {aux} you find {quality} about {topic}"),
            ask(f"How {aux} you find {topic}"),
        ]
    return [ask(f"How {aux} you find {rest}")]


def _think(m: re.Match[str], head: str) -> list[str]:
    return from_clause(cut(m, head, "x"))


def _feel(m: re.Match[str], head: str) -> list[str]:
    rest = trim(cut(m, head, "x"))
    return [ask(f"What helps you feel {rest}"), ask(f"What would make you feel more {rest}")]


def _have_a(m: re.Match[str], head: str) -> list[str]:
    topic = noun_phrase(cut(m, head, "x"))
    return [ask(f"What would help you get started with {topic}")] if topic else []


def _know(m: re.Match[str], head: str) -> list[str]:
    topic = noun_phrase(cut(m, head, "x"))
    if not topic:
        return []
    return [ask(f"What do you know about {topic}"), ask(f"How could {topic} help you")]


def _have(m: re.Match[str], head: str) -> list[str]:
    noun, rest = cut(m, head, "n"), trim(cut(m, head, "x"))
    return [ask(f"What {noun} do you have {rest}")]


def _something(m: re.Match[str], head: str) -> list[str]:
    aux, verb, rest = m.group("aux"), cut(m, head, "v"), trim(cut(m, head, "x"))
    return [ask(f"What {aux} you {verb} {rest}")]


def _any_noun(m: re.Match[str], head: str) -> list[str]:
    aux, verb = m.group("aux"), cut(m, head, "v")
    noun, rest = cut(m, head, "n"), trim(cut(m, head, "x"))
    return [ask(f"What {noun} {aux} you {verb} {rest}")]


def _want(m: re.Match[str], head: str) -> list[str]:
    rest = trim(cut(m, head, "x"))
    if fold(rest).startswith("to "):
        return [ask(f"What would make you want {rest}"), ask(f"What would help you {rest[3:]}")]
    rest = _WANT_1.sub("", rest)
    return [
        ask(f"What kind of {rest} would you like"),
        ask(f"What would make {rest} worth it for you"),
    ]


def _do_you(m: re.Match[str], head: str) -> list[str]:
    aux, verb, rest = m.group("aux"), cut(m, head, "v"), trim(cut(m, head, "x"))
    topic = noun_phrase(rest)
    if aux == "did":
        out = [ask(f"What did you think of {topic}")] if topic else []
        return [*out, ask(f"What was it like to {verb} {rest}")]
    return [ask(f"How do you {verb} {rest}"), ask(f"What would help you {verb} {rest} more often")]


def _do_someone(m: re.Match[str], head: str) -> list[str]:
    verb, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    if m.group("aux") == "did":
        return [ask(f"What was it like for you to {verb} {rest}")]
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "o")) else "s")
    return [ask(f"Who {third} {rest}")]


def _do_it(m: re.Match[str], head: str) -> list[str]:
    aux, subject = m.group("aux"), cut(m, head, "s")
    verb, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    think = "What did you think of" if aux == "did" else "What do you think of"
    if fold(subject) in PRONOUNS:
        return [ask(f"How {aux} {subject} {verb} {rest}")]
    if fold(verb) in ("look", "seem", "feel", "sound"):
        return [ask(f"How {aux} {subject} {verb} to you"), ask(f"{think} {subject}")]
    return [ask(f"{think} {subject}"), ask(f"How {aux} {subject} {verb} {rest}")]


def _there(m: re.Match[str], head: str) -> list[str]:
    which, rest = m.group("w"), trim(cut(m, head, "x"))
    if which in ("anything", "something", "nothing"):
        return [ask(f"What is one thing {rest}")]
    if which in ("any", "some"):
        return [ask(f"What are some {rest}")]
    return [ask(f"What can you tell us about {which} {rest}")]


def _be_you(m: re.Match[str], head: str) -> list[str]:
    rest = cut(m, head, "x")
    low = fold(rest)
    us = "us" if m.group("p") == "we" else "you"
    going = _BE_YOU_1.match(low)
    if going is not None:
        return [ask(f"What would help {us} {trim(cut(going, rest, 'x'))}")]
    topic = noun_phrase(rest)
    if topic:
        return [
            ask(f"What do you think of {topic}"),
            ask(f"What would make {topic} better for you"),
        ]
    if low.startswith("new"):
        return ["What brought you here?", "What are you hoping to find here?"]
    if us == "you" and len(low.split()) >= 2:
        return [ask(f"What makes you {rest}")]
    return []


def _be(m: re.Match[str], head: str) -> list[str]:
    be, rest = m.group("be"), trim(cut(m, head, "x"))
    preposition = PREPOSITION.search(fold(rest))
    tail = ""
    if preposition is not None:
        rest, tail = rest[: preposition.start()], " " + rest[preposition.start() + 1 :]
    if not _BE_2.match(fold(tail)):
        tail = ""
    low = fold(rest)
    this = _BE_1.match(low)
    if this is not None:
        return [ask(f"What can you tell us about {cut(this, rest, 'x')}")]
    words = rest.split()
    if len(words) < 2:
        return []
    last = fold(words[-1])
    adjective = (
        bool(QUALITIES.match(last))
        or last in STATES
        or (len(last) > 4 and last.endswith(("er", "ing", "ed", "ful", "ble", "ive", "ous")))
    )
    subject_words = words[:-1] if adjective else words
    for at in range(2, len(subject_words)):
        if fold(subject_words[at]) in DEGREE:  # "the Discord link still valid"
            subject_words = subject_words[:at]
            break
    while len(subject_words) > 1 and fold(subject_words[-1]) in DEGREE:
        subject_words = subject_words[:-1]
    if fold(subject_words[0]) in ("it", "this", "that", "there") and len(subject_words) > 1:
        return []  # "Is it time we changed…": no subject to ask about
    subject = lower_start(" ".join(subject_words))
    if fold(subject) in ("it", "this", "that") and not adjective:
        return []
    out = []
    if QUALITIES.match(last):
        out.append(ask(f"How {words[-1]} {be} {subject}{tail}"))
    out.append(ask(f"What {be} {subject} like for you{tail}"))
    out.append(ask(f"What would you change about {subject}"))
    return out


def _have_you(m: re.Match[str], head: str) -> list[str]:
    participle, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    past = PAST.get(fold(participle), participle)
    topic = noun_phrase(rest)
    if topic and not _HAVE_YOU_1.match(fold(rest)):
        return [
            ask(f"What did you think of {topic}"),
            ask(f"What was it like when you {past} {rest}"),
        ]
    return [
        ask(f"What was it like when you {past} {rest}"),
        f"Tell us about a time you {past} {rest}.",
    ]


def _have_someone(m: re.Match[str], head: str) -> list[str]:
    participle, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    topic = noun_phrase(rest)
    out = [ask(f"Who has {participle} {rest}")]
    return [*out, ask(f"What did you think of {topic}")] if topic else out


def _have_it(m: re.Match[str], head: str) -> list[str]:
    aux, subject = m.group("aux"), cut(m, head, "s")
    participle, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    return [ask(f"How {aux} {subject} {participle} {rest}"), ask(f"What do you think of {subject}")]


def _recommend(m: re.Match[str], head: str) -> list[str]:
    topic = _RECOMMEND_1.sub("", trim(cut(m, head, "x")))
    return [
        ask(f"What would you tell a friend about {topic}"),
        ask(f"Who would enjoy {topic} most"),
    ]


def _would_like(m: re.Match[str], head: str) -> list[str]:
    rest = trim(cut(m, head, "x"))
    if fold(rest).startswith("to "):
        return [ask(f"What would make you want {rest}")]
    return [ask(f"How would {rest} help you"), ask(f"What would you like instead of {rest}")]


def _modal_you(m: re.Match[str], head: str) -> list[str]:
    verb, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    out = [ask(f"What would make it easier for you to {verb} {rest}")]
    return out if fold(verb) == "help" else [*out, ask(f"What would help you {verb} {rest}")]


def _modal_we(m: re.Match[str], head: str) -> list[str]:
    verb, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    topic = noun_phrase(rest)
    out = [ask(f"What would change for you if we {verb} {rest}")]
    return [*out, ask(f"What do you think about {topic}")] if topic else out


def _it_help(m: re.Match[str], head: str) -> list[str]:
    rest = trim(cut(m, head, "x"))
    return [ask(f"How would it work for you if we {rest}")]


def _modal_it(m: re.Match[str], head: str) -> list[str]:
    modal, subject = m.group("aux"), cut(m, head, "s")
    verb, rest = cut(m, head, "v"), trim(cut(m, head, "x"))
    if fold(verb) == "be":
        return [
            ask(f"How {modal} {subject} be {rest}"),
            ask(f"What would you change about {subject}"),
        ]
    return [ask(f"How should {subject} {verb} {rest}")]


_SUBJECT = rf"(?P<s>{DET} (?:[\w'-]+ ){{0,3}}?[\w'-]+|this|that|it|they|members|newcomers|people)"
_BASE = (
    r"(?:look|seem|feel|sound|work|help|make|need|want|go|matter|fit|cover|include|happen|"
    r"take|run|know|have|get|mean|meet|change|improve|show|give|answer|explain|stay|start|"
    r"end|load|open|allow|let|support|affect|reach|suit|motivate|use|like|love)"
)


_SHAPES = [
    (re.compile(rf"^(?P<aux>do|does|did) you (?P<v>{LIKE}) (?P<x>.+)$"), _like),
    (re.compile(r"^(?P<aux>do|does|did) you (?:ever )?find (?P<x>.+)$"), _find),
    (re.compile(r"^do you feel (?P<x>(?!that\b|the\b|our\b|your\b|it\b|this\b|we\b|like\b)\w+.*)$"), _feel),
    (re.compile(r"^(?:do|does|did) you (?:think|believe|feel) (?:that )?(?P<x>.+ .+ .+)$"), _think),
    (re.compile(r"^(?:do|did) you have (?:any |some )?(?!an?\b|the\b)(?P<n>\w+) ?(?P<x>.*)$"), _have),
    (re.compile(r"^(?:do|did) you have (?P<x>(?:an?|the) .+)$"), _have_a),
    (re.compile(r"^(?:do|did) you know (?:that |about |if |whether )?(?P<x>.+)$"), _know),
    (re.compile(r"^(?P<aux>do|did) you (?:ever )?(?P<v>\w+) (?:something|anything)(?: new| else)?(?P<x>.*)$"), _something),
    (re.compile(r"^(?P<aux>do|did) you (?:ever )?(?P<v>\w+) (?:any|some) (?P<n>\w+)(?P<x>.*)$"), _any_noun),
    (re.compile(r"^do you (?:want|need) (?P<x>.+)$"), _want),
    (re.compile(r"^(?P<aux>do|did) you (?:ever |usually |often )?(?P<v>\w+) ?(?P<x>.*)$"), _do_you),
    (re.compile(r"^(?P<aux>do|does|did) (?:anyone|anybody|someone|somebody)(?: else)? (?P<v>\w+) ?(?P<x>.*)$"), _do_someone),
    (re.compile(rf"^(?P<aux>do|does|did) {_SUBJECT} (?P<v>{_BASE})\b ?(?P<x>.*)$"), _do_it),
    (re.compile(rf"^(?P<aux>do|does|did) {_SUBJECT} (?P<v>\w+) ?(?P<x>.*)$"), _do_it),
    (re.compile(r"^(?:is|are|was|were) there (?P<w>any|anything|something|nothing|some|a|an) (?P<x>.+)$"), _there),
    (re.compile(r"^(?:are|were) (?P<p>you|we) (?P<x>.+)$"), _be_you),
    (re.compile(r"^(?:is|was) (?:anyone|anybody|someone|somebody)(?: else)? (?P<x>.+)$"), lambda m, h: [ask(f"Who else is {trim(cut(m, h, 'x'))}")]),
    (re.compile(r"^(?P<be>is|are|was|were) (?P<x>.+)$"), _be),
    (re.compile(r"^(?:have|has) you (?:ever |already |never )?(?P<v>\w+) ?(?P<x>.*)$"), _have_you),
    (re.compile(r"^(?:have|has) (?:anyone|anybody|someone|somebody)(?: else)? (?:ever |already )?(?P<v>\w+) ?(?P<x>.*)$"), _have_someone),
    (re.compile(rf"^(?P<aux>have|has) {_SUBJECT} (?P<v>\w+) ?(?P<x>.*)$"), _have_it),
    (re.compile(r"^(?:would|will|could|can) you (?:ever )?recommend (?P<x>.+)$"), _recommend),
    (re.compile(r"^would you like (?P<x>.+)$"), _would_like),
    (re.compile(r"^(?:can|could|will|would|may|might|must)(?: you| u)(?: be (?:willing|able|ready|happy) to)? (?P<v>\w+) ?(?P<x>.*)$"), _modal_you),
    (re.compile(r"^(?:should|shall|can|could|may|must|will) we(?: all)? (?P<v>\w+) ?(?P<x>.*)$"), _modal_we),
    (re.compile(r"^(?:can|could|may|might|should|shall) i (?P<x>.+)$"), lambda m, h: _last_np(h)),
    (re.compile(r"^would it (?:help|be (?:better|easier|good|nice|helpful|useful|a good idea)) (?:to |if we )(?P<x>.+)$"), _it_help),
    (re.compile(rf"^(?P<aux>can|could|will|would|should|may|might|must) {_SUBJECT} (?P<v>\w+) ?(?P<x>.*)$"), _modal_it),
]  # fmt: skip


def _last_np(head: str) -> list[str]:
    matches = list(_LAST_NP_1.finditer(fold(head)))
    if not matches:
        return []
    topic = trim(head[matches[-1].start() :])
    return [ask(f"What do you think about {topic}"), ask(f"What would make {topic} better for you")]
