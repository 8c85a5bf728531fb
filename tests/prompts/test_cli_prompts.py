"""`workbench prompts list|add|import|suggest|use`: the shapes scripts depend on, and bad
input refused with a message naming what is wrong."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from plugins.support import install
from uses_helpers import scripted

from tests.test_outbox import sends
from workbench.cli import main
from workbench.core.workspace import Workspace


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


def run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data_dir), "prompts", *argv], out=out)
    return code, out.getvalue()


def test_list_prints_one_prompt_a_line_with_exactly_the_documented_keys(data_dir: Path) -> None:
    code, out = run(data_dir, "list", "--type", "brand", "--purpose", "debate", "--lang", "fr",
                    "--format", "jsonl")  # fmt: skip
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert records and {tuple(r) for r in records} == {
        ("id", "lang", "text", "types", "purposes", "pair_id")
    }
    assert all(r["lang"] == "fr" and "brand" in r["types"] for r in records)
    assert all("debate" in r["purposes"] and r["pair_id"].startswith("debate-") for r in records)


def test_add_prints_the_new_id_and_the_prompt_is_listed(data_dir: Path) -> None:
    code, out = run(data_dir, "add", "--lang", "en", "--text", "What brought you to {community}?",
                    "--type", "support", "learning", "--purpose", "onboarding")  # fmt: skip
    assert code == 0 and out.strip().isdigit()
    code, listed = run(data_dir, "list", "--search", "brought you", "--format", "jsonl")
    record = json.loads(listed.splitlines()[0])
    assert record["id"] == int(out) and record["types"] == ["learning", "support"]
    assert run(data_dir, "add", "--lang", "en", "--text", "  ")[0] == 2


def test_import_reports_refused_lines_with_file_and_line(
    data_dir: Path, prompt_files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(data_dir, "import", str(prompt_files / "user_prompts.jsonl"))
    assert (code, out) == (1, "Added 3 prompts (0 were there already).\n")
    assert "refused user_prompts.jsonl:3: unknown purposes: nap-time" in capsys.readouterr().err


def test_suggest_and_use_a_prompt_in_a_community(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = Workspace.open(data_dir)
    try:
        _, script = scripted(ws)
        prompt = ws.prompts.add(lang="en", text="What did you try with {topic} lately?")
    finally:
        ws.close()
    code, out = run(data_dir, "suggest", "--community", "general", "--format", "jsonl",
                    "--limit", "3")  # fmt: skip
    found = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(found) == 3 and all(s["untried"] for s in found)
    assert run(data_dir, "use", str(prompt.id), "--community", "General")[0] == 2
    assert "Fill in {topic}" in capsys.readouterr().err
    past = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    code, _ = run(data_dir, "use", str(prompt.id), "--community", "General", "--value",
                  "topic=Zig", "--at", past)  # fmt: skip
    assert code == 1 and "has passed; nothing was posted" in capsys.readouterr().err
    assert sends(script) == []
    later = (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")  # local time
    code, out = run(data_dir, "use", str(prompt.id), "--community", "General", "--value",
                    "topic=Zig", "--at", later)  # fmt: skip
    assert (code, out) == (0, f"Use 1 in General: scheduled for {later.replace('T', ' ')}.\n")
    code, out = run(data_dir, "use", str(prompt.id), "--community", "General", "--value",
                    "topic=Zig", "--at", past, "--yes")  # fmt: skip
    assert (code, out) == (0, "Use 2 in General: posted.\n")
    assert sends(script) == [{"send": "post", "text": "What did you try with Zig lately?"}]
    assert run(data_dir, "use", "9999", "--community", "General")[0] == 1
    assert "no prompt 9999" in capsys.readouterr().err


def test_coach_prints_one_verdict_a_line_in_the_order_read(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = ["Did you like the training?", "Qu'avez-vous appris cette semaine ?", ""]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(questions) + "\n"))
    code, out = run(data_dir, "coach", "--format", "jsonl")
    verdicts = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [v["text"] for v in verdicts] == questions
    assert {tuple(v) for v in verdicts} == {
        ("text", "lang", "closed", "leading", "double", "either_or", "reasons", "rewrites")
    }
    assert [v["lang"] for v in verdicts[:2]] == ["en", "fr"]
    assert verdicts[0]["closed"] is True and verdicts[0]["rewrites"]
    monkeypatch.setattr("sys.stdin", io.StringIO("What did you learn?\n"))
    code, out = run(data_dir, "coach", "--lang", "fr", "--format", "jsonl")
    assert code == 0 and json.loads(out)["lang"] == "fr"


def test_coach_refuses_a_line_that_is_no_question(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Why?\n" + "x" * 10_001 + "\n"))
    code, out = run(data_dir, "coach", "--format", "jsonl")
    assert code == 2 and len(out.splitlines()) == 1
    assert "line 2 is longer than 10000 characters" in capsys.readouterr().err
