"""Search syntax: what users type becomes a safe FTS5 query; hostile input never raises."""

from __future__ import annotations

import pytest

from workbench.core.inbox.query import View
from workbench.core.inbox.search import MAX_CHARS, parse
from workbench.core.inbox.service import InboxService
from workbench.db.interfaces import SearchTerm, TextSearch
from workbench.db.sqlite.fts import Expressions, expressions

HOSTILE = ['"', "AND(", "*", "x" * 10_000, "\x00", 'NEAR("a" b', "a OR", "OR", "-", "--a", "(", ")",
           "title:x", "^", "a AND", "NOT", '""', "author:", "community:", "-author:x", "🙂", "a\x00b"]  # fmt: skip


def fts(text: str) -> Expressions:
    """What the SQLite store asks FTS5 for the search ``text``."""
    return expressions(parse(text).text)


def test_words_phrases_excludes_and_filters() -> None:
    parsed = parse('reset "pass word" -spam author:@alice community:r/python')
    assert (
        fts('reset "pass word" -spam author:@alice community:r/python').match
        == '"reset" AND "pass word" NOT ("spam")'
    )
    assert parsed.authors == ("alice",)
    assert parsed.communities == ("python",)
    assert not parsed.message


def test_the_parse_is_plain_terms_for_any_store() -> None:
    # No index syntax in core: the store quotes the terms in its own index's language.
    assert parse('python OR "ru st"* -spam').text == TextSearch(
        groups=((SearchTerm("python"), SearchTerm("ru st")),), excluded=(SearchTerm("spam"),)
    )
    assert parse("pass*").text.groups == ((SearchTerm("pass", prefix=True),),)


def test_or_prefix_and_exclude_only() -> None:
    assert fts("python OR rust").match == '("python" OR "rust")'
    assert fts("pass*").match == '"pass"*'
    only = fts("-spam")
    assert only.match is None
    assert only.exclude == '"spam"'


def test_user_text_is_always_quoted() -> None:
    assert fts('AND( NEAR "x').match == '"AND(" AND "NEAR" AND "x"'


def test_punctuation_alone_gives_a_plain_message() -> None:
    parsed = parse('" * (')
    assert parsed.empty
    assert "punctuation" in parsed.message


def test_very_long_input_is_cut_with_a_message() -> None:
    parsed = parse("word " * 5000)
    assert "first" in parsed.message
    assert parse("y" * (MAX_CHARS + 5)).message


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_results_or_a_message(service: InboxService, text: str) -> None:
    view = View(search=text)
    ids = service.ids(view)
    first = service.ids(view, limit=50)
    assert list(first.ids) == list(ids.ids[:50])
    assert service.count(view) == len(ids)
    assert isinstance(ids.message, str)


def test_search_finds_words_and_phrases(service: InboxService) -> None:
    rows = service.rows(service.ids(View(search="perspective")).ids)
    assert rows
    assert all("perspective" in (r.title + r.snippet).lower() for r in rows)
    excluded = service.rows(service.ids(View(search="thanks -perspective")).ids)
    assert all("perspective" not in (r.title + r.snippet).lower() for r in excluded)


def test_author_and_community_filters(service: InboxService) -> None:
    some = service.rows(service.ids(View(), limit=1).ids)[0]
    by_author = service.rows(service.ids(View(search=f"author:{some.author}")).ids)
    assert by_author
    assert {r.author for r in by_author} == {some.author}
    word = some.community.split()[-1].strip("r/")
    in_community = service.rows(service.ids(View(search=f"community:{word}")).ids)
    assert in_community
    assert all(word.lower() in r.community.lower() for r in in_community)
