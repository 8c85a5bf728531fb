"""The question coach against its labelled tables (tests/prompts/coach_en.jsonl, coach_fr.jsonl).

Every row's four flags and language are asserted; every flagged row must get at least one
rewrite in its language that the coach itself judges open. The held-out tables
(coach_holdout_*.jsonl) are not asserted here: only benchmarks/coach.py scores them, so that
its figure is honest. Figures (precision, recall, time per question) come from that script,
never from a timed test.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core.prompts.coach import MAX_CHARS, REASONS, Verdict, check, detect_language
from workbench.core.prompts.coach.verdict import NUMBERED

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
COACH = ROOT / "workbench" / "core" / "prompts" / "coach"
FLAGS = ("closed", "leading", "double", "either_or")


def table(name: str) -> list[dict[str, object]]:
    with (HERE / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def rows(lang: str) -> list[tuple[str, dict[str, object]]]:
    return [(lang, row) for row in table(f"coach_{lang}.jsonl")]


ROWS = rows("en") + rows("fr")
FLAGGED = [(lang, row) for lang, row in ROWS if any(row[f] for f in FLAGS)]


def row_id(case: tuple[str, dict[str, object]]) -> str:
    lang, row = case
    words = re.sub(r"\W+", "-", str(row["text"]).strip().lower(), flags=re.UNICODE)
    return f"{lang}:{words.strip('-')[:50]}"


def marked_strings() -> set[str]:
    """Every QT_TRANSLATE_NOOP("Coach", "...") literal in the coach's source (what lupdate sees)."""
    found = set()
    for path in COACH.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
            ):
                context, text = node.args
                if isinstance(context, ast.Constant) and context.value == "Coach":
                    assert isinstance(text, ast.Constant), f"{path.name}: a non-literal reason"
                    found.add(text.value)
    return found


@pytest.mark.parametrize("case", ROWS, ids=row_id)
def test_row_flags(case: tuple[str, dict[str, object]]) -> None:
    lang, row = case
    verdict = check(str(row["text"]), lang)
    got = {flag: getattr(verdict, flag) for flag in FLAGS}
    assert got == {flag: row[flag] for flag in FLAGS}, row["note"]
    assert verdict.ok == (not any(got.values()))


@pytest.mark.parametrize("case", ROWS, ids=row_id)
def test_row_language(case: tuple[str, dict[str, object]]) -> None:
    lang, row = case
    assert detect_language(str(row["text"])) == lang
    assert check(str(row["text"])).lang == lang


@pytest.mark.parametrize("case", FLAGGED, ids=row_id)
def test_flagged_row_gets_open_rewrites_in_its_language(
    case: tuple[str, dict[str, object]],
) -> None:
    lang, row = case
    verdict = check(str(row["text"]), lang)
    assert verdict.reasons
    assert verdict.rewrites
    for rewrite in verdict.rewrites:
        assert rewrite != row["text"]
        assert detect_language(rewrite) == lang, rewrite
        again = check(rewrite, "auto")
        assert again.ok, (rewrite, again.reasons)


def test_open_rows_get_no_reasons_or_rewrites() -> None:
    for lang, row in ROWS:
        if not any(row[f] for f in FLAGS):
            verdict = check(str(row["text"]), lang)
            assert verdict.reasons == () and verdict.rewrites == (), row["text"]


def test_every_reason_is_a_marked_string() -> None:
    marked = marked_strings()
    assert set(REASONS) <= marked and NUMBERED in marked
    numbered = re.compile(
        re.escape(NUMBERED).replace(r"\{number\}", r"\d+").replace(r"\{reason\}", "(.*)")
    )
    seen = set()
    for lang, row in ROWS:
        for reason in check(str(row["text"]), lang).reasons:
            assert "\n" not in reason
            match = numbered.fullmatch(reason)
            inner = match.group(1) if match else reason
            assert inner in marked, reason
            seen.add(inner)
    assert seen == set(REASONS)  # every reason is given somewhere in the tables


def test_reason_words_carry_the_marked_sources() -> None:
    verdict = check("Did you like the talk? What was your favourite part? Tea or coffee?")
    words = verdict.reason_words()
    assert [str(w) for w in words] == list(verdict.reasons)
    assert all(w.context == "Coach" and w.source == NUMBERED for w in words)
    assert {str(w.values["reason"]) for w in words} <= set(REASONS)


def test_the_briefs_examples() -> None:
    english = check("Did you like the training?")
    assert english.lang == "en" and english.closed
    assert english.rewrites[:2] == (
        "What did you like most about the training?",
        "How did the training change the way you work?",
    )
    french = check("Avez-vous aimé l'atelier ?")
    assert french.lang == "fr" and french.closed
    assert french.rewrites[0] == "Qu'avez-vous le plus aimé dans l'atelier ?"


