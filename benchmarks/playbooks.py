"""Playbook figures on a generated library: export, read (bounded parse + checks), preview
and one-transaction import of N prompts, G guidelines of 20 rules and V views; then the
reader on a file just under the 10 MB cap, and on 10 MB of balanced brackets (the depth
guard's worst case).

    nice python benchmarks/playbooks.py [--prompts 5000] [--guidelines 50] [--views 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from workbench.core.guidelines.detectors import Detector
from workbench.core.guidelines.documents import Document, RuleDraft
from workbench.core.guidelines.state import DetectorKind
from workbench.core.inbox.query import View
from workbench.core.playbooks.export import new_header
from workbench.core.playbooks.format import PlaybookError
from workbench.core.playbooks.reader import parse_playbook, read_playbook
from workbench.core.playbooks.state import PlaybookArea
from workbench.core.prompts.library import row_values
from workbench.core.workspace import Workspace
from workbench.db.models import Prompt


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44} {time.perf_counter() - start:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prompts", type=int, default=5000)
    parser.add_argument("--guidelines", type=int, default=50)
    parser.add_argument("--views", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ws = Workspace.open(root / "source")
        ws.prompts.ensure_bundle()
        with ws.store.writing() as session:
            rows = [
                row_values(
                    "en", f"What is question number {n} about your week?", [], [], f"u-{n:06d}"
                )
                for n in range(args.prompts)
            ]
            session.execute(insert(Prompt), rows)
        rule = RuleDraft(
            "No spam", detectors=(Detector(DetectorKind.WORDS, words=("buy*", "cheap")),)
        )
        for n in range(args.guidelines):
            ws.guidelines.create(None, Document(f"Rules {n}", rules=(rule,) * 20))
        for n in range(args.views):
            ws.views.save(f"View {n}", View(search=f"word{n}", tags=("a", "b")))
        path = root / "big.playbook.json"
        everything = dict.fromkeys(PlaybookArea)
        playbook = timed(
            "export (library read + checks)",
            lambda: ws.playbooks.export(new_header("Big"), everything),
        )
        timed("write the file", lambda: ws.playbooks.write(playbook, path))
        print(f"{'file size':<44} {path.stat().st_size / 1e6:8.2f} MB, {len(playbook.items)} items")
        read = timed("read (bounded parse + checks + hash)", lambda: read_playbook(path))
        other = Workspace.open(root / "other")
        other.prompts.ensure_bundle()
        timed("preview against an empty library", lambda: other.playbooks.preview(read))
        timed("import (one transaction)", lambda: other.playbooks.apply(read, {}))
        timed("preview again (all identical)", lambda: other.playbooks.preview(read))
        other.close()
        ws.close()
        brackets = (
            b'{"format": "community-workbench-playbook", "x": [' + b"[]," * 3_400_000 + b"[]]}"
        )
        start = time.perf_counter()
        try:
            parse_playbook(brackets, "b.json")
        except PlaybookError as error:
            label = f"reader on {len(brackets) / 1e6:.1f} MB of brackets (refused)"
            print(f"{label:<44} {time.perf_counter() - start:8.3f} s: {error}")


if __name__ == "__main__":
    main()
