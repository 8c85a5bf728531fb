"""French phrases for rewrites: words cut from the question as written, "de"/"à"/"que"
with their contractions and elisions, noun phrases, infinitives, and "vous" or "tu".
"""

from __future__ import annotations

import re

from workbench.core.prompts.coach.text import fold

# Patterns the functions below use, compiled once.
DET = (
    r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|votre|vos|notre|nos|mon|ma|mes|ton|ta|"
    r"tes|son|sa|ses|leur|leurs)"
)


_TRAILING = re.compile(
    r"(?:\s+(?:dej[aà]|encore|aujourd'hui|toujours|bien|maintenant|ici|pour vous|pour toi|"
    r"vraiment|parfois|quelque part))+$"
)


QUALITY = re.compile(
    r"(?:utile|clair|agreable|interessant|facile|rapide|simple|pratique|accessible|"
    r"amusant|accueillant|pertinent|motivant|long|court|frequent)(?:e|ue)?s?$"
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


FEMININE = re.compile(r"(?:ion|ee|te|ure|ence|ance|ie|ude|ique|ette|elle|ise|ode)s?$")
VOWEL = re.compile(r"^[aeiouyhâàéèêîôûœ]", re.IGNORECASE)


class Voice:
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


_Q_1 = re.compile(r"\s+")
_PLURAL_1 = re.compile(r"(?:les|des|vos|nos|ces|mes|tes|leurs|ses)\b")
_NP_1 = re.compile(rf"(?:^|(?<=[\s']))(?:{DET})(?:\s|(?<='))")
_NP_2 = re.compile(r" (?:est|sont|etait|etaient|sera|seront|serait|ont)\b")
_NP_3 = re.compile(r"^(?:un|Un) ")
_NP_4 = re.compile(r"^(?:une|Une) ")
_NP_5 = re.compile(r"^(?:des|Des) ")
_NP_6 = re.compile(r"^(?:le|la) (?=[aeiouyhâàéèêîôûœ])", re.I)


def ask(text: str) -> str:
    text = _Q_1.sub(" ", text).strip().replace(" '", "'")
    return text[:1].upper() + text[1:] + " ?"


def cut(match: re.Match[str], text: str, group: str) -> str:
    return text[match.start(group) : match.end(group)].strip()


def trim(text: str) -> str:
    return _TRAILING.sub("", text.strip(" ,")).strip()


def lower_start(text: str) -> str:
    return (
        text[:1].lower() + text[1:] if text[1:2].islower() or text[1:2] in ("'", "\u2019") else text
    )


def plural(phrase: str) -> bool:
    return bool(_PLURAL_1.match(fold(phrase)))


def with_de(phrase: str) -> str:
    low = fold(phrase)
    if low.startswith("le "):
        return "du " + phrase[3:]
    if low.startswith("les "):
        return "des " + phrase[4:]
    return ("d'" if VOWEL.match(phrase) else "de ") + phrase


def with_a(phrase: str) -> str:
    low = fold(phrase)
    if low.startswith("le "):
        return "au " + phrase[3:]
    if low.startswith("les "):
        return "aux " + phrase[4:]
    return "à " + phrase


def with_que(phrase: str) -> str:
    return ("qu'" if VOWEL.match(phrase) else "que ") + phrase


def noun_phrase(text: str) -> str:
    """The first noun phrase with a determiner ("un wiki" -> "le wiki"), or ""."""
    match = _NP_1.search(fold(text))
    if match is None:
        return ""
    phrase = trim(text[match.start() :])
    verb = _NP_2.search(fold(phrase))
    if verb is not None:
        phrase = phrase[: verb.start()]
    phrase = _NP_3.sub("le ", phrase)
    phrase = _NP_4.sub("la ", phrase)
    phrase = _NP_5.sub("les ", phrase)
    return _NP_6.sub("l'", lower_start(phrase))


def infinitive_of(verb: str) -> str:
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


def brought(topic: str) -> str:
    return "ont apporté" if plural(topic) else "a apporté"
