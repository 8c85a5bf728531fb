"""Detectors on a corpus with known answers, without a store."""

from __future__ import annotations

import threading

import pytest

from tests.guidelines.corpus import CORPUS
from workbench.core.guidelines.detectors import (
    Detector,
    DetectorError,
    ItemText,
)
from workbench.core.guidelines.matcher import RuleMatcher, RuleSpec
from workbench.core.guidelines.state import DetectorKind


def caught(*detectors: Detector) -> set[str]:
    """External ids of the corpus items one rule with ``detectors`` catches."""
    matcher = RuleMatcher([RuleSpec(1, None, detectors)])
    items = [ItemText(n, 1, "", text) for n, (_, _, text) in enumerate(CORPUS)]
    return {CORPUS[h.item_id][0] for h in matcher.match(items)}


def words(*w: str, case_sensitive: bool = False) -> Detector:
    return Detector(DetectorKind.WORDS, words=w, case_sensitive=case_sensitive)


def test_watched_words_match_whole_words_in_any_case() -> None:
    assert caught(words("cheap")) == {"p1", "p8", "p10"}  # not CHEAPSEEDS
    assert caught(words("scam")) == {"p3"}


def test_a_star_matches_any_run_of_letters_as_discourse_does() -> None:
    assert caught(words("cheap*")) == {"p1", "p3", "p8", "p10"}
    assert caught(words("spam*")) == {"p1", "p7"}  # spam.example, spammer
    assert caught(words("*seeds")) == {"p1", "p3"}


def test_phrases_and_accents_and_case_sensitivity() -> None:
    assert caught(words("buy now")) == {"p8"}
    assert caught(words("café")) == {"p6"}
    assert caught(words("SCAM", case_sensitive=True)) == {"p3"}
    assert caught(words("Scam", case_sensitive=True)) == set()


def test_regex_links_domains_capitals() -> None:
    assert caught(Detector(DetectorKind.REGEX, pattern=r"(?i)buy(\s+\w+){2}\s+now")) == {"p1"}
    assert caught(Detector(DetectorKind.LINKS, max_links=3)) == {"p5"}
    blocked = Detector(DetectorKind.DOMAINS, blocked_domains=("am.example",))
    assert caught(blocked) == set()  # a domain is matched whole, not as a substring
    blocked = Detector(DetectorKind.DOMAINS, blocked_domains=("spam.example",))
    assert caught(blocked) == {"p1"}
    allowed = Detector(DetectorKind.DOMAINS, allowed_domains=("example.org", "a.org"))
    assert caught(allowed) == {"p1", "p5"}  # bread.example.org is a subdomain: allowed
    assert caught(Detector(DetectorKind.CAPITALS, capitals_share=0.8)) == {"p4"}


def test_any_detector_of_a_rule_fires_it_once() -> None:
    matcher = RuleMatcher(
        [RuleSpec(7, None, (words("cheap"), Detector(DetectorKind.LINKS, max_links=0)))]
    )
    hits = matcher.match([ItemText(1, 1, "", CORPUS[0][2])])
    assert [(h.rule_id, h.item_id) for h in hits] == [(7, 1)]
    assert str(hits[0].reason) == "Watched word “cheap”"


def test_rules_apply_only_in_their_community() -> None:
    matcher = RuleMatcher([RuleSpec(1, 10, (words("cheap"),)), RuleSpec(2, 20, (words("wool"),))])
    items = [ItemText(1, 10, "", "cheap wool"), ItemText(2, 20, "", "cheap wool")]
    assert {(h.rule_id, h.item_id) for h in matcher.match(items)} == {(1, 1), (2, 2)}


def test_account_age_is_skipped_where_the_platform_does_not_tell_it() -> None:
    young = Detector(DetectorKind.ACCOUNT_AGE, min_age_days=7)
    matcher = RuleMatcher([RuleSpec(1, None, (young,))])
    told = ItemText(1, 1, "", "hello", author_age=86400)
    untold = ItemText(2, 1, "", "hello")
    assert [h.item_id for h in matcher.match([told, untold])] == [1]
    assert "elsewhere this check is skipped" in str(young.explain())


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?=lookahead)", r"(?<!x)y"])
def test_patterns_re2_cannot_run_are_refused_in_words(pattern: str) -> None:
    with pytest.raises(DetectorError, match="RE2 cannot run this pattern"):
        Detector(DetectorKind.REGEX, pattern=pattern).check()


def test_a_catastrophic_pattern_runs_in_linear_time_on_100_kb() -> None:
    matcher = RuleMatcher([RuleSpec(1, None, (Detector(DetectorKind.REGEX, pattern="(a+)+$"),))])
    item = ItemText(1, 1, "", "a" * 100_000 + "!")
    result: list[int] = []
    # A backtracking engine would need longer than the universe's age here; RE2 takes
    # about a millisecond. The join only keeps a broken engine from hanging the suite.
    worker = threading.Thread(target=lambda: result.append(len(matcher.match([item]))))
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive() and result == [0]


def test_detectors_round_trip_and_bad_ones_are_refused() -> None:
    detector = Detector(DetectorKind.DOMAINS, blocked_domains=("x.com",))
    assert Detector.from_json(detector.to_json()) == detector
    with pytest.raises(DetectorError, match="Unknown detector kind"):
        Detector.from_json({"kind": "magic"})
    with pytest.raises(DetectorError, match="list of texts"):
        Detector.from_json({"kind": "words", "words": "spam"})
    with pytest.raises(DetectorError, match="at least one watched word"):
        Detector.from_json({"kind": "words", "words": ["*", " "]})


def test_many_items_searched_joined_give_what_each_alone_gives() -> None:
    detectors = (
        words("cheap*", "buy now", "café"),
        Detector(DetectorKind.REGEX, pattern=r"^Le|year$|(?s)tomatoes.*SCAM|CHEAPSEEDS"),
        Detector(DetectorKind.LINKS, max_links=3),
    )
    matcher = RuleMatcher([RuleSpec(1, 5, detectors[:1]), RuleSpec(2, 5, detectors[1:])])
    texts = [text for _, _, text in CORPUS] * 10  # enough for one joined search
    items = [ItemText(n, 5, "Title" if n % 3 else "", t) for n, t in enumerate(texts)]
    together = {(h.rule_id, h.item_id, str(h.reason)) for h in matcher.match(items)}
    alone = {(h.rule_id, h.item_id, str(h.reason)) for i in items for h in matcher.match([i])}
    assert together == alone and len(together) > 40
