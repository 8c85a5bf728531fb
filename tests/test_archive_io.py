"""The streaming JSON reader gives what json.loads gives, however the text is cut up."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from connectors.api import BadData
from connectors.archive_io import ImportLimits, JsonEntries, LimitExceeded

ENTRY = {"timestamp": 1700000000, "data": [{"post": 'Caf\u00c3\u00a9 \\ " ok'}], "n": -1.5e3}
DOCUMENTS: list[Any] = [
    [],
    {},
    {"a": []},
    [ENTRY, 12345, "text", None, True, False, [1, [2, [3]]]],
    {"version": 2, "meta": {"x": [1, 2]}, "group_posts_v2": [ENTRY] * 50, "after": [9]},
    [123456789, 0, -7, 1.25, 1e21, -0.5e-30, "1.5"],
]


class Trickle(io.StringIO):
    """A text stream that hands out at most ``size`` characters per read."""

    def __init__(self, text: str, size: int) -> None:
        super().__init__(text)
        self.size = size

    def read(self, n: int | None = -1) -> str:
        return super().read(self.size if n is None or n < 0 else min(n, self.size))


def entries(text: str, size: int = 3, limits: ImportLimits | None = None) -> list[Any]:
    return list(JsonEntries(Trickle(text, size), "posts.json", limits or ImportLimits()))


def expected(document: Any) -> list[Any]:
    if isinstance(document, list):
        return document
    return next((v for v in document.values() if isinstance(v, list)), None) or []


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize("number", range(len(DOCUMENTS)))
def test_entries_are_those_of_json_loads(number: int, size: int, indent: int | None) -> None:
    document = DOCUMENTS[number]
    if document == {}:
        with pytest.raises(ValueError, match="no list of entries"):
            entries("{}", size)
        return
    assert entries(json.dumps(document, indent=indent), size) == expected(document)


@pytest.mark.parametrize(
    "text",
    ["[1, 2", "[1 2]", '{"a": [1], }', "[1] [2]", '"just text"', "", '{"a": 1}', "[tru]"],
)
def test_damaged_json_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        entries(text)


def test_an_entry_over_the_record_limit_is_refused() -> None:
    text = json.dumps([{"post": "x" * 5000}])
    with pytest.raises(LimitExceeded, match="holds an entry over 1,000 bytes"):
        entries(text, size=100, limits=ImportLimits(max_record_bytes=1000))
    assert entries(text, size=100, limits=ImportLimits(max_record_bytes=10_000))


def test_json_nested_100000_deep_is_refused_in_words() -> None:
    with pytest.raises(BadData, match="nested too deeply"):
        entries("[" + "[" * 100_000 + "]" * 100_000 + "]", size=1 << 16)
