"""Cold start to the main window shown, on a store of 1,000,000 generated items.

    nice -n 10 python benchmarks/cold_start.py /tmp/wb-bench-1m --runs 5

Builds (or reuses) the store with datagen.build_store, then starts the real app as a new
process each run: ``python -m workbench --self-test --data-dir DIR``. Three figures per run:

- to window:  from spawning the process to the self-test's first line ("window: ok"),
              printed right after the main window is shown and the first events ran;
- app says:   the app's own "main window shown after X ms", counted from the start of
              ``workbench.gui.app.run`` (so without interpreter start and imports);
- process:    spawn to exit, including the self-test's checks (which count every item).

The operating system's file cache is warm after the first run (and after building the
store); ``--drop-caches`` (root only) empties it before each run for a truly cold disk.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from datagen import build_store

TARGET_MS = 2000
SHOWN = re.compile(r"main window shown after (\d+) ms")


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


@dataclass
class Run:
    to_window: float
    app_says: float
    process: float
    output: list[str]


def one_run(data_dir: Path) -> Run:
    env = dict(os.environ)
    # No desktop keyring on a headless machine; the self-test stores and reads a probe.
    env.setdefault("PYTHON_KEYRING_BACKEND", "workbench.core.accounts.secrets.MemoryKeyring")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [sys.executable, "-m", "workbench", "--self-test", "--data-dir", str(data_dir)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    to_window = float("nan")
    app_says = float("nan")
    lines = []
    for line in process.stdout:
        lines.append(line.rstrip())
        if line.startswith("window:") and to_window != to_window:
            to_window = (time.perf_counter() - started) * 1000
            found = SHOWN.search(line)
            if found:
                app_says = float(found.group(1))
    _, errors = process.communicate()
    total = (time.perf_counter() - started) * 1000
    if process.returncode != 0:
        print("\n".join(lines))
        print(errors)
        raise RuntimeError(f"the self-test failed with exit code {process.returncode}")
    return Run(to_window, app_says, total, lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cold start figures (see the docstring).")
    parser.add_argument("data_dir", type=Path, help="workspace folder (built if needed)")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true", help="needs root")
    args = parser.parse_args(argv)

    build_store(args.data_dir, args.items)
    print("warm-up start (not counted: the first open may migrate the store) ...", flush=True)
    first = one_run(args.data_dir)
    for line in first.output:
        print(f"  | {line}")
    results = []
    print(f"\n{'run':>4}{'to window ms':>14}{'app says ms':>13}{'process ms':>12}")
    for number in range(1, args.runs + 1):
        if args.drop_caches:
            drop_caches()
        result = one_run(args.data_dir)
        results.append(result)
        print(
            f"{number:>4}{result.to_window:>14.0f}{result.app_says:>13.0f}{result.process:>12.0f}"
        )
    median = {
        name: statistics.median(getattr(r, name) for r in results)
        for name in ("to_window", "app_says", "process")
    }
    worst = max(r.to_window for r in results)
    print(
        f"{'med':>4}{median['to_window']:>14.0f}{median['app_says']:>13.0f}"
        f"{median['process']:>12.0f}"
    )
    ok = worst <= TARGET_MS
    print(
        f"\ncold start to the main window, {args.items:,} items: median "
        f"{median['to_window']:.0f} ms, worst {worst:.0f} ms (target <= {TARGET_MS} ms: "
        f"{'ok' if ok else 'MISSED'})"
        + (" [caches dropped before each run]" if args.drop_caches else " [warm file cache]")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
