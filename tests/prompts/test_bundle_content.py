"""The bundled prompt library (workbench/resources/prompts/*.jsonl), checked as data only.

These files are read by the prompt loader and shipped to every user, so each check here is a
promise the loader and the coach rely on: the format, the counts the issue asks for, and the
French typography a French-speaking member would notice at once. Every check collects all the
offending prompts so one run names them all.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

PROMPTS = Path(__file__).resolve().parents[2] / "workbench" / "resources" / "prompts"

TYPES = {
    "learning",
    "professional-network",
    "support",
    "interest-social",
    "brand",
    "community-of-practice",
    "hybrid",
}
PURPOSES = [
    "icebreaker",
    "reflection",
    "feedback",
    "show-and-tell",
    "debate",
    "onboarding",
    "event-follow-up",
    "live-qa",
    "weekly-thread",
]
VARIABLES = {"{topic}", "{event}", "{community}", "{date}", "{member}"}
KEYS = {"id", "types", "purposes", "en", "fr"}
MAX_LENGTH = 280
NBSP = "\u00a0"

Prompt = dict[str, Any]


def _files() -> list[Path]:
    return sorted(PROMPTS.glob("*.jsonl"))


def _load() -> list[tuple[str, int, Prompt]]:
    """Every prompt with the file and line it came from (line numbers for the messages)."""
    found = []
    for path in _files():
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n")[:-1], 1):
            # Blank lines fail the format test; skipping them here lets the other checks speak.
            if line.strip():
                found.append((path.name, number, json.loads(line)))
    return found


def _prompts() -> list[Prompt]:
    return [prompt for _, _, prompt in _load()]


def _braces(text: str) -> list[str]:
    return re.findall(r"\{[^{}]*\}", text)


def test_there_is_one_file_per_purpose_and_nothing_else() -> None:
    assert [path.stem for path in _files()] == sorted(PURPOSES)
    assert sorted(p.name for p in PROMPTS.iterdir()) == sorted(
        [f"{purpose}.jsonl" for purpose in PURPOSES] + ["README.md"]
    )


def test_every_line_is_one_json_object_with_exactly_the_known_keys() -> None:
    problems = []
    for path in _files():
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: starts with a byte-order mark"
        assert raw.endswith(b"\n"), f"{path.name}: the last line has no newline"
        for number, line in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
            where = f"{path.name}:{number}"
            if not line.strip():
                problems.append(f"{where}: blank line")
                continue
            try:
                prompt = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error.msg})")
                continue
            if not isinstance(prompt, dict) or set(prompt) != KEYS:
                problems.append(f"{where}: keys must be exactly {sorted(KEYS)}")
                continue
            if not all(isinstance(prompt[key], str) for key in ("id", "en", "fr")):
                problems.append(f"{where}: id, en and fr must be strings")
            if not all(isinstance(prompt[key], list) for key in ("types", "purposes")):
                problems.append(f"{where}: types and purposes must be lists")
    assert not problems, "\n".join(problems)


def test_ids_are_well_formed_unique_and_in_order_within_a_file() -> None:
    problems = []
    seen: Counter[str] = Counter()
    last: dict[str, int] = {}
    for name, number, prompt in _load():
        purpose = name.removesuffix(".jsonl")
        match = re.fullmatch(rf"{re.escape(purpose)}-(\d{{3}})", prompt["id"])
        seen[prompt["id"]] += 1
        if match is None:
            problems.append(f"{name}:{number}: id {prompt['id']!r} is not {purpose}-NNN")
            continue
        # New prompts go at the end: ids are never renumbered, so updates can match by id.
        if int(match[1]) <= last.get(name, 0):
            problems.append(f"{name}:{number}: id {prompt['id']} is out of order")
        last[name] = int(match[1])
    problems += [f"id {id_} is used {n} times" for id_, n in seen.items() if n > 1]
    assert not problems, "\n".join(problems)


def test_types_and_purposes_are_known_and_the_first_purpose_names_the_file() -> None:
    problems = []
    for name, number, prompt in _load():
        where = f"{name}:{number} ({prompt['id']})"
        types, purposes = prompt["types"], prompt["purposes"]
        if not 1 <= len(types) <= 4 or len(set(types)) != len(types) or set(types) - TYPES:
            problems.append(f"{where}: types {types} must be 1-4 distinct known types")
        if (
            not 1 <= len(purposes) <= 2
            or len(set(purposes)) != len(purposes)
            or set(purposes) - set(PURPOSES)
        ):
            problems.append(f"{where}: purposes {purposes} must be 1-2 distinct known purposes")
        elif purposes[0] != name.removesuffix(".jsonl"):
            problems.append(f"{where}: the first purpose {purposes[0]!r} is not the file's")
    assert not problems, "\n".join(problems)


def test_the_library_is_as_large_as_the_issue_asks() -> None:
    prompts = _prompts()
    by_purpose = Counter(prompt["purposes"][0] for prompt in prompts)
    by_type = Counter(type_ for prompt in prompts for type_ in prompt["types"])
    assert len(prompts) >= 200
    assert {p: n for p, n in by_purpose.items() if n < 20} == {}
    assert set(by_purpose) == set(PURPOSES)
    assert {t: by_type[t] for t in TYPES if by_type[t] < 40} == {}


def test_variables_are_known_and_the_same_in_both_languages() -> None:
    problems = []
    for prompt in _prompts():
        en, fr = _braces(prompt["en"]), _braces(prompt["fr"])
        if set(en + fr) - VARIABLES:
            problems.append(f"{prompt['id']}: unknown variable {sorted(set(en + fr) - VARIABLES)}")
        if sorted(en) != sorted(fr):
            problems.append(f"{prompt['id']}: variables differ, en {en} fr {fr}")
        for text in (prompt["en"], prompt["fr"]):
            # A lone brace would reach the member as-is once the variables are filled in.
            if set("{}") & set(re.sub(r"\{[^{}]*\}", "", text)):
                problems.append(f"{prompt['id']}: unmatched brace in {text!r}")
    assert not problems, "\n".join(problems)


def test_about_a_third_use_variables_where_the_purpose_calls_for_them() -> None:
    prompts = _prompts()
    with_variables = [p for p in prompts if _braces(p["en"])]
    assert 0.25 <= len(with_variables) / len(prompts) <= 0.5
    follow_ups = [p for p in prompts if p["purposes"][0] == "event-follow-up"]
    assert [p["id"] for p in follow_ups if "{event}" not in p["en"]] == []


def test_texts_are_short_trimmed_and_end_like_a_question_or_an_invitation() -> None:
    problems = []
    for prompt in _prompts():
        for language in ("en", "fr"):
            text = prompt[language]
            if not text or len(text) > MAX_LENGTH:
                problems.append(f"{prompt['id']} {language}: {len(text)} characters")
            if text != text.strip() or "  " in text or "\n" in text:
                problems.append(f"{prompt['id']} {language}: stray whitespace")
        if prompt["en"][-1] not in "?.":
            problems.append(f"{prompt['id']}: en ends with {prompt['en'][-1]!r}, not ? or .")
        if prompt["fr"][-1] != prompt["en"][-1]:
            problems.append(f"{prompt['id']}: fr ends with {prompt['fr'][-1]!r}, en does not")
    assert not problems, "\n".join(problems)


def test_french_typography_uses_a_no_break_space_and_one_apostrophe() -> None:
    problems = []
    for prompt in _prompts():
        fr, en = prompt["fr"], prompt["en"]
        for index, mark in enumerate(fr):
            if mark in "?!:;»" and fr[index - 1] != NBSP:
                problems.append(f"{prompt['id']}: no no-break space before {mark!r} in {fr!r}")
            if mark == "«" and fr[index + 1 : index + 2] != NBSP:
                problems.append(f"{prompt['id']}: no no-break space after « in {fr!r}")
        if "\u2019" in fr + en or '"' in fr:
            problems.append(f"{prompt['id']}: curly apostrophe or English quotes")
        if NBSP in en or re.search(r"\s[?!:;]", en):
            problems.append(f"{prompt['id']}: French spacing in the English text {en!r}")
    assert not problems, "\n".join(problems)


def test_french_speaks_to_members_as_vous() -> None:
    # Not "ton" or "ta": "le ton des échanges" (the tone) is a word the prompts need.
    informal = re.compile(r"\b(tu|toi|tes|te)\b|\bt'", re.IGNORECASE)
    assert [p["id"] for p in _prompts() if informal.search(p["fr"])] == []


def test_no_text_appears_twice() -> None:
    def normal(text: str) -> str:
        return re.sub(r"\W+", " ", text.casefold()).strip()

    counts = Counter(normal(p[language]) for p in _prompts() for language in ("en", "fr"))
    assert [text for text, n in counts.items() if n > 1] == []
