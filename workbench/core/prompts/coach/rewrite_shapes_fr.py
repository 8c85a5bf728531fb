"""The shapes of French yes/no questions (inversion, "est-ce que", declarative) and the
open rewrites each gets ("Avez-vous aimé X ?" -> "Qu'avez-vous le plus aimé dans X ?").
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.rewrite_phrases_fr import (
    DET,
    FEMININE,
    QUALITY,
    VOWEL,
    Voice,
    ask,
    brought,
    cut,
    infinitive_of,
    lower_start,
    noun_phrase,
    trim,
    with_a,
    with_de,
    with_que,
)
from workbench.core.prompts.coach.text import fold

_LIKE = re.compile(r"(?:aime|apprecie|adore|prefere|deteste)(?:e|s|es)?$")
_MODAL = re.compile(
    r"(?:pouvez|pourriez|voulez|voudriez|allez|comptez|devez|souhaitez|aimeriez|peux|"
    r"pourrais|veux|vas|comptes|dois|souhaites|aimerais|serez|seras)$"
)


_CLAUSE_VERB = (
    r"(?:est|sont|etait|etaient|a|ont|sera|seront|serait|vaut|valait|marche|marchait|"
    r"convient|fonctionne|semble|parait|motive|aide|plait|[a-z]+ent|[a-z]+ait)"
)


_CLAUSE = re.compile(
    r"^(?P<s>(?:c'|ca|cela|on|tout le monde|quelqu'un|vous|tu|nous)|"
    rf"(?:{DET} ?)?(?:[\w'-]+ ){{0,3}}?[\w'-]+) (?:ne |n')?(?:vous |te |t'|leur |lui )?"
    rf"(?P<v>{_CLAUSE_VERB}|avez|as|avons)\b(?: pas)? ?(?P<rest>.*)$"
)


_PRONOUNS = {"ce", "c'", "ca", "cela", "on", "tout le monde", "quelqu'un", "vous", "tu", "nous"}
_FROM_QUESTION_1 = re.compile(r"^(?:il )?y a(?:-t-il)? (?P<x>.+)$")
_FROM_QUESTION_2 = re.compile(
    r"^(?P<pro>(?:(?:vous|te|se|le|la|les|y|en) |t'|s'|l')*)(?P<v>[a-zœ]+)-(?:t-)?"
    r"(?P<p>vous|tu|nous|on|il|elle|ils|elles|je)\b ?(?P<x>.*)$"
)


_FROM_QUESTION_4 = re.compile(
    r"^(?P<p>vous|tu) (?P<pro>(?:(?:vous|te|se|le|la|les|y|en) |t'|s'|l')*)"
    r"(?P<v>[a-zœ]+) ?(?P<x>.*)$"
)


_FROM_QUESTION_3 = re.compile(
    r"^(?P<s>.+?) (?:(?:vous|nous|te|le|la|les|lui|leur|y|en) |t'|l'|s')*"
    r"(?P<v>[a-zœ]+)-(?:t-)?(?:il|elle|ils|elles|on)\b ?(?P<x>.*)$"
)


_THERE_1 = re.compile(r"^(?:quelque chose|rien) (?:que |qu')(?P<x>.+)$")
_THERE_2 = re.compile(r"^(?:des|d'autres|quelques) (?P<n>[\w-]+)(?P<x>.*)$")
_SECOND_PERSON_3 = re.compile(
    r"(?:^|\s+)(?:a|à) (?:un|une|vos|tes) (?:ami|amie|collegue|collègue)s?$"
)


_PLACE = re.compile(r"^(?:à|a|au|aux|en|chez|dans|sur place|là)\b")
_SECOND_PERSON_1 = re.compile(
    r"^(?:pret|prete|prets|pretes|dispose\w*|partant\w*) (?:a|à) (?P<x>.+)$"
)


_SECOND_PERSON_2 = re.compile(r"^(?:(?:vous|te|se|nous) |[mts]')?[a-zœ]+(?:er|ir|re|oir)\b")
_HAVE_1 = re.compile(r"^(?:(?:des|de|quelques) |d')(?P<n>[\w-]+)(?P<x>.*)$")
_HAVE_2 = re.compile(r"^(?:dej[aà] |jamais )?(?P<pp>[\w-]+) ?(?P<x>.*)$")
_HAVE_3 = re.compile(r"^(?:dej[aà] |jamais )?(?P<pp>[\w-]+) quelque chose ?(?P<x>.*)$")
_HAVE_4 = re.compile(r"^(?:un|une|des|de|d')\b")
_WE_1 = re.compile(r"^(?:tous|toutes|ensemble) ")
_SUBJECT_1 = re.compile(r"^quelqu'un(?P<x>.*)$")
_SUBJECT_2 = re.compile(r"[a-zœ]+(?:er|ir|re|oir)\b")
_SUBJECT_3 = re.compile(r"(?:doi|peu|pourr|devr|doiv|sau)")
_FROM_CLAUSE_1 = re.compile(r"^(?:des|d'autres|quelques) (?P<n>[\w-]+)(?P<x>.*)$")
_FROM_CLAUSE_2 = re.compile(r"^quelqu'un (?P<x>(?:pour|de) .+)$")


def from_question(head: str, low: str, voice: Voice) -> list[str]:
    there = _FROM_QUESTION_1.match(low)
    if there is not None:
        return _there(cut(there, head, "x"), voice)
    inverted = _FROM_QUESTION_2.match(low)
    if inverted is None:
        inverted = _FROM_QUESTION_4.match(low)
    if inverted is not None:
        verb, rest = lower_start(cut(inverted, head, "v")), trim(cut(inverted, head, "x"))
        person = inverted.group("p")
        if person in ("vous", "tu"):
            return _second_person(verb, rest, inverted.group("pro"), voice)
        if person in ("nous", "on") or fold(verb) == "faut":
            return idea_of(rest, voice)
    complex_ = _FROM_QUESTION_3.match(low)
    if complex_ is not None:
        return _subject(
            cut(complex_, head, "s"),
            complex_.group("v"),
            trim(cut(complex_, head, "x")),
            voice,
            head,
        )
    return []


def _there(rest: str, voice: Voice) -> list[str]:
    low = fold(rest)
    thing = _THERE_1.match(low)
    if thing is not None:
        return [ask(f"Qu'est-ce {with_que(cut(thing, rest, 'x'))}")]
    some = _THERE_2.match(low)
    if some is not None:
        noun = cut(some, rest, "n")
        which = "Quelles" if FEMININE.search(fold(noun)) else "Quels"
        return [ask(f"{which} sont les {noun}{rest[some.start('x') :]}")]
    topic = noun_phrase(rest)
    return [ask(f"Que pouvez-vous nous dire sur {topic}")] if topic else []


def _second_person(verb: str, rest: str, pronouns: str, voice: Voice) -> list[str]:
    low_verb, low = fold(verb), fold(rest)
    if low_verb in ("avez", "as"):
        return _have(rest, voice)
    if low_verb.startswith("recommand"):
        topic = _SECOND_PERSON_3.sub("", rest).strip()
        if not topic or fold(topic).startswith(("a ", "à ")):
            return [ask(f"{voice.tell} à un collègue qui hésite")]
        return [
            ask(f"{voice.tell} {with_de(topic)} à un ami"),
            ask(f"À qui recommanderiez-vous {topic}"),
        ]
    if low_verb in ("serez", "seras", "etes", "es", "seriez", "serais") and _PLACE.match(low):
        return [ask(f"{voice.help} venir {rest}")]
    ready = _SECOND_PERSON_1.match(low)
    if low_verb in ("seriez", "etes", "serais", "es") and ready is not None:
        return [ask(f"{voice.help} {cut(ready, rest, 'x')}")]
    if low_verb in ("etes", "es", "seriez", "serais"):
        topic = noun_phrase(rest)
        return (
            [ask(f"{voice.think} {with_de(topic)}"), ask(f"{voice.change} {with_a(topic)}")]
            if topic
            else []
        )
    infinitive_next = _SECOND_PERSON_2.match(low)
    if _MODAL.match(low_verb) and rest and infinitive_next is not None:
        if low_verb.startswith(("voul", "veu", "souhait", "aimer")):
            joined = "d'" if VOWEL.match(rest) else "de "
            return [ask(f"{voice.want} {joined}{rest}")]
        return [ask(f"{voice.help} {rest}")]
    if low_verb.startswith(("voul", "veu", "souhait")) and rest:
        return [ask(f"Qu'est-ce {with_que(rest)} {voice.obj}apporterait")]
    if not rest:
        return [ask(f"Qu'est-ce qui pèserait dans {'ta' if voice.tu else 'votre'} décision")]
    if low_verb in ("sentez", "sens") and "vous" in fold(pronouns) + "vous":
        return [ask(f"Qu'est-ce qui {voice.obj}aide à {voice.you} sentir {rest}")]
    words = rest.split()
    if low_verb.startswith("trouv") and len(words) >= 2 and QUALITY.match(fold(words[-1])):
        topic, quality = " ".join(words[:-1]), words[-1]
        return [
            ask(
                f"Qu'est-ce que {voice.you} trouvez {quality} dans {topic}".replace(
                    "toi trouvez", "tu trouves"
                )
            )
        ]
    infinitive = infinitive_of(verb)
    person = "-tu" if voice.tu else "-vous"
    pronoun = pronouns.strip()
    pronoun = (pronoun + " ") if pronoun and not pronoun.endswith("'") else pronoun
    out = [ask(f"Comment {pronoun}{verb}{person} {rest}")]
    if rest:
        out.append(
            ask(
                f"{voice.want} {'d' + chr(39) if VOWEL.match(infinitive) else 'de '}{infinitive} {rest} plus souvent"
            )
        )
    return out


def _have(rest: str, voice: Voice) -> list[str]:
    low = fold(rest)
    some = _HAVE_1.match(low)
    if some is not None:
        noun = cut(some, rest, "n")
        which = "Quelles" if FEMININE.search(fold(noun)) else "Quels"
        have = "as-tu" if voice.tu else "avez-vous"
        return [ask(f"{which} {noun} {have}{rest[some.start('x') :]}")]
    done = _HAVE_2.match(low)
    if done is None:
        return []
    thing = _HAVE_3.match(low)
    if thing is not None:
        have = "as-tu" if voice.tu else "avez-vous"
        rest_x = trim(cut(thing, rest, "x"))
        return [ask(f"Qu'{have} {cut(thing, rest, 'pp')} {rest_x}")]
    participle, topic_text = cut(done, rest, "pp"), trim(cut(done, rest, "x"))
    low_pp = fold(participle)
    words = topic_text.split()
    if low_pp.startswith("trouv") and len(words) >= 2 and QUALITY.match(fold(words[-1])):
        topic = " ".join(words[:-1])
        return [
            ask(f"{voice.found(words[-1])} dans {topic}"),
            ask(f"{voice.thought} {with_de(topic)}"),
        ]
    indefinite = _HAVE_4.match(fold(topic_text))
    if _LIKE.match(low_pp) and topic_text and not indefinite:
        return [ask(f"{voice.most(participle)} dans {topic_text}"),
                ask(f"Qu'est-ce {with_que(topic_text)} {voice.obj}{brought(topic_text)}")]  # fmt: skip
    topic = noun_phrase(topic_text)
    if topic and not indefinite:
        return [ask(f"{voice.thought} {with_de(topic)}"),
                ask(f"Qu'est-ce {with_que(topic)} {voice.obj}{brought(topic)}")]  # fmt: skip
    have = "tu as" if voice.tu else "vous avez"
    return [voice.a_time(participle, topic_text),
            ask(f"Comment cela s'est-il passé quand {have} {participle} {topic_text}")]  # fmt: skip


def idea_of(rest: str, voice: Voice) -> list[str]:
    rest = _WE_1.sub("", rest)
    words = rest.split(" ", 1)
    if not words[0]:
        return []
    infinitive, tail = words[0], (words[1] if len(words) > 1 else "")
    joined = ("d'" if VOWEL.match(infinitive) else "de ") + infinitive
    out = [ask(f"{voice.idea} {joined} {tail}")]
    topic = noun_phrase(tail)
    return [*out, ask(f"{voice.think} {with_de(topic)}")] if topic else out


def _subject(subject: str, verb: str, rest: str, voice: Voice, whole: str = "") -> list[str]:
    subject = lower_start(subject)
    low = fold(subject)
    someone = _SUBJECT_1.match(low)
    if someone is not None:
        return [ask(f"Qui{subject[someone.start('x') :]} {_third(verb)} {rest}")]
    past = verb in ("etait", "etaient") or (verb in ("a", "ont") and bool(rest))
    think = voice.thought if past else voice.think
    out = [ask(f"{think} {with_de(subject)}"), ask(f"{voice.change} {with_a(subject)}")]
    infinitive = _SUBJECT_2.match(fold(rest))
    if _SUBJECT_3.match(verb) and infinitive and not rest.startswith("être"):
        return [ask(f"Qu'est-ce qui aiderait {subject} à {rest}"), *out]
    if whole and verb not in _COPULAS:
        out.insert(0, ask(f"Comment {lower_start(whole)}"))
    words = rest.split()
    if words and QUALITY.match(fold(words[-1])):
        out.insert(1, ask(f"Qu'est-ce qui rendrait {subject} plus {words[-1]} pour {voice.you}"))
    return out


_COPULAS = {"est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient"}


def _third(verb: str) -> str:
    return {"a": "a", "sait": "sait", "est": "est"}.get(verb, verb)


def from_clause(clause: str, voice: Voice) -> list[str]:
    low = fold(clause.strip())
    clause = clause.strip()
    some = _FROM_CLAUSE_1.match(low)
    if some is not None:
        noun = cut(some, clause, "n")
        which = "Quelles" if FEMININE.search(fold(noun)) else "Quels"
        have = "as-tu" if voice.tu else "avez-vous"
        return [ask(f"{which} {noun} {have}{clause[some.start('x') :]}")]
    someone = _FROM_CLAUSE_2.match(low)
    if someone is not None:
        return [ask(f"Qui est partant {cut(someone, clause, 'x')}")]
    match = _CLAUSE.match(low)
    if match is None:
        topic = noun_phrase(clause)
        return [ask(f"{voice.think} {with_de(topic)}")] if topic else []
    subject, verb, rest = cut(match, clause, "s"), match.group("v"), cut(match, clause, "rest")
    if fold(subject) in ("vous", "tu") and verb in ("avez", "as"):
        return _have(rest, voice)
    if fold(subject) in _PRONOUNS:
        topic = noun_phrase(rest)
        if not topic:
            return []
        past = verb in ("a", "ont", "etait", "etaient", "avez", "as")
        return [ask(f"{voice.thought if past else voice.think} {with_de(topic)}"),
                ask(f"{voice.change} {with_a(topic)}")]  # fmt: skip
    return _subject(subject, verb, rest, voice)
