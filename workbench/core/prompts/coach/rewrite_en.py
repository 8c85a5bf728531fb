"""Open rewrites of English yes/no and leading questions, built from the question's words.

Patterns match the folded head; the words put into a rewrite are cut from the head as
written. Each shape has its own rewrites ("Did you like X?" -> "What did you like most about
X?"); an unknown shape falls back on the question's last noun phrase, and only a question
with none gets a general open question.
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.judge import Finding
from workbench.core.prompts.coach.text import fold

_DET = r"(?:the|a|an|your|our|this|these|those|my|their|its|his|her)"
_LIKE = r"(?:like|enjoy|love|appreciate|prefer|hate|dislike)"
_BE = r"(?:is|are|was|were)"
_TRAILING = re.compile(
    r"(?:\s+(?:yet|already|again|today|now|still|too|well|ever|here|somewhere|anywhere|"
    r"so far|at all|ok|okay|fine|smoothly|alright))+$"
)
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
_QUALITIES = re.compile(
    r"(?:useful|clear|helpful|enjoyable|fun|interesting|easy|fast|relevant|friendly|"
    r"engaging|informative|simple|welcoming|accessible|practical|motivating|valuable|"
    r"inspiring|fair|good|long|short|frequent|hard|difficult)$"
)
_PREPOSITION = re.compile(r" (?:to|for|with|since|about|on|in|at|of|after|before|during) ")
_PAST = {
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
    rf"(?:{_DET} )?(?:[\w'-]+ ){{0,3}}?[\w'-]+) "
)
_CLAUSES = (
    re.compile(_CLAUSE_HEAD + rf"(?P<v>{_KNOWN_VERBS})\b ?(?P<rest>.*)$"),
    re.compile(_CLAUSE_HEAD + r"(?P<v>[a-z]+ed|[a-z]+s)\b ?(?P<rest>.*)$"),
)
_STATES = {"ok", "okay", "new", "ready", "free", "available", "open", "done", "worth", "enough"}
_DEGREE = {
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
_PRONOUNS = {
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


# Patterns the functions below use, compiled once (in the order they appear).
_NP_1 = re.compile(r"^(?:a|an|A|An) ")
_Q_1 = re.compile(r"\s+")
_FROM_CLAUSE_1 = re.compile(r"^(?:any|some) (?P<n>\w+)(?P<x>.*)$")
_FROM_CLAUSE_2 = re.compile(r"^(?:anyone|anybody|someone|somebody)(?: else)? (?P<x>.+)$")
_FROM_CLAUSE_3 = re.compile(r"(?:up|in|around|free|available|interested)\b")
_FROM_QUESTION_1 = re.compile(r"(?:any|some)")
_WANT_1 = re.compile(r"^(?:more|some|any|a|an) ")
_BE_YOU_1 = re.compile(r"^(?:ready|able|willing|going|planning|happy|free) to (?P<x>.+)$")
_BE_2 = re.compile(r" (?:to|since|after|during|before) ")
_BE_1 = re.compile(r"^(?:this|that|it) (?P<x>(?:your|our|my|the|a|an) .+)$")
_HAVE_YOU_1 = re.compile(r"^(?:a|an|any|some)\b")
_RECOMMEND_1 = re.compile(r"\s+to (?:a|your) (?:friend|colleague)s?$")
_LAST_NP_1 = re.compile(rf"\b{_DET} ")


def _cut(match: re.Match[str], text: str, group: str) -> str:
    return text[match.start(group) : match.end(group)].strip()


def _trim(text: str) -> str:
    return _TRAILING.sub("", " " + text.strip(" ,")).strip()


def _lower_start(text: str) -> str:
    """ "The meetup" -> "the meetup" inside a sentence ("I" and acronyms kept)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _np(text: str) -> str:
    """The first noun phrase with a determiner ("a dark mode" -> "the dark mode"), or ""."""
    match = _NP.search(fold(text))
    if match is None:
        return ""
    phrase = _trim(text[match.start() :])
    return _NP_1.sub("the ", phrase)


_NP = re.compile(
    rf"\b{_DET} (?!(?:is|are|was|were|has|have|will|would|can|could|should|does|did|do|"
    r"makes?|works?|seems?|looks?)\b).+$"
)


