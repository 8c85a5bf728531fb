"""Refused files: one line naming the file, exit code 2, and the workspace unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.playbooks.seed import run
from workbench.core.playbooks.format import SCHEMA_VERSION, canonical_digest
from workbench.core.playbooks.reader import MAX_BYTES
from workbench.core.workspace import DATABASE_FILE, Workspace


def _playbook(content: dict[str, Any] | None = None, **header: Any) -> dict[str, Any]:
    content = content or {
        "prompts": [
            {"key": "p1.en", "pair": "p1", "lang": "en", "text": "What brought you here?",
             "types": [], "purposes": []},
        ],
    }  # fmt: skip
    return {
        "format": "community-workbench-playbook",
        "schema_version": SCHEMA_VERSION,
        "id": "hostile",
        "title": "Hostile",
        "version": 1,
        "created": "2026-12-01T10:00:00Z",
        "content_hash": "sha256:" + canonical_digest(content),
        "content": content,
        **header,
    }


def _write(tmp_path: Path, data: Any, name: str = "bad.playbook.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _traversal() -> dict[str, Any]:
    return _playbook(
        {"prompts": [{"key": "../../etc/passwd", "pair": "p", "lang": "en", "text": "Hi?"}]}
    )


def _newer() -> dict[str, Any]:
    return _playbook(schema_version=SCHEMA_VERSION + 1)


def _wrong_type() -> dict[str, Any]:
    return _playbook(
        {"prompts": [{"key": "p.en", "pair": "p", "lang": "en", "text": ["not", "text"]}]}
    )


def _bad_hash() -> dict[str, Any]:
    data = _playbook()
    data["content"]["prompts"][0]["text"] = "Changed by hand?"
    return data


CASES = {
    "path traversal in a key": (lambda: _traversal(), "is not a key"),
    "10,000 deep": (lambda: '{"a":' * 10_000 + "1" + "}" * 10_000, "nested more than 32 levels deep"),
    "duplicate keys": (
        lambda: '{"format": "community-workbench-playbook", "id": "a", "id": "b"}',
        "the key “id” appears twice",
    ),
    "a newer schema": (lambda: _newer(), "made by a newer Community Workbench"),
    "a wrong type": (lambda: _wrong_type(), "content.prompts[0].text must be text"),
    "altered content": (lambda: _bad_hash(), "does not match content_hash"),
    "not JSON": (lambda: '{"format": ', "line 1: not valid JSON"),
    "NaN": (lambda: json.dumps(_playbook()).replace('"version": 1', '"version": NaN'), "NaN is not a JSON number"),
    "a huge integer": (lambda: json.dumps(_playbook()).replace('"version": 1', '"version": ' + "9" * 5000), "a number is too large"),
    "an infinite number": (lambda: json.dumps(_playbook()).replace('"version": 1', '"version": 1e999'), "a number is too large"),
    "a lone surrogate": (lambda: json.dumps(_playbook()).replace('"Hostile"', '"\\ud800"'), "not valid Unicode"),
    "not a playbook": (lambda: "[1, 2, 3]", "not a Community Workbench playbook"),
    "an unknown field": (lambda: _playbook(macro="rm -rf /"), "unknown field “macro”"),
}  # fmt: skip


def _fingerprint(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / DATABASE_FILE).read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_file_exits_2_with_one_line_and_changes_nothing(
    case: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace.open(data_dir).close()
    before = _fingerprint(data_dir)
    make, expected = CASES[case]
    path = _write(tmp_path, make())
    capsys.readouterr()
    for action in (["import", str(path)], ["import", str(path), "--dry-run"], ["show", str(path)]):
        code, out = run(data_dir, *action)
        err = capsys.readouterr().err
        assert code == 2
        assert out == ""
        assert err.count("\n") == 1, err
        assert err.startswith("workbench: bad.playbook.json")
        assert expected in err
    assert _fingerprint(data_dir) == before


def test_100_mb_file_is_refused_before_it_is_read(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.playbook.json"
    with path.open("wb") as file:  # sparse: 100 MB on paper, nothing on disk or in memory
        file.truncate(100 * 1024 * 1024)
    assert path.stat().st_size > MAX_BYTES
    code, _ = run(data_dir, "import", str(path))
    assert code == 2
    assert (
        capsys.readouterr().err == "workbench: huge.playbook.json: larger than 10 MB, not read.\n"
    )
    assert not data_dir.exists()  # the file is refused before the workspace is even opened


def test_brackets_inside_texts_do_not_count_as_nesting(tmp_path: Path, data_dir: Path) -> None:
    text = "[" * 100 + "{ what brought you here? }" + "]" * 10
    content = {"prompts": [{"key": "p.en", "pair": "p", "lang": "en", "text": text}]}
    code, out = run(data_dir, "show", str(_write(tmp_path, _playbook(content))))
    assert code == 0
    assert "prompts: 1" in out


def test_a_missing_file_is_refused(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "show", str(tmp_path / "none.json"))[0] == 2
    assert capsys.readouterr().err == "workbench: none.json: not a file.\n"
