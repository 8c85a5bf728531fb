"""Question coach figures: precision and recall of each flag per language, on the labelled
tables (which fix the rules' behaviour in tests) and on the held-out tables (written before
the rules and never tuned on), then the time to check one question.

    python benchmarks/coach.py [--rounds 50]

Time per question: every row of the four tables checked ``--rounds`` times (median, p99 and
max of single calls, in ms, wall and CPU time). Rows a flag gets wrong are listed for the held-out tables.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.prompts.coach import check

TABLES = Path(__file__).resolve().parents[1] / "tests" / "prompts"
FLAGS = ("closed", "leading", "double", "either_or")


def load(name: str) -> list[dict[str, object]]:
    with (TABLES / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def ratio(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "  -  "


def score(rows: list[dict[str, object]], lang: str, title: str, misses: bool) -> None:
    verdicts = [check(str(row["text"]), lang) for row in rows]
    print(f"\n{title}: {len(rows)} questions")
    print(f"  {'flag':10s} {'labelled':>8s} {'precision':>9s} {'recall':>7s}")
    wrong: list[str] = []
    for flag in FLAGS:
        tp = fp = fn = 0
        for row, verdict in zip(rows, verdicts, strict=True):
            want, got = bool(row[flag]), bool(getattr(verdict, flag))
            tp += want and got
            fp += got and not want
            fn += want and not got
            if want != got:
                wrong.append(f"    {flag}={int(got)} (labelled {int(want)}): {row['text']}")
        print(f"  {flag:10s} {tp + fn:8d} {ratio(tp, tp + fp):>9s} {ratio(tp, tp + fn):>7s}")
    if misses and wrong:
        print("  wrong:")
        print("\n".join(wrong))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    all_rows: list[tuple[str, str]] = []
    for lang in ("en", "fr"):
        table, holdout = load(f"coach_{lang}.jsonl"), load(f"coach_holdout_{lang}.jsonl")
        score(table, lang, f"{lang} table (asserted by tests/prompts/test_coach.py)", False)
        score(holdout, lang, f"{lang} held-out (never tuned on)", True)
        all_rows += [(str(r["text"]), lang) for r in table + holdout]
    # Wall time, and this thread's CPU time: the machine is shared, and a call preempted
    # by someone else's work shows in wall time only.
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(args.rounds):
        for text, lang in all_rows:
            start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
            check(text, lang)
            cpu.append((time.thread_time_ns() - start_cpu) / 1e6)
            wall.append((time.perf_counter_ns() - start) / 1e6)
    print(f"\ntime per question over {len(all_rows)} rows x {args.rounds}:")
    for name, times in (("wall", wall), ("cpu", cpu)):
        times.sort()
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        print(
            f"  {name}: median {statistics.median(times):.3f} ms, p99 {p99:.3f} ms, "
            f"max {times[-1]:.3f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