def _q(text: str) -> str:
    text = _Q_1.sub(" ", text).strip()
    return text[:1].upper() + text[1:] + "?"


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
                _q(f"How does {_cut(why, head, 's')} compare with {_cut(why, head, 'o')} for you")
            ]
        how = _LEADING_HOW.match(fold(head))
        if how is not None:
            topic = _cut(how, head, "s")
            return [_q(f"What did you think of {topic}"), _q(f"What stood out for you in {topic}")]
    # What follows a comma in a closed question is an appendix ("…, or just me?")
    head = _positive(head.split(",", 1)[0])
    low = fold(head)
    frame = _FRAMES.match(low)
    if frame is not None:
        out = _from_clause(head[frame.end() :])
    elif finding.kind == "declarative":
        out = _from_clause(head)
    else:
        out = _from_question(head, low)
    if not out:
        out = _fallback(head)
    return out


def _from_clause(clause: str) -> list[str]:
    """Rewrites about a statement: "the new layout is better" -> about the new layout."""
    low = fold(clause)
    any_start = _FROM_CLAUSE_1.match(low)
    if any_start is not None:
        return [_q(f"What {_cut(any_start, clause, 'n')} do you have{any_start.group('x')}")]
    anyone = _FROM_CLAUSE_2.match(low)
    if anyone is not None:
        rest = _cut(anyone, clause, "x")
        verb = "is " if _FROM_CLAUSE_3.match(fold(rest)) else ""
        return [_q(f"Who {verb}{rest}")]
    match = _CLAUSES[0].match(low) or _CLAUSES[1].match(low)
    if match is None:
        return []
    subject, verb, rest = _cut(match, clause, "s"), match.group("v"), _cut(match, clause, "rest")
    subject = _lower_start(subject)
    past = verb in ("was", "were", "had", "made", "worked", "helped", "looked") or (
        verb.endswith("ed")
    )
    think = "What did you think of" if past else "What do you think of"
    if fold(subject) in _PRONOUNS:
        topic = _np(rest)
        if not topic:
            return []
        return [_q(f"{think} {topic}"), _q(f"What would make {topic} better for you")]
    return [_q(f"{think} {subject}"), _q(f"What would you change about {subject}")]


def _from_question(head: str, low: str) -> list[str]:
    for pattern, build in _SHAPES:
        match = pattern.match(low)
        if match is not None:
            out = build(match, head)
            if out:
                return out
    if _FROM_QUESTION_1.match(low):
        return _from_clause(head)
    return []


def _like(m: re.Match[str], head: str) -> list[str]:
    aux, verb, topic = m.group("aux"), _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    if aux == "did":
        return [
            _q(f"What did you {verb} most about {topic}"),
            _q(f"How did {topic} change the way you work"),
        ]
    return [
        _q(f"What do you {verb} most about {topic}"),
        _q(f"What would you change about {topic}"),
    ]


def _find(m: re.Match[str], head: str) -> list[str]:
    aux, rest = m.group("aux"), _trim(_cut(m, head, "x"))
    words = rest.split()
    if len(words) >= 2 and _QUALITIES.match(fold(words[-1])):
        topic, quality = " ".join(words[:-1]), words[-1]
        return [
            _q(f"What {aux} you find {quality} about {topic}"),
            _q(f"How {aux} you find {topic}"),
        ]
    return [_q(f"How {aux} you find {rest}")]


def _think(m: re.Match[str], head: str) -> list[str]:
    return _from_clause(_cut(m, head, "x"))


def _feel(m: re.Match[str], head: str) -> list[str]:
    rest = _trim(_cut(m, head, "x"))
    return [_q(f"What helps you feel {rest}"), _q(f"What would make you feel more {rest}")]


def _have_a(m: re.Match[str], head: str) -> list[str]:
    topic = _np(_cut(m, head, "x"))
    return [_q(f"What would help you get started with {topic}")] if topic else []


def _know(m: re.Match[str], head: str) -> list[str]:
    topic = _np(_cut(m, head, "x"))
    if not topic:
        return []
    return [_q(f"What do you know about {topic}"), _q(f"How could {topic} help you")]


def _have(m: re.Match[str], head: str) -> list[str]:
    noun, rest = _cut(m, head, "n"), _trim(_cut(m, head, "x"))
    return [_q(f"What {noun} do you have {rest}")]


def _something(m: re.Match[str], head: str) -> list[str]:
    aux, verb, rest = m.group("aux"), _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    return [_q(f"What {aux} you {verb} {rest}")]


def _any_noun(m: re.Match[str], head: str) -> list[str]:
    aux, verb = m.group("aux"), _cut(m, head, "v")
    noun, rest = _cut(m, head, "n"), _trim(_cut(m, head, "x"))
    return [_q(f"What {noun} {aux} you {verb} {rest}")]


