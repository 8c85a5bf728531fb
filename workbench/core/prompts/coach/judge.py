"""Judging one sentence with a language's rules: is it a question, and which flags it sets.

The same steps for both languages (the rules differ, english.py and french.py):

1. Split the sentence at , : ; into clauses. A last clause such as "right", "didn't you",
   "n'est-ce pas" is a tag: the question is closed and leading.
2. The head is the first clause that starts like a question, after discourse words ("So,",
   "Quick question:", "Alors,"): a question word (open), an invitation ("Tell us…", open),
   a request to tell ("Can you share how…", open), an auxiliary or an inversion (closed).
   With none, a sentence ending in "?" is a declarative question ("You liked it?"): closed.
   Without "?", only a clear question shape counts ("Did you like it", "Avez-vous aimé").
3. Flags on the head and what follows it: either/or ("A or B" in a closed question, or a
   choice after a comma or colon), leading (negative openings with an opinion word, tags,
   "surely"), double-barrelled ("and" joining two asks, two verbs or two qualities, or two
   things in a yes/no question). Either/or is closed too: people pick an offered answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.prompts.coach.text import clauses

Pattern = re.Pattern[str]


@dataclass(frozen=True)
class Rules:
    discourse: Pattern  # words before the real start of a clause ("so ", "quick question")
    tag: Pattern  # a whole last clause that is a tag
    open_start: Pattern
    invite: Pattern
    request: Pattern
    closed_start: Callable[[str, bool], bool]  # (clause, ends with "?")
    shape: Callable[[str], bool]  # a closed start that is a question even without "?"
    exclaim: Pattern  # "What a day" without "?" is not a question
    in_situ: Pattern | None  # a question word inside a declarative one ("Tu fais quoi ?")
    leading_any: Pattern  # leading wherever in the head ("surely", "you agree that")
    leading_open: Pattern  # open but leading ("How amazing was…")
    negative: Pattern  # a negative closed head
    cue: Pattern  # an opinion or praise word that makes a negative head leading
    second_ask: Pattern  # group "cut": the conjunction before a second ask
    pairs: tuple[Pattern, ...]  # groups "a" and "b": two verbs, qualities or question words
    conj: Pattern  # "and" joining two things in a closed question
    fixed: Pattern  # fixed expressions with "and" that are one thing
    alt: Pattern  # "or" offering a choice
    any_before: Pattern  # "any …" before the "or": a yes/no about either thing
    choice_tail: Pattern  # ", A or B" ending an open question; groups "a" and "b"
    either: Pattern  # "either … or", "soit … soit"
    alone: Pattern  # a verbless invitation that is open ("Thoughts?", "Vos impressions ?")
    second_clause: Pattern  # after "or": a second clause ("or is it", "ou est-ce")
    verb_before: Pattern  # a verb before the first option ("join online or …"), not part of it
    opener: Pattern  # the opening of a closed question ("Is", "Préférez-vous"), not an option


@dataclass(frozen=True)
class Finding:
    question: bool
    closed: bool = False
    leading: bool = False
    double: bool = False
    either_or: bool = False
    tag: bool = False
    kind: str = ""  # open, invite, request, closed, declarative
    head: str = ""  # the head and what follows it, as written (no tag, no terminator)
    before: str = ""  # what comes before the head, as written ("Looking back, ")
    parts: tuple[str, str] | None = None  # the two asks of a double-barrelled question
    options: tuple[str, str] | None = None  # the two choices of an either/or question

    @property
    def flagged(self) -> bool:
        return self.closed or self.leading or self.double or self.either_or


NOT_A_QUESTION = Finding(question=False)


# Patterns the functions below use, compiled once (in the order they appear).
_WITHOUT_1 = re.compile(r"\s{2,}")


def _start(rules: Rules, clause: str) -> int:
    """Where a clause really starts, past discourse words."""
    position = 0
    while True:
        match = rules.discourse.match(clause, position)
        if match is None or match.end() == position:
            # Nothing but discourse words ("OK?"): then they are the question.
            return position if position < len(clause.rstrip()) else 0
        position = match.end()


def _kind(rules: Rules, clause: str, asks: bool) -> str:
    if rules.request.match(clause):
        return "request"
    if rules.open_start.match(clause):
        return "open"
    if rules.invite.match(clause):
        return "invite"
    if rules.closed_start(clause, asks):
        return "closed"
    return ""


def judge(rules: Rules, written: str, folded: str, asks: bool, stop: str) -> Finding:
    """The finding for one sentence body (``written`` as typed, ``folded`` for matching)."""
    if written.isupper() and len(written.lower()) == len(written):
        written = written.lower()  # ALL CAPS: rewrites in ordinary case
    parts = clauses(folded)
    if not parts:
        return NOT_A_QUESTION
    end = len(folded)
    tag = False
    if asks and len(parts) >= 2:
        offset, last = parts[-1]
        last = last.strip()
        if rules.tag.fullmatch(last) or rules.tag.fullmatch(last[_start(rules, last) :]):
            tag, end = True, offset
            parts = parts[:-1]
    head_at, kind = -1, ""
    for offset, clause in parts:
        start = _start(rules, clause)
        kind = _kind(rules, clause[start:], asks)
        if kind:
            head_at = offset + start
            break
    if head_at < 0:
        head_at, kind = parts[0][0] + _start(rules, parts[0][1]), "declarative"
    head = folded[head_at:end].rstrip(" ,;:")
    shown = written[head_at : head_at + len(head)]
    if kind == "invite":
        return Finding(question=asks, kind=kind, head=shown, before=written[:head_at])
    if not asks and not tag:
        if kind == "declarative" or (kind == "closed" and not rules.shape(head)):
            return NOT_A_QUESTION
        if kind in ("open", "request") and (stop == "!" or rules.exclaim.match(head)):
            return NOT_A_QUESTION
    if kind == "declarative" and rules.in_situ is not None and rules.in_situ.search(head):
        kind = "open"
    if kind in ("declarative", "closed") and rules.alone.fullmatch(head):
        kind = "open"
    options, main = _options(rules, head, shown, kind)
    either_or = options is not None or main != shown or bool(rules.either.search(head))
    closed = either_or or tag or kind in ("closed", "declarative")
    leading = tag or bool(rules.leading_any.search(head))
    if kind in ("closed", "declarative") and rules.negative.match(head):
        leading = leading or bool(rules.cue.search(head))
    if kind == "open" and rules.leading_open.match(head):
        leading = True
    two = _parts(rules, head, shown, closed and not either_or)
    return Finding(
        question=True,
        closed=closed,
        leading=leading,
        double=two is not None,
        either_or=either_or,
        tag=tag,
        kind=kind,
        head=main,
        before=written[:head_at],
        parts=two,
        options=options,
    )


def _without(shown: str, start: int, end: int) -> str:
    return _WITHOUT_1.sub(" ", shown[:start] + shown[end:]).strip(" ,")


def _parts(rules: Rules, head: str, shown: str, closed: bool) -> tuple[str, str] | None:
    """The two asks of a double-barrelled question, as two questions, or None."""
    for pair in rules.pairs:
        match = pair.search(head)
        if match is not None:
            a0, a1, b0, b1 = match.start("a"), match.end("a"), match.start("b"), match.end("b")
            joint = rules.conj.search(head, a1 - 1, b0 + 1)
            if joint is not None and head[a1 : joint.start()].strip():
                # "read the newsletter and share it": the first ask ends at "and"
                return shown[: joint.start()].strip(" ,"), _without(shown, a0, b0)
            return _without(shown, a1, b1), _without(shown, a0, b0)
    match = rules.second_ask.search(head)
    if match is not None:
        cut = match.start("cut")
        first, second = shown[:cut].rstrip(" ,"), shown[match.end("cut") :]
        if first.count(" ") >= 1:
            return first, second
    if closed:
        cleaned = rules.fixed.sub(lambda m: "x" * len(m.group()), head)
        match = rules.conj.search(cleaned)
        if match is not None:
            b0 = match.end()
            b1 = _item_end(head, b0)
            a0 = _item_start(head, match.start(), len(head[b0:b1].split()))
            return _without(shown, match.start(), b1), _without(shown, a0, b0)
    return None


_CLAUSE_END = re.compile(r"[,;:]")
# Words that make a choice on their own, the first before "or", the second after it.
PAIRED = frozenset(
    [
        *("better", "worse", "more", "less", "for", "against", "yes", "no", "in", "out"),
        *("pour", "contre", "oui", "non", "mieux", "pire", "plus", "moins", "meilleur"),
    ]
)
_ARTICLE = re.compile(r"(?:(?<=\s)|^)(?:a|an|the|un|une|le|la|les|des|l')(?: |(?<='))$")


def _item_end(head: str, start: int) -> int:
    stop = _CLAUSE_END.search(head, start)
    return stop.start() if stop else len(head)


def _word_end(head: str, start: int, count: int) -> int:
    """Where ``count`` words from ``start`` end."""
    position = start
    for _ in range(max(count, 1)):
        space = head.find(" ", position + 1)
        if space < 0:
            return len(head)
        position = space
    return position


def _item_start(head: str, end: int, count: int) -> int:
    """Where the ``count`` words before ``end`` begin (the first of two parallel items)."""
    before = head[:end].rstrip()
    position = len(before)
    for _ in range(max(count, 1)):
        space = before.rfind(" ", 0, position)
        if space < 0:
            return 0
        position = space
    return position + 1


def _options(rules: Rules, head: str, shown: str, kind: str) -> tuple[tuple[str, str] | None, str]:
    """The two offered choices of an either/or question (or None), and the question to
    rewrite: the head, or only its first half when the choice is between two clauses
    ("Is there a fee or is it free?")."""
    match = rules.choice_tail.search(head)
    if match is not None:
        return (
            shown[match.start("a") : match.end("a")],
            shown[match.start("b") : match.end("b")],
        ), shown
    if kind not in ("closed", "declarative"):
        return None, shown
    match = rules.alt.search(head)
    if match is None or rules.any_before.search(head, 0, match.start()):
        return None, shown
    b0 = match.end()
    rest = head[b0:]
    if rules.second_clause.match(rest) or rules.open_start.match(rest) or rules.opener.match(rest):
        return None, shown[: match.start()].strip(" ,")
    b1 = _item_end(head, b0)
    # The first option starts after the question's opening word ("Is", "Préférez-vous")
    # and has as many words as the second; a verb in front of it is not part of it.
    opener = rules.opener.match(head)
    floor = opener.end() if opener is not None else 0
    a0 = max(floor, _item_start(head, match.start(), len(head[b0:b1].split())))
    verb = rules.verb_before.match(head, a0)
    if verb is not None and verb.end() < match.start():
        a0 = verb.end()
    article = _ARTICLE.search(head, 0, a0)
    if article is not None and article.end() == a0 and article.start() >= floor:
        a0 = article.start()  # "a long workshop", "un long atelier"
    before, after = head[a0 : match.start()].split(), head[b0:b1].split()
    if len(before) > 1 and before[-1] in PAIRED and after and after[0] in PAIRED:
        # "better or worse than before", "pour ou contre le logo": the two words are the choice
        a0, b1 = match.start() - len(before[-1]), b0 + len(after[0])
    count = len(head[a0 : match.start()].split())
    if len(head[b0:b1].split()) > count + 1:  # "the forum or the chat more useful to you"
        b1 = min(b1, _word_end(head, b0, count))
    first = shown[a0 : match.start()].strip(" ,")
    if a0 == 0:
        first = first[:1].lower() + first[1:] if first[1:2].islower() else first
    return (first, shown[b0:b1].strip(" ,")), shown
