"""The French rules (patterns match folded text: lower case, no accents except in "où")."""

from __future__ import annotations

import re

from workbench.core.prompts.coach.judge import Rules

WH = (
    r"(?:qu'|que\b|quoi\b|quel(?:le)?s?\b|lequel\b|laquelle\b|lesquel(?:le)?s\b|comment\b|"
    r"pourquoi\b|où\b|quand\b|qui\b|combien\b)"
)
PREPOSITION = (
    r"(?:à|a|au|aux|de|du|des|d'|dans|sur|pour|par|avec|en|selon|chez|vers|depuis|parmi|"
    r"contre|sous|entre|jusqu'à)"
)
# Imperatives that invite ("Racontez-nous", "Présentez-vous"), never an inversion.
INVITE_VERBS = (
    r"(?:racontez|raconte|dites|dis|decrivez|decris|partagez|partage|expliquez|explique|"
    r"presentez|presente|donnez|donne|montrez|montre|parlez|parle|faites|fais|ecrivez|ecris|"
    r"indiquez|laissez|citez|listez|imaginez|proposez|envoyez|postez|publiez|rejoignez|"
    r"inscrivez|votez|choisissez|commentez|repondez|aidez|suivez-nous|contactez|ecoutez)"
)
TELL = (
    r"(?:raconter|dire|expliquer|decrire|partager|presenter|donner|parler|detailler|"
    r"preciser|indiquer|montrer|resumer|citer|evoquer|lister|nommer|ecrire|faire part|"
    r"retracer|developper)"
)
QUALITIES = (
    r"(?:utile|clair|agreable|interessant|facile|rapide|simple|long|frequent|pratique|"
    r"accessible|amusant|accueillant|pertinent|court|drole|motivant|bien organise|"
    r"enrichissant|concret|dynamique|ennuyeux|difficile|cher|lent|complique)(?:e|ue)?s?"
)

_INVERSION = re.compile(
    r"(?<![\w-])(?P<verb>[a-zœæ]+)(?:-t)?-(?P<pronoun>vous|tu|il|elle|ils|elles|on|je|nous)"
    r"(?![\w-])"
)
_INVITE = re.compile(INVITE_VERBS + r"$")
_WH_BEFORE = re.compile(
    r"\b(?:comment|pourquoi|où|quand|combien|quel(?:le)?s?|lequel|laquelle|"
    r"lesquel(?:le)?s|quoi)\b|\b(?:de|à|a|avec|pour|par|sur|chez) qui\b|^(?:que|qu')"
)
_EST_CE = re.compile(r"(?:est-ce|n'est-ce|n'y a-t-il|y a-t-il)\b")


def _inversion(clause: str) -> re.Match[str] | None:
    """The first subject-verb inversion ("avez-vous", "convient-il"), or None."""
    for match in _INVERSION.finditer(clause):
        verb, pronoun = match.group("verb"), match.group("pronoun")
        if verb == "rendez" or _INVITE.match(verb):
            continue  # "un rendez-vous"; "Présentez-vous" is an imperative
        if pronoun == "nous" and not (verb.endswith("ons") or verb == "sommes"):
            continue  # "Dites-nous", "Rejoignez-nous"
        return match
    return None


# "Avez vous aimé…": the hyphen of an inversion, often left out when typing fast.
_UNHYPHENATED = re.compile(
    r"(?:avez|etes|pensez|pouvez|voulez|aimez|trouvez|connaissez|utilisez|preferez|seriez|"
    r"auriez|pourriez|voudriez|souhaitez|croyez|comptez|as|es) (?:vous|tu)\b"
)


def _closed_start(clause: str, asks: bool) -> bool:
    if _EST_CE.match(clause) or _UNHYPHENATED.match(clause):
        return True
    match = _inversion(clause)
    return match is not None and not _WH_BEFORE.search(clause, 0, match.start())


def _shape(head: str) -> bool:
    return _closed_start(head, False)


_SHORT = r"(?:[a-zœæùà0-9'-]+ ){0,3}[a-zœæùà0-9'-]+"

