"""Suggest for this community: prompts fitting its type that have not been used there in
the last N weeks (``prompts.rest_weeks``), best results first, with a small share of
untried prompts so new ones get a chance.

How it chooses, in order:
1. Candidates: live (not archived) prompts tagged with the community's type, or with no
   type (fit anywhere); in ``lang`` when given. A prompt used in the community within the
   rest period is left out, in both languages (the twin asks the same question).
2. Tried prompts (with a score from posts that came back with a sync, in any community)
   rank by score, best first; favourites break ties.
3. One suggestion in five (at least one) is an untried prompt: favourites first, then a
   draw that changes each week and differs between communities, so two communities do
   not get the same new prompts. Free places left by too few tried prompts go to untried
   ones too.
Only one language of a pair is suggested: the best ranked (English first when equal).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from workbench.core.prompts.library import PromptView
from workbench.core.text import QT_TRANSLATE_NOOP, Words

UNTRIED_SHARE = 0.2
CANDIDATE_LIMIT = 20_000  # every prompt of a large library


@dataclass(frozen=True)
class Suggestion:
    prompt: PromptView
    why: str  # the reason in English (``words`` translated for the GUI)
    untried: bool
    words: Words


def _tried_words(prompt: PromptView) -> Words:
    return Words(
        "Prompts",
        QT_TRANSLATE_NOOP(
            "Prompts", "Score {score} from {uses} earlier uses; not used here lately."
        ),
        {"score": f"{prompt.score:g}", "uses": prompt.uses},
    )


UNTRIED = QT_TRANSLATE_NOOP(
    "Prompts", "Not tried yet: one suggestion in five is a new prompt, so new ones get a chance."
)
FILLING = QT_TRANSLATE_NOOP(
    "Prompts", "Not tried yet: too few prompts have results here, so new ones fill the list."
)
NO_RESULT = QT_TRANSLATE_NOOP(
    "Prompts", "Used before, no result yet: its posts have not come back with a sync."
)


def _one_per_pair(prompts: Sequence[PromptView]) -> list[PromptView]:
    seen: set[str] = set()
    kept = []
    for prompt in prompts:
        if prompt.pair_id not in seen:
            seen.add(prompt.pair_id)
            kept.append(prompt)
    return kept


def choose(
    candidates: Sequence[PromptView],
    *,
    resting: set[str],
    community_id: int,
    limit: int,
    today: date,
) -> list[Suggestion]:
    """The suggestions among ``candidates`` (see the module's docstring); ``resting``: pair
    ids used in the community within the rest period."""
    fresh = [p for p in candidates if p.pair_id not in resting and not p.archived]
    # English first among equals, so a pair's languages sort the same everywhere.
    fresh.sort(key=lambda p: (p.lang != "en", p.id))
    tried = sorted(
        (p for p in fresh if p.score is not None),
        key=lambda p: (-(p.score or 0.0), not p.favourite, p.id),
    )
    tried = _one_per_pair(tried)
    tried_pairs = {p.pair_id for p in tried}
    untried = _one_per_pair([p for p in fresh if p.score is None and p.pair_id not in tried_pairs])
    iso = today.isocalendar()
    draw = random.Random(f"{community_id}:{iso.year}:{iso.week}")
    draw.shuffle(untried)
    untried.sort(key=lambda p: (not p.favourite, p.uses > 0))  # stable: the draw within groups
    share = min(len(untried), max(1, round(limit * UNTRIED_SHARE)))
    best = tried[: max(0, limit - share)]
    picked = []
    for prompt in best:
        words = _tried_words(prompt)
        picked.append(Suggestion(prompt, str(words), False, words))
    for number, prompt in enumerate(untried[: limit - len(best)]):
        reason = NO_RESULT if prompt.uses else UNTRIED if number < share else FILLING
        words = Words("Prompts", reason)
        picked.append(Suggestion(prompt, str(words), True, words))
    return picked
