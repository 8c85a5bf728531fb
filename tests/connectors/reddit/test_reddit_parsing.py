"""The parser on Reddit's real recorded answers (praw's cassettes, copied into tests/fixtures)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import praw

from connectors.api import ItemKind
from connectors.reddit.parsing import Parser


def _answer(fixtures: Path, name: str, index: int = 1) -> Any:
    cassette = json.loads((fixtures / "reddit" / name).read_text(encoding="utf-8"))
    return json.loads(cassette["interactions"][index]["response"]["body"]["string"])


def _children(answer: Any) -> list[dict[str, Any]]:
    return [c["data"] for c in answer["data"]["children"]]


PARSER = Parser("<USERNAME>", "https://www.reddit.com")


def test_listing_posts_and_comments(shared_fixtures: Path) -> None:
    posts = _children(_answer(shared_fixtures, "TestSubredditListings.test_new.json"))
    records = [PARSER.thing(p) for p in posts]
    assert all(r.kind is ItemKind.POST and r.community_id == "r/askreddit" for r in records)
    assert all(r.thread_id == r.external_id for r in records)
    questions = [r for r in records if "question" in r.flags]
    assert questions and all(r.title.rstrip().endswith("?") for r in questions)
    comments = _children(_answer(shared_fixtures, "TestSubredditListings.test_comments.json"))
    parsed = [PARSER.thing(c) for c in comments]
    assert all(c.kind is ItemKind.COMMENT and c.thread_id.startswith("t3_") for c in parsed)  # type: ignore[union-attr]
    assert all(c.raw and "created_utc" in c.raw for c in parsed)


def test_deleted_comment_is_gone(shared_fixtures: Path) -> None:
    (comment,) = _children(
        _answer(shared_fixtures, "TestComment.test_refresh__deleted_comment.json")
    )
    assert PARSER.is_gone(comment)


def test_reports_one_item_per_reason_linked_to_the_item(shared_fixtures: Path) -> None:
    reported = _children(_answer(shared_fixtures, "TestSubredditModeration.test_reports.json"))
    first = reported[0]
    reports = PARSER.reports(first, {}, 1_700_000_000.0)
    assert reports and all(r.kind is ItemKind.REPORT for r in reports)
    assert {r.parent_id for r in reports} == {first["name"]}
    assert len({r.external_id for r in reports}) == len(reports)
    own = PARSER.thing(first)
    assert "own" in own.flags and "reported" in own.flags


def test_modmail_messages_keep_internal_notes(shared_fixtures: Path) -> None:
    reddit = praw.Reddit(
        client_id="x", client_secret="y", user_agent="tests", check_for_updates=False
    )
    answer = _answer(shared_fixtures, "TestModmailConversation.test_reply__internal.json")
    conversation = reddit._objector.objectify(data=answer)
    records = PARSER.modmail(conversation, list(vars(conversation)["messages"]))
    assert len(records) == 3
    assert {r.thread_id for r in records} == {"modmail/1mahha"}
    internal = [r for r in records if "internal" in r.flags]
    assert {r.text for r in internal} == {"additional test", "A message"}
    assert all("own" in r.flags for r in records)
