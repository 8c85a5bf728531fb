"""Backtests on the stored history: counts per community, a sample, judging."""

from __future__ import annotations

import pytest

from tests.guidelines.corpus import community_id, external_ids
from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.state import DetectorKind
from workbench.core.workspace import Workspace


def words(*w: str) -> Detector:
    return Detector(DetectorKind.WORDS, words=w)


def regex(pattern: str) -> Detector:
    return Detector(DetectorKind.REGEX, pattern=pattern)


@pytest.mark.parametrize(
    ("detector", "expected"),
    [
        (words("cheap"), {"p1", "p8", "p10"}),  # full-text index first, then the pattern
        (words("cheap*"), {"p1", "p3", "p8", "p10"}),
        (words("*seeds"), {"p1", "p3"}),  # a leading star: every item is read
        (words("buy now"), {"p8"}),
        (words("café"), {"p6"}),
        (Detector(DetectorKind.REGEX, pattern=r"https?://\S+\.org"), {"p5", "p9"}),
        (Detector(DetectorKind.LINKS, max_links=3), {"p5"}),
        # Regexes are searched over many items joined; each item keeps its own edges ...
        (regex(r"^Le café"), {"p6"}),
        (regex(r"year$"), {"p2"}),
        (regex(r"(?i)\Awool"), {"p10"}),  # (checked item by item)
        (regex(r"(?s)growing.*week"), set()),  # ... a match across two items is none ...
        (regex(r"(?s)tomatoes.*SCAM|CHEAPSEEDS"), {"p3"}),  # ... and hides no real one
    ],
)
def test_a_backtest_finds_what_the_detector_would_have_caught(
    corpus: Workspace, detector: Detector, expected: set[str]
) -> None:
    result = corpus.backtest.run([detector])
    assert result.total == len(expected)
    assert external_ids(corpus, result.sample) == expected


def test_counts_per_community_and_a_community_of_its_own(corpus: Workspace) -> None:
    result = corpus.backtest.run([words("cheap*")])
    assert {(c.name, c.count) for c in result.per_community} == {
        ("Gardeners", 2),
        ("Bakers", 1),
        ("Knitters", 1),
    }
    only = corpus.backtest.run([words("cheap*")], [community_id(corpus, "Bakers")])
    assert only.total == 1 and external_ids(corpus, only.sample) == {"p8"}


def test_the_sample_is_at_most_fifty_and_judging_gives_a_precision(corpus: Workspace) -> None:
    result = corpus.backtest.run([words("cheap*")], sample=2, seed=3)
    assert len(result.sample) == 2 and result.total == 4
    assert corpus.backtest.precision(result.key).estimate is None
    first, second = result.sample
    corpus.backtest.judge(result.key, first, True)
    corpus.backtest.judge(result.key, second, False)
    precision = corpus.backtest.precision(result.key)
    assert (precision.right, precision.judged, precision.estimate) == (1, 2, 0.5)
    assert precision.margin is not None and 0 < precision.margin < 0.5
    corpus.backtest.judge(result.key, second, None)  # taken back
    assert corpus.backtest.precision(result.key).judged == 1
    # Another definition is judged afresh.
    assert corpus.backtest.precision(corpus.backtest.run([words("cheap")]).key).judged == 0


def test_a_catastrophic_pattern_backtests_over_a_long_item(corpus: Workspace, account: int) -> None:
    from connectors.api import Batch
    from tests.guidelines.corpus import item, sync

    sync(corpus, account, Batch(items=[item("long", "g1", "a" * 100_000 + "!")], cursor="9"))
    result = corpus.backtest.run([Detector(DetectorKind.REGEX, pattern="(a+)+$")])
    assert result.total == 0
