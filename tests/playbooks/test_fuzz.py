"""The reader, fuzzed: anything it is given ends as a valid playbook or a clean refusal
(a PlaybookError with one line naming the file), never another exception."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.playbooks.format import (
    SCHEMA_VERSION,
    Playbook,
    PlaybookError,
    canonical_digest,
)
from workbench.core.playbooks.reader import parse_playbook

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)  # fmt: skip
AREA = st.sampled_from(["prompts", "guidelines", "events", "reasons", "views", "other"])
FIELDS = st.sampled_from(
    ["key", "pair", "lang", "text", "types", "purposes", "title", "rules", "kind", "promotion",
     "checklist", "name", "query", "duration_minutes", "language", "community_type"]
)  # fmt: skip


def _check(raw: bytes) -> Playbook | None:
    try:
        playbook = parse_playbook(raw, "fuzz.json")
    except PlaybookError as error:
        assert "\n" not in str(error)
        assert str(error).startswith("fuzz.json")
        return None
    # What was accepted is a playbook: it writes and reads back the same.
    again = parse_playbook(playbook.to_text().encode(), "again.json")
    assert again.content() == playbook.content()
    return playbook


def _document(content: Any) -> bytes:
    try:
        digest = canonical_digest(content)
    except UnicodeEncodeError:  # a lone surrogate: the reader refuses it before the hash
        digest = "0" * 64
    data = {
        "format": "community-workbench-playbook",
        "schema_version": SCHEMA_VERSION,
        "id": "fuzz",
        "title": "Fuzz",
        "version": 1,
        "content_hash": "sha256:" + digest,
        "content": content,
    }
    return json.dumps(data).encode()


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@FUZZ
@given(json_values)
def test_random_json(value: Any) -> None:
    _check(json.dumps(value).encode())


@FUZZ
@given(
    st.dictionaries(
        AREA, st.lists(st.dictionaries(FIELDS, json_values, max_size=8), max_size=3), max_size=3
    )
)
def test_random_items_with_a_good_hash(content: dict[str, Any]) -> None:
    # The hash is right, so the fuzzing reaches each area's checks.
    _check(_document(content))


PROMPT = {
    "key": "p.en",
    "pair": "p",
    "lang": "en",
    "text": "What brought you here?",
    "types": [],
    "purposes": [],
}


@FUZZ
@given(FIELDS, json_values)
def test_one_prompt_field_replaced(field: str, value: Any) -> None:
    _check(_document({"prompts": [{**PROMPT, field: value}]}))


@FUZZ
@given(st.binary(min_size=1, max_size=8), st.integers(0, 400))
def test_a_valid_file_with_bytes_spliced_in(junk: bytes, at: int) -> None:
    raw = _document({"prompts": [PROMPT]})
    _check(raw[:at] + junk + raw[at:])


@FUZZ
@given(st.text(alphabet=st.characters(codec=None, categories=["Cs", "Lu", "Zs"]), max_size=6))
def test_texts_with_escaped_surrogates(text: str) -> None:
    # json.dumps writes a lone surrogate as an escape ("\ud800"), as a hostile file would.
    _check(_document({"prompts": [{**PROMPT, "text": "Why " + text + "?"}]}))
