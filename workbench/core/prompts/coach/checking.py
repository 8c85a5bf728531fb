"""check(): a prompt's verdict, from its sentences' findings and their rewrites."""

from __future__ import annotations

from workbench.core.prompts.coach import english, french, rewrite_en, rewrite_fr
from workbench.core.prompts.coach.judge import Finding, judge
from workbench.core.prompts.coach.language import detect_language
from workbench.core.prompts.coach.rewrite import Language, suggestions
from workbench.core.prompts.coach.text import MAX_CHARS, Sentence, fold, sentences
from workbench.core.prompts.coach.verdict import (
    CLOSED,
    DOUBLE,
    EITHER_OR,
    LEADING,
    TAG,
    Verdict,
    numbered,
)

LANGUAGES = {
    "en": Language(english.RULES, "?", rewrite_en.single, rewrite_en.choices, rewrite_en.FALLBACK),
    "fr": Language(french.RULES, " ?", rewrite_fr.single, rewrite_fr.choices, rewrite_fr.FALLBACK),
}
MAX_REWRITES = 3


def check(text: str, lang: str = "auto") -> Verdict:
    """The coach's verdict on a prompt in ``lang`` ("en", "fr" or "auto": detected).

    Only the first MAX_CHARS characters are judged (a prompt is a few lines).
    """
    if lang == "auto":
        lang = detect_language(text)
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: use 'en', 'fr' or 'auto'")
    language = LANGUAGES[lang]
    head = text[:MAX_CHARS]
    folded = fold(head)
    found: list[tuple[Sentence, Finding]] = []
    for sentence in sentences(folded):
        span = slice(sentence.start, sentence.end)
        finding = judge(language.rules, head[span], folded[span], sentence.asks, sentence.stop)
        if finding.question:
            found.append((sentence, finding))
    reasons: list[str] = []
    flagged: list[tuple[Sentence, list[str]]] = []
    for number, (sentence, finding) in enumerate(found, start=1):
        if not finding.flagged:
            continue
        why = _reasons(finding)
        reasons += [numbered(number, r) for r in why] if len(found) > 1 else why
        rewrites = suggestions(language, finding)
        flagged.append((sentence, [_spaced(head, sentence, finding.before, r) for r in rewrites]))
    return Verdict(
        text=text,
        lang=lang,
        closed=any(f.closed for _, f in found),
        leading=any(f.leading for _, f in found),
        double=any(f.double for _, f in found),
        either_or=any(f.either_or for _, f in found),
        reasons=tuple(reasons),
        rewrites=_prompts(head, flagged),
    )


def _reasons(finding: Finding) -> list[str]:
    out = []
    if finding.tag:
        out.append(TAG)
    elif finding.leading:
        out.append(LEADING)
    if finding.either_or:
        out.append(EITHER_OR)
    elif finding.closed and not finding.tag:
        out.append(CLOSED)
    if finding.double:
        out.append(DOUBLE)
    return out


def _spaced(head: str, sentence: Sentence, before: str, rewrite: str) -> str:
    """The rewrite after the sentence's framing words, with the writer's space before "?"."""
    if before:
        space = "" if before[-1:].isspace() or not before[-1:].isalnum() else " "
        rewrite = before + space + rewrite[:1].lower() + rewrite[1:]
    written = head[sentence.end : sentence.stop_end]
    if rewrite.endswith("?") and "?" in written:
        spacing = written[: written.index("?")]
        rewrite = rewrite.rstrip(" ?") + (spacing if not spacing.strip() else "") + "?"
    return rewrite


def _prompts(head: str, flagged: list[tuple[Sentence, list[str]]]) -> tuple[str, ...]:
    """Whole prompts, each flagged question replaced by one of its rewrites."""
    count = min(MAX_REWRITES, max((len(r) for _, r in flagged), default=0))
    out: list[str] = []
    for k in range(count):
        pieces, position = [], 0
        for sentence, rewrites in flagged:
            if not rewrites:
                continue
            pieces += [head[position : sentence.start], rewrites[min(k, len(rewrites) - 1)]]
            position = sentence.stop_end
        pieces.append(head[position:])
        prompt = "".join(pieces).strip()
        if prompt not in out:
            out.append(prompt)
    return tuple(out)