RULES = Rules(
    discourse=re.compile(
        r"(?:alors|donc|bon|bref|et|mais|ou|eh bien|ben|bah|ok|okay|d'accord|petite question|"
        r"question|au fait|bonjour|salut|coucou|enfin|"
        r"dernier point|euh|voil[aà]|sinon)(?![\w'-])[ ,!.]*"
    ),
    tag=re.compile(
        r"(?:non|n'est-ce pas|hein|pas vrai|oui|d'accord|c'est ca|vrai|ok|okay|nan|"
        r"c'est bien ca|je me trompe|correct|exact)"
    ),
    open_start=re.compile(rf"(?:{PREPOSITION} ?)?{WH}"),
    invite=re.compile(
        rf"(?:{INVITE_VERBS}(?!-(?:vous|tu)\b)|je vous invite|n'hesitez|on attend vos)"
    ),
    request=re.compile(
        r"(?:est-ce que (?:vous|tu) |(?:vous|tu) |quelqu'un )?"
        r"(?:pourriez|pouvez|pourrais|peux|voudriez|voulez|voudrais|accepteriez|aimeriez|"
        r"sauriez|auriez|peut|pourrait)(?:-(?:vous|tu|il))?(?:(?: |')(?:nous|me|m|leur|bien|de|d|en|y))*"
        rf"(?: |'){TELL}\b(?! (?:si|s'))"
    ),
    closed_start=_closed_start,
    shape=_shape,
    exclaim=re.compile(r"(?:quel(?:le)?s? (?:belle|beau|bonne|super|joli)|que c'est|comme)\b"),
    in_situ=re.compile(
        r"(?<=\s)(?:quoi|combien|comment|pourquoi|quel(?:le)?s?|lequel|laquelle|"
        r"lesquel(?:le)?s)\b|\b(?:de|à|a|avec|pour|par|sur|chez) qui\b"
    ),
    leading_any=re.compile(
        r"\bn'est-ce pas\b|\bd'accord (?:que|pour dire)\b|\bvous conviendrez\b|\bforcement\b"
    ),
    leading_open=re.compile(
        r"(?:à|a) quel point (?:avez|as)-(?:vous|tu) (?:adore|aime)\b|"
        r"pourquoi [^?]{1,60}?(?:tellement|si) (?:mieux|meilleur|bien|genial|super)\b"
    ),
    negative=re.compile(r"(?:[^?]*?[\s']|)(?:ne |n')[^?]*?\bpas\b"),
    cue=re.compile(
        r"\b(?:pens\w*|trouv\w*|croy\w*|crois|croit|d'accord|mieux|meilleur\w*|formidable|"
        r"genial\w*|magnifique|super|adore\w*|aime\w*|content\w*|ravi\w*|temps|serait|"
        r"devrions|devrait|evident\w*|clair\w*|vrai\w*|plus|bien|utile|beau|belle|chouette|"
        r"top|sympa|agreable)\b"
    ),
    second_ask=re.compile(
        r"[ ,](?P<cut>et (?:puis )?)(?:que\b|qu'|comment\b|pourquoi\b(?! *$)|quand\b|où\b|qui\b|"
        r"quoi\b|quel\w*|combien\b|est-ce\b|"
        r"(?:(?:la |le |les |l'|y |en |nous |vous |me |m'|lui |leur ))*"
        r"[a-zœ]+(?:-t)?-(?:vous|tu|il|elle|on|nous|ils|elles)\b)"
    ),
    pairs=(
        re.compile(r"\b(?P<a>[a-zœ]+ez-vous) et (?P<b>(?:ne |n')?[a-zœ]+ez-vous(?: pas)?)\b"),
        re.compile(
            r"\b(?P<a>[a-zœ]{3,}ez)\b(?<!chez)(?<!assez) et "
            r"(?P<b>(?:ne |n')?[a-zœ]{3,}ez(?: pas)?)\b"
        ),
        re.compile(
            rf"\b(?P<a>(?:(?:trop|tres|plus|bien|assez) )?{QUALITIES}) et "
            rf"(?P<b>(?:(?:trop|tres|plus|bien|assez) )?{QUALITIES})\b"
        ),
        re.compile(
            r"\b(?P<a>quand|où|comment|pourquoi|qui|quoi) et "
            r"(?P<b>quand|où|comment|pourquoi|qui|quoi)\b"
        ),
    ),
    conj=re.compile(r" et "),
    fixed=re.compile(r"questions et reponses|et cetera|et caetera|noir et blanc"),
    alt=re.compile(
        r" ou (?!pas\b|non\b|autre\b|plus\b|moins\b|quoi\b|rien\b|jamais\b|"
        r"(?:deux|trois)(?:$| (?:jours?|semaines?|heures?|minutes?|fois|mois|ans?)\b))"
    ),
    any_before=re.compile(
        r"(?:avez|as|ont|avons|aviez|avait)(?:-vous|-tu|-t-il|-t-elle|-t-on)? "
        r"(?:des|de|d'|quelques?|d'autres)\b|\by a(?:-t-il)? (?:des|de|d'|quelques?)\b|"
        r"\bquelque chose\b|\bdej[aà]\b|\bjamais\b"
    ),
    choice_tail=re.compile(rf"[,:] (?P<a>{_SHORT}(?:, {_SHORT}){{0,4}}),? ou (?P<b>{_SHORT})$"),
    alone=re.compile(
        r"(?:(?:vos|tes|d'autres|des) )?(?:avis|idees|impressions|remarques|retours|commentaires|"
        r"suggestions|reactions)(?: (?:sur|pour|concernant|à propos de|au sujet de) .+)?"
    ),
    either=re.compile(r"\bsoit\b[^?]*\bsoit\b|\bou bien\b"),
    second_clause=re.compile(
        r"(?:est-ce|c'est|[a-zœ]+(?:-t)?-(?:vous|tu|il|elle|on)\b|(?:vous|tu|il|elle|on) [a-zœ]+)"
    ),
    opener=re.compile(
        r"(?:est-ce (?:que |qu')?(?:(?:vous|tu|on|il|elle) )?|[a-zœ]+(?:-t)?-(?:vous|tu|il|elle|on|nous)\b ?)"
    ),
    verb_before=re.compile(
        r"(?:vous |tu )?(?:preferez|prefères|preferes|voulez|veux|aimeriez|choisissez|"
        r"participe|participez|venez)(?:-vous|-tu)? "
    ),
)
