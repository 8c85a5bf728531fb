"""`workbench playbook export|show|import`: the shapes scripts depend on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.playbooks.seed import run, seed_library
from workbench.core.workspace import Workspace


def test_export_show_import_dry_run_then_import(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    ws = Workspace.open(source)
    seed_library(ws)
    ws.close()
    path = tmp_path / "team.playbook.json"
    code, out = run(
        source, "export", "--output", str(path), "--include", "reasons,views", "--title", "Team"
    )
    assert (code, out) == (0, f"4 items written to {path}\n")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [len(data["content"][a]) for a in ("prompts", "reasons", "views")] == [0, 1, 3]
    code, out = run(target, "show", str(path))
    assert code == 0
    assert out.splitlines()[0].startswith("Team (version 1, id pb-")
    assert "reasons: 1" in out and "  off-topic-here\tOff topic here" in out
    code, out = run(target, "import", str(path), "--dry-run")
    assert out.splitlines()[0] == "new\treasons\toff-topic-here\tOff topic here"
    assert out.splitlines()[-2:] == [
        "4 new, 0 updated by the playbook, 0 changed, 0 identical",
        "dry run: nothing imported",
    ]
    code, out = run(target, "import", str(path))
    assert (
        out.splitlines()[-1]
        == "imported: 4 added, 0 updated, 0 kept both, 0 kept as they were, 0 identical"
    )
    code, out = run(target, "import", str(path), "--take", "theirs")
    assert out.splitlines()[-2] == "0 new, 0 updated by the playbook, 0 changed, 4 identical"


def test_import_take_both_keeps_a_renamed_copy(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    for folder in (source, target):
        ws = Workspace.open(folder)
        seed_library(ws)
        ws.close()
    ws = Workspace.open(target)
    (view,) = [v for v in ws.views.all() if v.name == "Loud threads"]
    ws.views.save("Loud threads", view.view.with_search("on fire"))
    ws.close()
    path = tmp_path / "p.json"
    run(source, "export", "--output", str(path), "--include", "views")
    code, out = run(target, "import", str(path), "--dry-run")
    assert code == 0
    assert "changed\tviews\tview-2\tLoud threads" in out
    assert '    -    "search": "on fire"' in out.splitlines()
    run(target, "import", str(path), "--take", "both")
    ws = Workspace.open(target)
    try:
        names = {v.name: v.view.search for v in ws.views.all()}
    finally:
        ws.close()
    assert names["Loud threads"] == "on fire"
    assert names["Loud threads (2)"] == "urgent"


def test_include_names_unknown_areas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(tmp_path / "w", "export", "--output", str(tmp_path / "x.json"), "--include", "accounts")
    assert stopped.value.code == 2
    assert "--include takes a comma-separated list of" in capsys.readouterr().err
