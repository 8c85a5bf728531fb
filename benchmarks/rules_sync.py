"""Sync with 50 active rules against the same sync without rules, in one process.

    nice -n 10 python benchmarks/rules_sync.py --items 1000000

Generates the items once (not timed), then syncs them twice through ``SyncEngine.sync``
(the real path: BatchWriter, FTS, grouped commits, the after-commit steps), each time into
a fresh workspace: first without rules, then with 50 active rules in every community (25
watched-words rules with wildcards and phrases, 25 regexes), so every item is checked
against all 50. Prints both rates and their ratio (target >= 0.85) and the hits written.
The communities are created before the clock starts, so the rules can name them.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from datagen import generate_batches, vocabulary
from ingest import PreloadedConnector

from connectors.api import Batch
from connectors.registry import PluginInfo, PluginState
from workbench.core.guidelines.after_sync import GuidelinesStep
from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.documents import Document, RuleDraft
from workbench.core.guidelines.state import DetectorKind
from workbench.core.workspace import Workspace

TARGET_RATIO = 0.85
SPAM = ("viagra", "crypto*", "free money", "click here", "c*sino", "limited offer", "xxx")


def rules(catching: int = 5) -> list[RuleDraft]:
    """25 words rules and 25 regex rules. The spam words never occur in generated text; the
    first ``catching`` words rules also watch a rare vocabulary word (with a wildcard), so
    some items are caught (5: about 3% of items; 25: about 14%)."""
    words, _ = vocabulary()
    rare = list(words[-200:])
    out = []
    for n in range(25):
        wildcard = f"{rare[n][:3]}*{rare[n][-1]}" if len(rare[n]) > 4 else rare[n]
        chosen = (*SPAM, wildcard) if n < catching else (*SPAM, f"{wildcard}{wildcard}")
        out.append(
            RuleDraft(
                f"Words {n}",
                active=True,
                detectors=(Detector(DetectorKind.WORDS, words=chosen),),
            )
        )
    for n in range(25):
        word = rare[100 + n]
        pattern = rf"(?i)\b(?:free|cheap|best)\s+(?:pills|loans|{word})\b|\b\d{{3}}-\d{{4}}\b|{word}\W+\w+ing\b"
        out.append(
            RuleDraft(
                f"Regex {n}",
                active=True,
                detectors=(Detector(DetectorKind.REGEX, pattern=pattern),),
            )
        )
    return out


def sync_into(
    folder: Path, batches: Sequence[Batch], *, with_rules: bool, catching: int = 5
) -> tuple[float, float, int, float]:
    """(wall seconds, CPU seconds, hits written, seconds in the detector step)."""
    PreloadedConnector.batches = batches
    workspace = Workspace.open(folder)
    try:
        workspace.registry.plugins.append(
            PluginInfo(
                PreloadedConnector.id, "benchmarks/rules_sync.py", PluginState.LOADED, "",
                PreloadedConnector,
            )
        )  # fmt: skip
        account = workspace.accounts.add(PreloadedConnector.id, "Rules benchmark", {})
        # The communities first (no items), so that rules can be attached to them.
        PreloadedConnector.batches = [Batch(communities=batches[0].communities, cursor="0")]
        workspace.sync.sync(account.id)
        PreloadedConnector.batches = batches
        if with_rules:
            drafts = rules(catching)
            for community in workspace.guidelines.communities():
                workspace.guidelines.create(
                    community.community_id, Document("Rules", rules=tuple(drafts))
                )
        gc.collect()
        started, cpu = time.perf_counter(), time.process_time()
        summary = workspace.sync.sync(account.id, force=True)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        if summary.failed:
            raise RuntimeError(f"sync failed: {summary.message}")
        assert summary.counts.new == sum(len(b.items) for b in batches), summary.counts
        with workspace.store.engine.connect() as connection:
            hits = connection.exec_driver_sql("SELECT count(*) FROM rule_hits").scalar() or 0
        step = next(s for s in workspace.sync.after_commit if isinstance(s, GuidelinesStep))
        return elapsed, cpu, int(hits), step.seconds if with_rules else 0.0
    finally:
        workspace.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sync with and without 50 active rules.")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--communities", type=int, default=50)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--rounds", type=int, default=1, help="pairs of syncs (order alternates)")
    parser.add_argument(
        "--catching", type=int, default=5, help="words rules that catch items (0-25; see rules())"
    )
    args = parser.parse_args(argv)
    work = args.dir or Path(tempfile.mkdtemp(prefix="wb-rules-sync-"))
    for name in ("plain", "rules"):
        shutil.rmtree(work / name, ignore_errors=True)
    print(f"generating {args.items} items (not timed) ...", flush=True)
    batches = list(generate_batches(args.items, args.communities, 1, args.batch_size))
    gc.collect()
    gc.freeze()
    # Rounds alternate the order (without, with; with, without; ...): a shared machine's
    # speed drifts, and the ratio is taken of the sums.
    plain_s = plain_cpu = rules_s = rules_cpu = step_s = 0.0
    hits = 0
    for round_ in range(args.rounds):
        order = (False, True) if round_ % 2 == 0 else (True, False)
        for with_rules in order:
            label = "with 50 active rules in every community" if with_rules else "without rules"
            print(f"sync {label} ...", flush=True)
            folder = work / ("rules" if with_rules else "plain")
            shutil.rmtree(folder, ignore_errors=True)
            wall, cpu, caught, step = sync_into(
                folder, batches, with_rules=with_rules, catching=args.catching
            )
            if with_rules:
                rules_s, rules_cpu, hits, step_s = (
                    rules_s + wall,
                    rules_cpu + cpu,
                    caught,
                    step_s + step,
                )
            else:
                plain_s, plain_cpu = plain_s + wall, plain_cpu + cpu
    n = args.items * args.rounds
    ratio, cpu_ratio = plain_s / rules_s, plain_cpu / rules_cpu
    print()
    print(f"{'figure':<30}{'wall s':>8}{'items/s':>10}{'cpu s':>8}{'items/cpu-s':>12}")
    print(
        f"{'sync, no rules':<30}{plain_s:>8.1f}{n / plain_s:>10,.0f}{plain_cpu:>8.1f}{n / plain_cpu:>12,.0f}"
    )
    print(
        f"{'sync, 50 active rules':<30}{rules_s:>8.1f}{n / rules_s:>10,.0f}{rules_cpu:>8.1f}{n / rules_cpu:>12,.0f}"
    )
    verdict = "ok" if ratio >= TARGET_RATIO else "MISSED"
    print(
        f"{'ratio with / without':<30}{'':>8}{ratio:>10.2f}{'':>8}{cpu_ratio:>12.2f}  >= {TARGET_RATIO} {verdict}"
    )
    per_run = n // args.rounds
    print(
        f"hits written: {hits:,} ({hits / per_run:.1%} of items, --catching {args.catching}); "
        f"detector step {step_s:.1f} s wall in all"
    )
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ratio >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