def _want(m: re.Match[str], head: str) -> list[str]:
    rest = _trim(_cut(m, head, "x"))
    if fold(rest).startswith("to "):
        return [_q(f"What would make you want {rest}"), _q(f"What would help you {rest[3:]}")]
    rest = _WANT_1.sub("", rest)
    return [
        _q(f"What kind of {rest} would you like"),
        _q(f"What would make {rest} worth it for you"),
    ]


def _do_you(m: re.Match[str], head: str) -> list[str]:
    aux, verb, rest = m.group("aux"), _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    topic = _np(rest)
    if aux == "did":
        out = [_q(f"What did you think of {topic}")] if topic else []
        return [*out, _q(f"What was it like to {verb} {rest}")]
    return [_q(f"How do you {verb} {rest}"), _q(f"What would help you {verb} {rest} more often")]


def _do_someone(m: re.Match[str], head: str) -> list[str]:
    verb, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    if m.group("aux") == "did":
        return [_q(f"What was it like for you to {verb} {rest}")]
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "o")) else "s")
    return [_q(f"Who {third} {rest}")]


def _do_it(m: re.Match[str], head: str) -> list[str]:
    aux, subject = m.group("aux"), _cut(m, head, "s")
    verb, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    think = "What did you think of" if aux == "did" else "What do you think of"
    if fold(subject) in _PRONOUNS:
        return [_q(f"How {aux} {subject} {verb} {rest}")]
    if fold(verb) in ("look", "seem", "feel", "sound"):
        return [_q(f"How {aux} {subject} {verb} to you"), _q(f"{think} {subject}")]
    return [_q(f"{think} {subject}"), _q(f"How {aux} {subject} {verb} {rest}")]


def _there(m: re.Match[str], head: str) -> list[str]:
    which, rest = m.group("w"), _trim(_cut(m, head, "x"))
    if which in ("anything", "something", "nothing"):
        return [_q(f"What is one thing {rest}")]
    if which in ("any", "some"):
        return [_q(f"What are some {rest}")]
    return [_q(f"What can you tell us about {which} {rest}")]


def _be_you(m: re.Match[str], head: str) -> list[str]:
    rest = _cut(m, head, "x")
    low = fold(rest)
    us = "us" if m.group("p") == "we" else "you"
    going = _BE_YOU_1.match(low)
    if going is not None:
        return [_q(f"What would help {us} {_trim(_cut(going, rest, 'x'))}")]
    topic = _np(rest)
    if topic:
        return [_q(f"What do you think of {topic}"), _q(f"What would make {topic} better for you")]
    if low.startswith("new"):
        return ["What brought you here?", "What are you hoping to find here?"]
    if us == "you" and len(low.split()) >= 2:
        return [_q(f"What makes you {rest}")]
    return []


def _be(m: re.Match[str], head: str) -> list[str]:
    be, rest = m.group("be"), _trim(_cut(m, head, "x"))
    preposition = _PREPOSITION.search(fold(rest))
    tail = ""
    if preposition is not None:
        rest, tail = rest[: preposition.start()], " " + rest[preposition.start() + 1 :]
    if not _BE_2.match(fold(tail)):
        tail = ""
    low = fold(rest)
    this = _BE_1.match(low)
    if this is not None:
        return [_q(f"What can you tell us about {_cut(this, rest, 'x')}")]
    words = rest.split()
    if len(words) < 2:
        return []
    last = fold(words[-1])
    adjective = (
        bool(_QUALITIES.match(last))
        or last in _STATES
        or (len(last) > 4 and last.endswith(("er", "ing", "ed", "ful", "ble", "ive", "ous")))
    )
    subject_words = words[:-1] if adjective else words
    for at in range(2, len(subject_words)):
        if fold(subject_words[at]) in _DEGREE:  # "the Discord link still valid"
            subject_words = subject_words[:at]
            break
    while len(subject_words) > 1 and fold(subject_words[-1]) in _DEGREE:
        subject_words = subject_words[:-1]
    if fold(subject_words[0]) in ("it", "this", "that", "there") and len(subject_words) > 1:
        return []  # "Is it time we changed…": no subject to ask about
    subject = _lower_start(" ".join(subject_words))
    if fold(subject) in ("it", "this", "that") and not adjective:
        return []
    out = []
    if _QUALITIES.match(last):
        out.append(_q(f"How {words[-1]} {be} {subject}{tail}"))
    out.append(_q(f"What {be} {subject} like for you{tail}"))
    out.append(_q(f"What would you change about {subject}"))
    return out


