"""English or French, told from the words a prompt uses (no model)."""

from __future__ import annotations

import re

from workbench.core.prompts.coach.text import MAX_CHARS, fold


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Frequent function words that the other language does not share (folded: no accents).
_FRENCH = _set(
    """le la les l un une des du de d et est sont vous tu nous je il elle ils elles ce cette
    ces que qu qui quoi quel quelle quels quelles comment pourquoi quand combien avez etes
    pour dans avec sur pas ne n c ca votre vos notre nos mon ma mes ton ta tes au aux merci
    bonjour oui non ou y s se sa son leur leurs plus tres bien aussi mais donc alors
    est-ce cafe"""
)
_ENGLISH = _set(
    """the an and is are was were you your we our do does did what how why where when who
    which have has can could would should will of to in for with about this that it there
    any not or be been my i they their them if at from by
    thanks hi hello please yes no what's how's let us tell share describe more most"""
)
_TOKEN = re.compile(r"[a-zù]+(?:['-][a-zù]+)*")
# "l'atelier", "qu'est-ce" are French; "don't", "what's", "I'm" English.
_ELISIONS = _set("l d n c s qu j m t jusqu lorsqu puisqu quelqu")
_CONTRACTIONS = _set("t s re ll ve d m")
_ACCENT = re.compile(r"[éèêàâçùûîôëïœÉÈÊÀÂÇÙÛÎÔ]")
_FRENCH_QUESTION = re.compile(r"\w[ \u00a0\u202f][?!:]")


def detect_language(text: str) -> str:
    """``"fr"`` when the prompt reads as French, else ``"en"`` (the first MAX_CHARS count)."""
    head = text[:MAX_CHARS]
    folded = fold(head)
    score = 0
    for token in _TOKEN.findall(folded):
        if "'" in token:
            first, rest = token.split("'", 1)
            if first in _ELISIONS:
                score += 1
                token = rest
            elif rest in _CONTRACTIONS:
                score -= 1
                continue
        if token in _FRENCH:
            score += 1
        elif token in _ENGLISH:
            score -= 1
        elif "-" in token and token.rsplit("-", 1)[1] in ("vous", "tu", "il", "elle", "on"):
            score += 2  # an inversion: "Avez-vous", "Faut-il"
    score += len(_ACCENT.findall(head))
    score += len(_FRENCH_QUESTION.findall(head))  # French puts a space before ? ! :
    return "fr" if score > 0 else "en"
