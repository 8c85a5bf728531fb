"""Open rewrites of French yes/no and leading questions, built from the question's words.

As in rewrite_en.py: patterns match the folded head (no accents), the words put into a
rewrite are cut from the head as written. "Tu" questions get "tu" rewrites.
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.judge import Finding
from workbench.core.prompts.coach.text import fold

_DET = (
    r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|votre|vos|notre|nos|mon|ma|mes|ton|ta|"
    r"tes|son|sa|ses|leur|leurs)"
)
_TRAILING = re.compile(
    r"(?:\s+(?:dej[aà]|encore|aujourd'hui|toujours|bien|maintenant|ici|pour vous|pour toi|"
    r"vraiment|parfois|quelque part))+$"
)
_QUALITY = re.compile(
    r"(?:utile|clair|agreable|interessant|facile|rapide|simple|pratique|accessible|"
    r"amusant|accueillant|pertinent|motivant|long|court|frequent)(?:e|ue)?s?$"
)
_LIKE = re.compile(r"(?:aime|apprecie|adore|prefere|deteste)(?:e|s|es)?$")
_MODAL = re.compile(
    r"(?:pouvez|pourriez|voulez|voudriez|allez|comptez|devez|souhaitez|aimeriez|peux|"
    r"pourrais|veux|vas|comptes|dois|souhaites|aimerais|serez|seras)$"
)
_INFINITIVE = {
    "lisez": "lire", "lis": "lire", "venez": "venir", "viens": "venir", "faites": "faire",
    "fais": "faire", "prenez": "prendre", "connaissez": "connaître", "voulez": "vouloir",
    "pouvez": "pouvoir", "suivez": "suivre", "ecrivez": "écrire", "dites": "dire",
    "allez": "aller", "vas": "aller", "recevez": "recevoir", "sentez": "sentir",
    "partez": "partir", "sortez": "sortir", "devez": "devoir", "savez": "savoir",
    "voyez": "voir", "mettez": "mettre", "croyez": "croire", "etes": "être", "avez": "avoir",
    "es": "être", "as": "avoir", "connais": "connaître", "sais": "savoir", "vois": "voir",
}  # fmt: skip
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
_CLAUSE_VERB = (
    r"(?:est|sont|etait|etaient|a|ont|sera|seront|serait|vaut|valait|marche|marchait|"
    r"convient|fonctionne|semble|parait|motive|aide|plait|[a-z]+ent|[a-z]+ait)"
)
_CLAUSE = re.compile(
    r"^(?P<s>(?:c'|ca|cela|on|tout le monde|quelqu'un|vous|tu|nous)|"
    rf"(?:{_DET} ?)?(?:[\w'-]+ ){{0,3}}?[\w'-]+) (?:ne |n')?(?:vous |te |t'|leur |lui )?"
    rf"(?P<v>{_CLAUSE_VERB}|avez|as|avons)\b(?: pas)? ?(?P<rest>.*)$"
)
_PRONOUNS = {"ce", "c'", "ca", "cela", "on", "tout le monde", "quelqu'un", "vous", "tu", "nous"}
_FEMININE = re.compile(r"(?:ion|ee|te|ure|ence|ance|ie|ude|ique|ette|elle|ise|ode)s?$")
_VOWEL = re.compile(r"^[aeiouyhâàéèêîôûœ]", re.IGNORECASE)


class _Voice:
    """Second-person forms: "vous" or "tu", as the question used."""

    def __init__(self, tu: bool) -> None:
        self.tu = tu
        self.think = "Que penses-tu" if tu else "Que pensez-vous"
        self.thought = "Qu'as-tu pensé" if tu else "Qu'avez-vous pensé"
        self.change = "Que changerais-tu" if tu else "Que changeriez-vous"
        self.help = "Qu'est-ce qui t'aiderait à" if tu else "Qu'est-ce qui vous aiderait à"
        self.want = (
            "Qu'est-ce qui te donnerait envie" if tu else "Qu'est-ce qui vous donnerait envie"
        )
        self.idea = "Que penserais-tu de l'idée" if tu else "Que penseriez-vous de l'idée"
        self.tell = "Que dirais-tu" if tu else "Que diriez-vous"
        self.you = "toi" if tu else "vous"
        self.obj = "t'" if tu else "vous "

    def most(self, participle: str) -> str:
        return f"Qu'as-tu le plus {participle}" if self.tu else f"Qu'avez-vous le plus {participle}"

    def found(self, quality: str) -> str:
        return f"Qu'as-tu trouvé {quality}" if self.tu else f"Qu'avez-vous trouvé {quality}"

    def a_time(self, participle: str, rest: str) -> str:
        if self.tu:
            return f"Raconte-nous une fois où tu as {participle} {rest}."
        return f"Racontez-nous une fois où vous avez {participle} {rest}."


# Patterns the functions below use, compiled once (in the order they appear).
_Q_1 = re.compile(r"\s+")
_PLURAL_1 = re.compile(r"(?:les|des|vos|nos|ces|mes|tes|leurs|ses)\b")
_NP_1 = re.compile(rf"(?:^|(?<=[\s']))(?:{_DET})(?:\s|(?<='))")
_NP_2 = re.compile(r" (?:est|sont|etait|etaient|sera|seront|serait|ont)\b")
_NP_3 = re.compile(r"^(?:un|Un) ")
_NP_4 = re.compile(r"^(?:une|Une) ")
_NP_5 = re.compile(r"^(?:des|Des) ")
_NP_6 = re.compile(r"^(?:le|la) (?=[aeiouyhâàéèêîôûœ])", re.I)
_POSITIVE_1 = re.compile(r"\bpas\b ?")
_POSITIVE_3 = re.compile(r"(?:^|[\s'])(?:ne |n')")
_POSITIVE_2 = re.compile(r"(?:^|(?<=\s))(?:ne |n')(?!est-ce)")
_SINGLE_2 = re.compile(r"\btu\b|-tu\b|\bt'|\bte\b|\btoi\b")
_SINGLE_1 = re.compile(r"^est-ce (?:que |qu')")
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
_IDEA = re.compile(
    r"^(?:ce |c'|il )?(?:ne |n')?(?:serait|est)(?:-ce|-il)?(?: pas)? (?:mieux|preferable|plus simple|"
    r"plus pratique|une bonne idee|temps|utile) (?:de |d')(?P<x>.+)$"
)
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


def _q(text: str) -> str:
    text = _Q_1.sub(" ", text).strip().replace(" '", "'")
    return text[:1].upper() + text[1:] + " ?"


def _cut(match: re.Match[str], text: str, group: str) -> str:
    return text[match.start(group) : match.end(group)].strip()


def _trim(text: str) -> str:
    return _TRAILING.sub("", text.strip(" ,")).strip()


def _lower_start(text: str) -> str:
    return (
        text[:1].lower() + text[1:] if text[1:2].islower() or text[1:2] in ("'", "\u2019") else text
    )


def _plural(phrase: str) -> bool:
    return bool(_PLURAL_1.match(fold(phrase)))


def _de(phrase: str) -> str:
    low = fold(phrase)
    if low.startswith("le "):
        return "du " + phrase[3:]
    if low.startswith("les "):
        return "des " + phrase[4:]
    return ("d'" if _VOWEL.match(phrase) else "de ") + phrase


def _a(phrase: str) -> str:
    low = fold(phrase)
    if low.startswith("le "):
        return "au " + phrase[3:]
    if low.startswith("les "):
        return "aux " + phrase[4:]
    return "à " + phrase


def _que(phrase: str) -> str:
    return ("qu'" if _VOWEL.match(phrase) else "que ") + phrase


def _np(text: str) -> str:
    """The first noun phrase with a determiner ("un wiki" -> "le wiki"), or ""."""
    match = _NP_1.search(fold(text))
    if match is None:
        return ""
    phrase = _trim(text[match.start() :])
    verb = _NP_2.search(fold(phrase))
    if verb is not None:
        phrase = phrase[: verb.start()]
    phrase = _NP_3.sub("le ", phrase)
    phrase = _NP_4.sub("la ", phrase)
    phrase = _NP_5.sub("les ", phrase)
    return _NP_6.sub("l'", _lower_start(phrase))


def _infinitive(verb: str) -> str:
    low = fold(verb)
    if low in _INFINITIVE:
        return _INFINITIVE[low]
    if low.endswith("issez"):
        return verb[:-4] + "r"
    if low.endswith("ndez"):
        return verb[:-2] + "re"
    if low.endswith("ez"):
        return verb[:-2] + "er"
    if low.endswith("es"):
        return verb[:-2] + "er"
    return verb


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
        voice = _Voice(bool(_SINGLE_2.search(fold(head))))
        why = _LEADING_WHY.match(fold(head))
        if why is not None:
            subject = _cut(why, head, "s")
            other = f", comparé {_a(_cut(why, head, 'o'))}" if why.group("o") else ""
            return [_q(f"{voice.think} {_de(subject)}{other}")]
        how = _LEADING_HOW.match(fold(head))
        if how is not None:
            return [_q(f"{voice.thought} {_de(_cut(how, head, 's'))}")]
    # What follows a comma in a closed question is an appendix ("…, ou pas ?")
    finding_head = head.split(",", 1)[0]
    low_head = fold(finding_head)
    voice = _Voice(bool(_SINGLE_2.search(low_head)))
    idea = _IDEA.match(low_head)
    if idea is not None:
        return _we(finding_head[idea.start("x") :], voice)
    frame = _FRAMES.match(low_head)
    if frame is not None:
        return _from_clause(finding_head[frame.end() :], voice) or _fallback(finding_head, voice)
    head = _positive(finding_head)
    low = fold(head)
    est_ce = _SINGLE_1.match(low)
    if est_ce is not None:
        head, low = head[est_ce.end() :], low[est_ce.end() :]
    out = _from_question(head, low, voice)
    if not out and (finding.kind == "declarative" or est_ce is not None):
        out = _from_clause(head, voice)
    return out or _fallback(head, voice)


def _from_question(head: str, low: str, voice: _Voice) -> list[str]:
    there = _FROM_QUESTION_1.match(low)
    if there is not None:
        return _there(_cut(there, head, "x"), voice)
    inverted = _FROM_QUESTION_2.match(low)
    if inverted is None:
        inverted = _FROM_QUESTION_4.match(low)
    if inverted is not None:
        verb, rest = _lower_start(_cut(inverted, head, "v")), _trim(_cut(inverted, head, "x"))
        person = inverted.group("p")
        if person in ("vous", "tu"):
            return _second_person(verb, rest, inverted.group("pro"), voice)
        if person in ("nous", "on") or fold(verb) == "faut":
            return _we(rest, voice)
    complex_ = _FROM_QUESTION_3.match(low)
    if complex_ is not None:
        return _subject(
            _cut(complex_, head, "s"),
            complex_.group("v"),
            _trim(_cut(complex_, head, "x")),
            voice,
            head,
        )
    return []


def _there(rest: str, voice: _Voice) -> list[str]:
    low = fold(rest)
    thing = _THERE_1.match(low)
    if thing is not None:
        return [_q(f"Qu'est-ce {_que(_cut(thing, rest, 'x'))}")]
    some = _THERE_2.match(low)
    if some is not None:
        noun = _cut(some, rest, "n")
        which = "Quelles" if _FEMININE.search(fold(noun)) else "Quels"
        return [_q(f"{which} sont les {noun}{rest[some.start('x') :]}")]
    topic = _np(rest)
    return [_q(f"Que pouvez-vous nous dire sur {topic}")] if topic else []


def _second_person(verb: str, rest: str, pronouns: str, voice: _Voice) -> list[str]:
    low_verb, low = fold(verb), fold(rest)
    if low_verb in ("avez", "as"):
        return _have(rest, voice)
    if low_verb.startswith("recommand"):
        topic = _SECOND_PERSON_3.sub("", rest).strip()
        if not topic or fold(topic).startswith(("a ", "à ")):
            return [_q(f"{voice.tell} à un collègue qui hésite")]
        return [_q(f"{voice.tell} {_de(topic)} à un ami"), _q(f"À qui recommanderiez-vous {topic}")]
    if low_verb in ("serez", "seras", "etes", "es", "seriez", "serais") and _PLACE.match(low):
        return [_q(f"{voice.help} venir {rest}")]
    ready = _SECOND_PERSON_1.match(low)
    if low_verb in ("seriez", "etes", "serais", "es") and ready is not None:
        return [_q(f"{voice.help} {_cut(ready, rest, 'x')}")]
    if low_verb in ("etes", "es", "seriez", "serais"):
        topic = _np(rest)
        return (
            [_q(f"{voice.think} {_de(topic)}"), _q(f"{voice.change} {_a(topic)}")] if topic else []
        )
    infinitive_next = _SECOND_PERSON_2.match(low)
    if _MODAL.match(low_verb) and rest and infinitive_next is not None:
        if low_verb.startswith(("voul", "veu", "souhait", "aimer")):
            joined = "d'" if _VOWEL.match(rest) else "de "
            return [_q(f"{voice.want} {joined}{rest}")]
        return [_q(f"{voice.help} {rest}")]
    if low_verb.startswith(("voul", "veu", "souhait")) and rest:
        return [_q(f"Qu'est-ce {_que(rest)} {voice.obj}apporterait")]
    if not rest:
        return [_q("Qu'est-ce qui pèserait dans votre décision")]
    if low_verb in ("sentez", "sens") and "vous" in fold(pronouns) + "vous":
        return [_q(f"Qu'est-ce qui {voice.obj}aide à {voice.you} sentir {rest}")]
    words = rest.split()
    if low_verb.startswith("trouv") and len(words) >= 2 and _QUALITY.match(fold(words[-1])):
        topic, quality = " ".join(words[:-1]), words[-1]
        return [
            _q(
                f"Qu'est-ce que {voice.you} trouvez {quality} dans {topic}".replace(
                    "toi trouvez", "tu trouves"
                )
            )
        ]
    infinitive = _infinitive(verb)
    person = "-tu" if voice.tu else "-vous"
    pronoun = pronouns.strip()
    pronoun = (pronoun + " ") if pronoun and not pronoun.endswith("'") else pronoun
    out = [_q(f"Comment {pronoun}{verb}{person} {rest}")]
    if rest:
        out.append(
            _q(
                f"{voice.want} {'d' + chr(39) if _VOWEL.match(infinitive) else 'de '}{infinitive} {rest} plus souvent"
            )
        )
    return out


def _have(rest: str, voice: _Voice) -> list[str]:
    low = fold(rest)
    some = _HAVE_1.match(low)
    if some is not None:
        noun = _cut(some, rest, "n")
        which = "Quelles" if _FEMININE.search(fold(noun)) else "Quels"
        have = "as-tu" if voice.tu else "avez-vous"
        return [_q(f"{which} {noun} {have}{rest[some.start('x') :]}")]
    done = _HAVE_2.match(low)
    if done is None:
        return []
    thing = _HAVE_3.match(low)
    if thing is not None:
        have = "as-tu" if voice.tu else "avez-vous"
        rest_x = _trim(_cut(thing, rest, "x"))
        return [_q(f"Qu'{have} {_cut(thing, rest, 'pp')} {rest_x}")]
    participle, topic_text = _cut(done, rest, "pp"), _trim(_cut(done, rest, "x"))
    low_pp = fold(participle)
    words = topic_text.split()
    if low_pp.startswith("trouv") and len(words) >= 2 and _QUALITY.match(fold(words[-1])):
        topic = " ".join(words[:-1])
        return [_q(f"{voice.found(words[-1])} dans {topic}"), _q(f"{voice.thought} {_de(topic)}")]
    indefinite = _HAVE_4.match(fold(topic_text))
    if _LIKE.match(low_pp) and topic_text and not indefinite:
        return [_q(f"{voice.most(participle)} dans {topic_text}"),
                _q(f"Qu'est-ce {_que(topic_text)} {voice.obj}{_brought(topic_text)}")]  # fmt: skip
    topic = _np(topic_text)
    if topic and not indefinite:
        return [_q(f"{voice.thought} {_de(topic)}"),
                _q(f"Qu'est-ce {_que(topic)} {voice.obj}{_brought(topic)}")]  # fmt: skip
    have = "tu as" if voice.tu else "vous avez"
    return [voice.a_time(participle, topic_text),
            _q(f"Comment cela s'est-il passé quand {have} {participle} {topic_text}")]  # fmt: skip


def _brought(topic: str) -> str:
    return "ont apporté" if _plural(topic) else "a apporté"


def _we(rest: str, voice: _Voice) -> list[str]:
    rest = _WE_1.sub("", rest)
    words = rest.split(" ", 1)
    if not words[0]:
        return []
    infinitive, tail = words[0], (words[1] if len(words) > 1 else "")
    joined = ("d'" if _VOWEL.match(infinitive) else "de ") + infinitive
    out = [_q(f"{voice.idea} {joined} {tail}")]
    topic = _np(tail)
    return [*out, _q(f"{voice.think} {_de(topic)}")] if topic else out


def _subject(subject: str, verb: str, rest: str, voice: _Voice, whole: str = "") -> list[str]:
    subject = _lower_start(subject)
    low = fold(subject)
    someone = _SUBJECT_1.match(low)
    if someone is not None:
        return [_q(f"Qui{subject[someone.start('x') :]} {_third(verb)} {rest}")]
    past = verb in ("etait", "etaient") or (verb in ("a", "ont") and bool(rest))
    think = voice.thought if past else voice.think
    out = [_q(f"{think} {_de(subject)}"), _q(f"{voice.change} {_a(subject)}")]
    infinitive = _SUBJECT_2.match(fold(rest))
    if _SUBJECT_3.match(verb) and infinitive and not rest.startswith("être"):
        return [_q(f"Qu'est-ce qui aiderait {subject} à {rest}"), *out]
    if whole and verb not in _COPULAS:
        out.insert(0, _q(f"Comment {_lower_start(whole)}"))
    words = rest.split()
    if words and _QUALITY.match(fold(words[-1])):
        out.insert(1, _q(f"Qu'est-ce qui rendrait {subject} plus {words[-1]} pour {voice.you}"))
    return out


_COPULAS = {"est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient"}


def _third(verb: str) -> str:
    return {"a": "a", "sait": "sait", "est": "est"}.get(verb, verb)


def _from_clause(clause: str, voice: _Voice) -> list[str]:
    low = fold(clause.strip())
    clause = clause.strip()
    some = _FROM_CLAUSE_1.match(low)
    if some is not None:
        noun = _cut(some, clause, "n")
        which = "Quelles" if _FEMININE.search(fold(noun)) else "Quels"
        have = "as-tu" if voice.tu else "avez-vous"
        return [_q(f"{which} {noun} {have}{clause[some.start('x') :]}")]
    someone = _FROM_CLAUSE_2.match(low)
    if someone is not None:
        return [_q(f"Qui est partant {_cut(someone, clause, 'x')}")]
    match = _CLAUSE.match(low)
    if match is None:
        topic = _np(clause)
        return [_q(f"{voice.think} {_de(topic)}")] if topic else []
    subject, verb, rest = _cut(match, clause, "s"), match.group("v"), _cut(match, clause, "rest")
    if fold(subject) in ("vous", "tu") and verb in ("avez", "as"):
        return _have(rest, voice)
    if fold(subject) in _PRONOUNS:
        topic = _np(rest)
        if not topic:
            return []
        past = verb in ("a", "ont", "etait", "etaient", "avez", "as")
        return [_q(f"{voice.thought if past else voice.think} {_de(topic)}"),
                _q(f"{voice.change} {_a(topic)}")]  # fmt: skip
    return _subject(subject, verb, rest, voice)


def _fallback(head: str, voice: _Voice) -> list[str]:
    topic = _np(head)
    if topic:
        return [
            _q(f"{voice.think} {_de(topic)}"),
            _q(f"Qu'est-ce qui compte le plus pour {voice.you} dans {topic}"),
        ]
    return [_q("Que pouvez-vous nous en dire"), _q("Comment le vivez-vous au quotidien")]


def choices(first: str, second: str) -> list[str]:
    return [
        _q(f"Comment choisissez-vous entre {first} et {second}"),
        _q(f"À part {first} et {second}, qu'est-ce qui vous conviendrait"),
    ]
