"""Local weeks as ranges of seconds (db/sqlite/analytics_weeks.py) name every moment's week
as SQLite's date() does, through changes of offset, in zones on and off the hour."""

from __future__ import annotations

import itertools
import os
import sqlite3
import time
from collections.abc import Iterator

import pytest

from workbench.db.sqlite.analytics_trends import WEEK_OF
from workbench.db.sqlite.analytics_weeks import local_weeks

ZONES = ("UTC", "Europe/London", "America/Sao_Paulo", "Asia/Kolkata", "Australia/Lord_Howe")


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize("year_start", [1514764800, 1767225600])  # 2018 and 2026, UTC
def test_every_quarter_hour_falls_in_the_week_sqlite_names(zone: str, year_start: int) -> None:
    first, last = year_start + 1234, year_start + 366 * 86400
    weeks = local_weeks(first, last)
    assert weeks[0][1] <= first < weeks[0][2] and weeks[-1][1] <= last < weeks[-1][2]
    assert all(a[2] == b[1] for a, b in itertools.pairwise(weeks))  # no gap
    moments = range(first, last, 900)
    with sqlite3.connect(":memory:") as db:
        named = [
            row[0]
            for row in db.execute(
                f"SELECT {WEEK_OF.format(t='value')} FROM json_each(?)",
                (str(list(moments)),),
            )
        ]
    index = 0
    for moment, name in zip(moments, named, strict=True):
        while weeks[index][2] <= moment:
            index += 1
        assert weeks[index][0] == name, (zone, moment)
