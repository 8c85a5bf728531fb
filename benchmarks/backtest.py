"""Backtest figures on 1,000,000 stored items: a watched-words rule and a regex rule.

    nice -n 10 python benchmarks/backtest.py /tmp/wb-guidelines-1m --items 1000000

The store is built (or reused) by datagen.build_store through the real sync path. Each
backtest runs over every community (the whole store: stricter than the CLI's one
community), through ``Backtester.run``, the code behind the pane and the CLI. Targets: a
words rule <= 2 s (the full-text index finds the candidates), a regex <= 5 s (every item
read; RE2 searches batches of items joined). ``(a+)+$`` is timed too: RE2 has no
backtracking, so it costs what any regex costs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from datagen import build_store, vocabulary

from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.state import DetectorKind
from workbench.core.workspace import Workspace

TARGET_WORDS_S = 2.0
TARGET_REGEX_S = 5.0


def cases() -> list[tuple[str, Detector, float | None]]:
    words, _ = vocabulary()
    watched = (words[400], words[401] + "*", f"{words[402]} {words[403]}", "free money")
    return [
        (
            "words: " + ", ".join(watched),
            Detector(DetectorKind.WORDS, words=watched),
            TARGET_WORDS_S,
        ),
        (
            f"regex: (?i)\\b{words[300]}\\s+\\w+ing\\b",
            Detector(DetectorKind.REGEX, pattern=rf"(?i)\b{words[300]}\s+\w+ing\b"),
            TARGET_REGEX_S,
        ),
        (
            "regex: (a+)+$ (catastrophic elsewhere)",
            Detector(DetectorKind.REGEX, pattern="(a+)+$"),
            None,
        ),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Backtest figures (see the docstring).")
    parser.add_argument("dir", type=Path, help="workspace folder (built if missing)")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per case (best is kept)")
    args = parser.parse_args(argv)
    build_store(args.dir, args.items)
    workspace = Workspace.open(args.dir)
    ok = True
    try:
        print(f"\n{'backtest':<58}{'caught':>9}{'best s':>8}{'runs':>6}  target")
        for label, detector, target in cases():
            times, total = [], 0
            for _ in range(args.runs):
                started = time.perf_counter()
                result = workspace.backtest.run([detector], seed=1)
                times.append(time.perf_counter() - started)
                total = result.total
            best = min(times)
            verdict = ""
            if target is not None:
                verdict = f"<= {target:.0f} s {'ok' if best <= target else 'MISSED'}"
                ok = ok and best <= target
            runs = "/".join(f"{t:.2f}" for t in times)
            print(f"{label[:57]:<58}{total:>9,}{best:>8.2f}  {runs}  {verdict}")
    finally:
        workspace.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
