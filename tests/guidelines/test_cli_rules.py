"""``workbench rules backtest`` and ``rules import-discourse``: the shapes scripts rely on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.cli.common import EXIT_OK, EXIT_USAGE
from workbench.core.workspace import Workspace


def run(workspace: Workspace, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(workspace.data_dir), *argv], out=out)
    return code, out.getvalue()


def test_backtest_prints_one_item_per_line_then_the_total(corpus: Workspace) -> None:
    code, out = run(
        corpus, "rules", "backtest", "--community", "gardeners", "--words", "cheap*, scam",
        "--format", "jsonl",
    )  # fmt: skip
    assert code == EXIT_OK
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[-1] == {"total": 2}
    assert sorted(lines[:-1], key=lambda r: r["external_id"]) == [
        {"account": "Garden club", "external_id": "p1", "community": "Gardeners"},
        {"account": "Garden club", "external_id": "p3", "community": "Gardeners"},
    ]
    code, out = run(
        corpus, "rules", "backtest", "--community", "Bakers", "--regex", "(?i)flour",
        "--format", "jsonl",
    )  # fmt: skip
    assert out.splitlines() == [
        '{"account": "Garden club", "external_id": "p8", "community": "Bakers"}',
        '{"total": 1}',
    ]


def test_backtest_refuses_a_pattern_re2_cannot_run_and_an_unknown_community(
    corpus: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(corpus, "rules", "backtest", "--community", "Bakers", "--regex", r"(a)\1")
    assert code == EXIT_USAGE and out == ""
    assert "RE2 cannot run this pattern" in capsys.readouterr().err
    code, _ = run(corpus, "rules", "backtest", "--community", "Nobody", "--words", "x")
    assert code == EXIT_USAGE
    assert "no community named “Nobody”" in capsys.readouterr().err


def test_import_discourse_makes_an_inactive_rule_of_the_words(
    corpus: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "watched.csv"
    path.write_text(
        "word,replacement,case_sensitive\ncheap*,,false\nSCAM,,true\nbuy now\n", encoding="utf-8"
    )
    code, out = run(corpus, "rules", "import-discourse", str(path), "--community", "Gardeners")
    assert code == EXIT_OK and "Imported 3 watched word(s)" in out
    gardeners = corpus.guidelines.find_communities("Gardeners")[0].community_id
    guideline = corpus.guidelines.for_community(gardeners)
    assert guideline is not None
    (rule,) = guideline.rules
    assert not rule.draft.active
    assert [(d.words, d.case_sensitive) for d in rule.draft.detectors] == [
        (("cheap*", "buy now"), False),
        (("SCAM",), True),
    ]
    caught = corpus.backtest.run(rule.draft.detectors, [gardeners])
    assert caught.total == 2  # p1 (cheap), p3 (CHEAPSEEDS, SCAM)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("spam,,false\neggs,,maybe\n", "watched.csv, line 2: case_sensitive is “maybe”"),
        ("spam\nham,x,false,extra\n", "watched.csv, line 2: 4 columns"),
        ("spam\n" + "x" * 101 + "\n", "watched.csv, line 2: the word is longer than 100"),
        ('spam\n"unclosed,\n', "watched.csv, line"),
        ("", "no watched words"),
    ],
)
def test_a_broken_csv_is_refused_with_its_line_and_nothing_is_imported(
    corpus: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    path = tmp_path / "watched.csv"
    path.write_text(content, encoding="utf-8")
    code, _ = run(corpus, "rules", "import-discourse", str(path), "--community", "Gardeners")
    assert code == EXIT_USAGE
    assert message in capsys.readouterr().err
    gardeners = corpus.guidelines.find_communities("Gardeners")[0].community_id
    assert corpus.guidelines.for_community(gardeners) is None


def test_a_csv_over_the_size_bound_is_refused_unread(tmp_path: Path) -> None:
    from workbench.core.guidelines.discourse import DiscourseImportError, read_watched_words

    path = tmp_path / "big.csv"
    path.write_text("word\n" * 1000, encoding="utf-8")
    with pytest.raises(DiscourseImportError, match=r"big\.csv: larger than"):
        read_watched_words(path, max_bytes=1024)
