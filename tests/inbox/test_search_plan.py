"""How a search's first page is found (sorted matches or a window, sized by a sample) and
author filters looked up first: every way gives the same ids as the full answer."""

from __future__ import annotations

import pytest

from workbench.core.inbox.query import Order, View
from workbench.core.inbox.search import parse
from workbench.core.inbox.service import InboxService
from workbench.core.inbox.triage import Triage
from workbench.db.interfaces import SearchTerm, TextSearch
from workbench.db.sqlite import inbox as sqlite_inbox
from workbench.db.sqlite import inbox_search
from workbench.db.sqlite.fts import expressions


def first_pages_match(service: InboxService, view: View, limit: int = 9) -> None:
    full = service.ids(view).ids
    first = service.ids(view, limit=limit)
    assert list(first.ids) == list(full[:limit]), view
    assert not first.complete or list(first.ids) == list(full), view


def plan_for(service: InboxService, word: str, limit: int = 20) -> inbox_search.Plan:
    search = expressions(TextSearch(groups=((SearchTerm(word),),)))
    with service._reads._quick.cursor() as cursor:  # type: ignore[attr-defined]
        return inbox_search.plan(cursor, search, limit)


def test_a_word_common_in_the_sample_is_windowed_without_a_count(
    service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox_search, "COMMON_MATCHES", 10)
    # No count of every match: a statement SQLite refuses, were it run.
    monkeypatch.setattr(inbox_search, "COUNT_CAPPED", "SELECT no_such_function(?, ?)")
    chosen = plan_for(service, "the")
    assert chosen.windowed
    # "the" is in most items: the first window is a little over the page of 20.
    assert 25 <= chosen.first_window <= 60, chosen
    first_pages_match(service, View(search="the"))
    monkeypatch.undo()
    monkeypatch.setattr(inbox_search, "COMMON_MATCHES", 3)
    first_pages_match(service, View(search='"the community"'), limit=2)


def test_a_word_the_newest_items_lack_is_counted_before_a_window(
    service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sample holds only the newest item: most words are not in it.
    monkeypatch.setattr(inbox_search, "SAMPLE", 1)
    monkeypatch.setattr(inbox_search, "COMMON_MATCHES", 10)
    rows = service.rows(service.ids(View(order=Order.OLDEST), limit=1).ids)
    word = next(w for w in rows[0].snippet.lower().split() if w.isalpha() and len(w) > 3)
    found = len(service.ids(View(search=word)).ids)
    chosen = plan_for(service, word)
    assert chosen.windowed == (found > 10), (word, found)
    first_pages_match(service, View(search=word))
    monkeypatch.setattr(inbox_search, "COMMON_MATCHES", 100_000)
    assert not plan_for(service, word).windowed
    first_pages_match(service, View(search=word))


def test_a_search_with_an_exclusion_is_windowed_and_right(
    service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in ("thanks -perspective", "-the", "the -community"):
        first_pages_match(service, View(search=text))


def test_authors_are_looked_up_first_and_found_by_any_case(
    service: InboxService, monkeypatch: pytest.MonkeyPatch
) -> None:
    some = service.rows(service.ids(View(), limit=1).ids)[0]
    prefix = some.author[:3]
    for text in (f"author:{some.author}", f"author:{some.author.upper()}", f"author:{prefix} the"):
        first_pages_match(service, View(search=text))
        rows = service.rows(service.ids(View(search=text)).ids)
        assert rows and all(r.author.lower().startswith(prefix.lower()) for r in rows), text
    assert service.ids(View(search="author:nobody-by-that-name")).ids.tolist() == []
    # A prefix naming very many members keeps the subquery: the same answer.
    by_ids = service.ids(View(search=f"author:{prefix}")).ids.tolist()
    monkeypatch.setattr(sqlite_inbox, "MANY_AUTHORS", 0)
    assert service.ids(View(search=f"author:{prefix}")).ids.tolist() == by_ids


def test_snoozed_items_come_in_waking_order(service: InboxService, triage: Triage) -> None:
    ids = list(service.ids(View(), limit=30).ids)
    for offset, item in enumerate(ids):
        triage.snooze([item], 2_000_000_000 + (offset * 7919) % 30)
    view = View(states=("snoozed",), order=Order.SNOOZE)
    first_pages_match(service, view)
    shown = service.ids(view).ids.tolist()
    assert sorted(shown) == sorted(ids)
    wakes = [2_000_000_000 + (ids.index(i) * 7919) % 30 for i in shown]
    assert wakes == sorted(wakes)


def test_a_costly_search_is_found_once_then_sorted(service: InboxService) -> None:
    # A phrase and a word with an exclusion: their matches are collected by the plan
    # and the sorting query reads those, not the full-text index again.
    for text in ('"the community"', "thanks -perspective"):
        search = expressions(parse(text).text)
        assert search.costly, text
        with service._reads._quick.cursor() as cursor:  # type: ignore[attr-defined]
            chosen = inbox_search.plan(cursor, search, 9)
        assert not chosen.windowed and chosen.matches is not None, text
        first_pages_match(service, View(search=text))
    assert not expressions(parse("thanks").text).costly


def test_the_window_widens_by_the_share_it_found() -> None:
    assert inbox_search.wider(250, 0, 200) == 2000
    assert inbox_search.wider(250, 100, 200) == 625  # 100 more at 40%, half again: 625
    assert inbox_search.wider(1000, 1, 200) == 16000  # at most sixteen times
    assert inbox_search.wider(1000, 190, 200) == 2000  # at least twice