REWRITES = [
    ("Was the session useful?", "How useful was the session?"),
    ("Have you tried the new editor?", "What did you think of the new editor?"),
    ("Is there anything you would change?", "What is one thing you would change?"),
    ("Should we add a dark mode?", "What would change for you if we add a dark mode?"),
    ("Has anyone read the new guidelines?", "Who has read the new guidelines?"),
    ("The workshop was great, wasn't it?", "What did you think of the workshop?"),
    ("Don't you think the new layout is better?", "What do you think of the new layout?"),
    ("What do you like and dislike about the forum?", "What do you dislike about the forum?"),
    ("How do you plan and track your community events?", "How do you track your community events?"),
    ("Do you prefer mornings or evenings?", "How do you choose between mornings and evenings?"),
    ("DID YOU LIKE THE TRAINING?", "What did you like most about the training?"),
    (
        "Le nouveau calendrier vous convient-il ?",
        "Comment le nouveau calendrier vous convient-il ?",
    ),
    ("Est-ce que vous avez aimé la formation ?", "Qu'avez-vous le plus aimé dans la formation ?"),
    ("As-tu lu le guide ?", "Qu'as-tu pensé du guide ?"),
    ("Faut-il ajouter un mode sombre ?", "Que penseriez-vous de l'idée d'ajouter un mode sombre ?"),
    ("Y a-t-il quelque chose que vous changeriez ?", "Qu'est-ce que vous changeriez ?"),
    ("Quelqu'un a-t-il lu les nouvelles règles ?", "Qui a lu les nouvelles règles ?"),
    (
        "Comment planifiez-vous et suivez-vous vos événements ?",
        "Comment suivez-vous vos événements ?",
    ),
    ("Préférez-vous le matin ou le soir ?", "Comment choisissez-vous entre le matin et le soir ?"),
    ("Ne pensez-vous pas que les règles sont assez claires ?", "Que pensez-vous des règles ?"),
]


@pytest.mark.parametrize(("text", "rewrite"), REWRITES, ids=[t for t, _ in REWRITES])
def test_rewrites_are_built_from_the_question(text: str, rewrite: str) -> None:
    assert rewrite in check(text).rewrites


def test_few_flagged_rows_get_only_general_rewrites() -> None:
    """A rewrite reuses the question's own words; a general one is the exception."""
    for lang in ("en", "fr"):
        flagged = [r for lang_, r in FLAGGED if lang_ == lang]
        general = 0
        for row in flagged:
            words = set(re.findall(r"\w{4,}", str(row["text"]).lower()))
            rewrites = check(str(row["text"]), lang).rewrites
            if not any(set(re.findall(r"\w{4,}", r.lower())) & words for r in rewrites):
                general += 1
        assert general <= 0.05 * len(flagged), (lang, general)


def test_several_questions_reasons_name_which_one() -> None:
    verdict = check(
        "Thanks for coming! Did you like the talk? What was your favourite part? Tea or coffee?"
    )
    assert verdict.closed and verdict.either_or
    assert verdict.reasons[0].startswith("Question 1: Closed")
    assert verdict.reasons[-1].startswith("Question 3: Either/or")
    # The rewrite is the whole prompt with the flagged questions replaced.
    first = verdict.rewrites[0]
    assert first.startswith("Thanks for coming! What did you like most about the talk?")
    assert "What was your favourite part?" in first and check(first).ok


def test_a_rewrite_keeps_the_context_and_the_writers_spacing() -> None:
    verdict = check("Nous avons changé les règles. Avez-vous aimé l'atelier\u202f?")
    assert verdict.rewrites[0] == (
        "Nous avons changé les règles. Qu'avez-vous le plus aimé dans l'atelier\u202f?"
    )


def test_as_json_has_exactly_the_clis_keys() -> None:
    verdict = check("Don't you think the new layout is better?")
    record = verdict.as_json()
    assert list(record) == [
        "text", "lang", "closed", "leading", "double", "either_or", "reasons", "rewrites"
    ]  # fmt: skip
    assert record["leading"] is True and isinstance(record["rewrites"], list)
    assert json.loads(json.dumps(record)) == record


def test_language_given_or_detected() -> None:
    assert check("Avez-vous aimé l'atelier ?", "en").lang == "en"
    assert check("Did you like it?", "fr").lang == "fr"
    with pytest.raises(ValueError, match="unknown language"):
        check("Did you like it?", "de")


def test_no_question_is_not_closed() -> None:
    for text in ("Tell us about your week.", "Partagez une photo !", "", "   ", "🎉🎉"):
        verdict = check(text)
        assert verdict.ok and verdict.rewrites == () and verdict.reasons == ()


def test_a_megabyte_is_judged_on_its_first_characters_only() -> None:
    # A closed question past MAX_CHARS is not read: the prompt is judged on what comes first.
    filler = "Tell us about your week. " * (1_000_000 // 25)
    assert len(filler) >= 1_000_000
    assert check(filler + "Did you like it?").ok
    closed = check("Did you like it? " + filler)
    assert closed.closed and closed.text.endswith(filler)
    assert all(len(r) <= MAX_CHARS + 100 for r in closed.rewrites)


def test_a_line_of_100k_characters() -> None:
    for line in ("a" * 100_000, "or " * 33_000 + "?", "Did you " + "and " * 25_000 + "?"):
        assert isinstance(check(line), Verdict)
    assert check("Is it " + "very " * 20_000 + "good?").closed


def test_importable_without_pyside6() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from workbench.core.prompts.coach import check\n"
        "assert check('Did you like it?').closed\n"
        "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_tables_are_big_and_balanced_enough() -> None:
    for lang in ("en", "fr"):
        rows_ = table(f"coach_{lang}.jsonl")
        assert len(rows_) >= 170
        assert sum(bool(r["closed"]) for r in rows_) >= 60
        assert sum(not r["closed"] for r in rows_) >= 60
        assert sum(str(r["note"]).startswith("hard") for r in rows_) >= 40
        assert len(table(f"coach_holdout_{lang}.jsonl")) >= 40
        assert set(rows_[0]) == {"text", *FLAGS, "note"}
