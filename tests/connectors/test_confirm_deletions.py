"""The plugin API's deletion check: only a platform's answer about an id concludes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from connectors.api import (
    AuthExpired,
    BadData,
    ConnectorError,
    Deletion,
    NotFound,
    Offline,
    PermissionDenied,
    RateLimited,
    TemporaryError,
    confirm_deletions,
    unlisted,
)


def _platform(
    gone: set[str], fail: dict[str, Exception]
) -> tuple[Callable[[str], bool], list[str]]:
    asked: list[str] = []

    def exists(external_id: str) -> bool:
        asked.append(external_id)
        if external_id in fail:
            raise fail[external_id]
        return external_id not in gone

    return exists, asked


def test_gone_present_and_unknown_are_told_apart() -> None:
    exists, asked = _platform(
        {"a", "c"},
        {
            "d": TemporaryError("500"),
            "e": PermissionDenied("no"),
            "f": BadData("?"),
            "g": NotFound("a 404 that is not the platform's does-not-exist"),
        },
    )
    check = confirm_deletions(["a", "b", "c", "d", "e", "f", "g", "a"], exists)
    assert check.gone == ("a", "c")
    assert check.present == ("b",)
    assert check.unknown == ("d", "e", "f", "g")
    assert check.deletions() == [Deletion("a"), Deletion("c")]
    assert asked == ["a", "b", "c", "d", "e", "f", "g"]  # each once, in order


@pytest.mark.parametrize(
    "error", [RateLimited("slow down"), AuthExpired("sign in"), Offline("no network")]
)
def test_an_error_that_fails_every_call_stops_the_asking(error: ConnectorError) -> None:
    exists, asked = _platform({"a", "c"}, {"b": error})
    check = confirm_deletions(["a", "b", "c"], exists)
    assert check.gone == ("a",)
    assert check.unknown == ("b", "c")
    assert asked == ["a", "b"]


def test_a_cancel_leaves_the_rest_unknown() -> None:
    exists, asked = _platform({"a", "b"}, {})
    check = confirm_deletions(["a", "b"], exists, is_cancelled=lambda: len(asked) >= 1)
    assert check.gone == ("a",) and check.unknown == ("b",)


def test_a_bug_in_the_lookup_is_not_taken_for_an_answer() -> None:
    def broken(external_id: str) -> bool:
        raise KeyError(external_id)

    with pytest.raises(KeyError):
        confirm_deletions(["a"], broken)


def test_unlisted_names_lost_posts_with_their_comments_and_lost_comments() -> None:
    before = {"p1": ["c1", "c2"], "p2": ["c3"], "p3": []}
    now = {"p1": ["c1", "c9"], "p3": []}
    assert unlisted(before, now) == ["c2", "p2", "c3"]
    assert unlisted({}, now) == []