def _have_you(m: re.Match[str], head: str) -> list[str]:
    participle, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    past = _PAST.get(fold(participle), participle)
    topic = _np(rest)
    if topic and not _HAVE_YOU_1.match(fold(rest)):
        return [
            _q(f"What did you think of {topic}"),
            _q(f"What was it like when you {past} {rest}"),
        ]
    return [
        _q(f"What was it like when you {past} {rest}"),
        f"Tell us about a time you {past} {rest}.",
    ]


def _have_someone(m: re.Match[str], head: str) -> list[str]:
    participle, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    topic = _np(rest)
    out = [_q(f"Who has {participle} {rest}")]
    return [*out, _q(f"What did you think of {topic}")] if topic else out


def _have_it(m: re.Match[str], head: str) -> list[str]:
    aux, subject = m.group("aux"), _cut(m, head, "s")
    participle, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    return [_q(f"How {aux} {subject} {participle} {rest}"), _q(f"What do you think of {subject}")]


def _recommend(m: re.Match[str], head: str) -> list[str]:
    topic = _RECOMMEND_1.sub("", _trim(_cut(m, head, "x")))
    return [_q(f"What would you tell a friend about {topic}"), _q(f"Who would enjoy {topic} most")]


def _would_like(m: re.Match[str], head: str) -> list[str]:
    rest = _trim(_cut(m, head, "x"))
    if fold(rest).startswith("to "):
        return [_q(f"What would make you want {rest}")]
    return [_q(f"How would {rest} help you"), _q(f"What would you like instead of {rest}")]


def _modal_you(m: re.Match[str], head: str) -> list[str]:
    verb, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    out = [_q(f"What would make it easier for you to {verb} {rest}")]
    return out if fold(verb) == "help" else [*out, _q(f"What would help you {verb} {rest}")]


def _modal_we(m: re.Match[str], head: str) -> list[str]:
    verb, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    topic = _np(rest)
    out = [_q(f"What would change for you if we {verb} {rest}")]
    return [*out, _q(f"What do you think about {topic}")] if topic else out


def _it_help(m: re.Match[str], head: str) -> list[str]:
    rest = _trim(_cut(m, head, "x"))
    return [_q(f"How would it work for you if we {rest}")]


def _modal_it(m: re.Match[str], head: str) -> list[str]:
    modal, subject = m.group("aux"), _cut(m, head, "s")
    verb, rest = _cut(m, head, "v"), _trim(_cut(m, head, "x"))
    if fold(verb) == "be":
        return [
            _q(f"How {modal} {subject} be {rest}"),
            _q(f"What would you change about {subject}"),
        ]
    return [_q(f"How should {subject} {verb} {rest}")]


_SUBJECT = rf"(?P<s>{_DET} (?:[\w'-]+ ){{0,3}}?[\w'-]+|this|that|it|they|members|newcomers|people)"
_BASE = (
    r"(?:look|seem|feel|sound|work|help|make|need|want|go|matter|fit|cover|include|happen|"
    r"take|run|know|have|get|mean|meet|change|improve|show|give|answer|explain|stay|start|"
    r"end|load|open|allow|let|support|affect|reach|suit|motivate|use|like|love)"
)
_SHAPES = [
    (re.compile(rf"^(?P<aux>do|does|did) you (?P<v>{_LIKE}) (?P<x>.+)$"), _like),
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
    (re.compile(r"^(?:is|was) (?:anyone|anybody|someone|somebody)(?: else)? (?P<x>.+)$"), lambda m, h: [_q(f"Who else is {_trim(_cut(m, h, 'x'))}")]),
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
    topic = _trim(head[matches[-1].start() :])
    return [_q(f"What do you think about {topic}"), _q(f"What would make {topic} better for you")]


def _fallback(head: str) -> list[str]:
    topic = _np(head)
    if topic:
        return [
            _q(f"What do you think about {topic}"),
            _q(f"What would make {topic} better for you"),
        ]
    return ["What would you like to tell us about this?", "What has your experience been so far?"]


_VERB_START = re.compile(
    r"(?:like|love|enjoy|plan|read|write|use|start|stop|find|attend|join|meet|hold|have|come|"
    r"go|get|watch|see|take|introduce|post|wait|call|email|ask|stay|leave|vote|pay|sign|"
    r"share|keep|drop|do|be|just|try|learn|run|move|open|close)\b"
)


def choices(first: str, second: str) -> list[str]:
    if _VERB_START.match(fold(first)) or _VERB_START.match(fold(second)):
        return [_q(f"How do you decide whether to {first} or {second}"),
                _q(f"What would make it easier to decide whether to {first} or {second}")]  # fmt: skip
    return [
        _q(f"How do you choose between {first} and {second}"),
        _q(f"Besides {first} and {second}, what would work well for you"),
    ]
