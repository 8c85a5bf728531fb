"""scripts/translations.py on a small tree of its own: real pyside6-lupdate and lrelease runs,
real .ts, JSON and .qm files; plus what ships the translations (package data, .desktop)."""

from __future__ import annotations

import configparser
import importlib.resources
import json
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/ is not a package)

PANE = """
from PySide6.QtWidgets import QWidget


class Pane(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Hello"))
        self.label = self.tr("%1 items in {folder}")
        self.save = self.tr("&Save")
"""

GOOD = [
    {"context": "Pane", "source": "Hello", "translation": "Bonjour"},
    {
        "context": "Pane",
        "source": "%1 items in {folder}",
        "translation": "%1 éléments dans {folder}",
    },
    {"context": "Pane", "source": "&Save", "translation": "&Enregistrer"},
]


class Tree:
    def __init__(self, root: Path) -> None:
        self.sources = root / "src"
        self.sources.mkdir()
        (self.sources / "pane.py").write_text(PANE, encoding="utf-8")
        self.ts = root / "out" / "workbench_fr.ts"
        self.ts.parent.mkdir()
        self.root = root

    def run(self, capsys: pytest.CaptureFixture[str], *command: str) -> tuple[int, str]:
        argv = ["--ts", str(self.ts), "--sources", str(self.sources), *command]
        code = translations.main(argv)
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    def part(self, entries: list[dict[str, object]], name: str = "part.json") -> str:
        path = self.root / name
        path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        return str(path)

    def complete(
        self, capsys: pytest.CaptureFixture[str], entries: list[dict[str, object]]
    ) -> None:
        assert self.run(capsys, "update")[0] == 0
        assert self.run(capsys, "fill", self.part(entries))[0] == 0
        assert self.run(capsys, "release")[0] == 0


@pytest.fixture
def tree(tmp_path: Path) -> Tree:
    return Tree(tmp_path)


def test_a_complete_translation_passes_the_check(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.complete(capsys, GOOD)
    code, out = tree.run(capsys, "check")
    assert code == 0, out
    assert "complete and up to date" in out


def test_fill_says_how_many_applied_and_names_what_matched_nothing(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.run(capsys, "update")
    stray = {"context": "Pane", "source": "Goodbye", "translation": "Au revoir"}
    code, out = tree.run(capsys, "fill", tree.part([*GOOD, stray]))
    assert code == 0
    assert "3 applied, 1 matched nothing" in out
    assert "[Pane] 'Goodbye'" in out
    text = tree.ts.read_text(encoding="utf-8")
    assert "<translation>Bonjour</translation>" in text
    assert 'type="unfinished"' not in text


def test_a_string_missing_from_the_ts_fails_naming_it(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.complete(capsys, GOOD)
    pane = tree.sources / "pane.py"
    pane.write_text(pane.read_text() + '        self.tr("Added later")\n', encoding="utf-8")
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "missing: [Pane] 'Added later'" in out


def test_a_string_gone_from_the_code_fails_as_vanished(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.complete(capsys, GOOD)
    pane = tree.sources / "pane.py"
    pane.write_text(pane.read_text().replace('self.tr("&Save")', '"&Save"'), encoding="utf-8")
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "vanished: [Pane] '&Save'" in out


def test_an_obsolete_entry_fails_naming_it(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.complete(capsys, GOOD)
    text = tree.ts.read_text(encoding="utf-8")
    tree.ts.write_text(
        text.replace(
            "<translation>Bonjour</translation>",
            '<translation type="obsolete">Bonjour</translation>',
        ),
        encoding="utf-8",
    )
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "obsolete: [Pane] 'Hello'" in out


def test_an_unfinished_entry_fails_naming_it_and_its_line(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.complete(capsys, GOOD[1:])
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "unfinished: [Pane] 'Hello' at pane.py:7" in out
    assert "'&Save'" not in out


def test_an_empty_translation_is_unfinished(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    tree.complete(capsys, [*GOOD[1:], {"context": "Pane", "source": "Hello", "translation": " "}])
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "unfinished: [Pane] 'Hello'" in out


@pytest.mark.parametrize(
    ("source", "translation", "problem"),
    [
        ("%1 items in {folder}", "%2 éléments dans {folder}", "placeholders differ"),
        ("%1 items in {folder}", "%1 éléments dans {dossier}", "{fields} differ"),
        ("&Save", "Enregistrer", "& mnemonics differ"),
        ("Hello", "<b>Bonjour</b>", "HTML tags differ"),
    ],
)
def test_a_placeholder_mismatch_fails_naming_the_entry(
    tree: Tree, capsys: pytest.CaptureFixture[str], source: str, translation: str, problem: str
) -> None:
    entries = [e for e in GOOD if e["source"] != source]
    tree.complete(
        capsys, [*entries, {"context": "Pane", "source": source, "translation": translation}]
    )
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert f"{problem}" in out
    assert f"[Pane] {source!r}" in out


def test_a_qm_not_released_from_the_ts_fails(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.complete(capsys, GOOD)
    better = {"context": "Pane", "source": "Hello", "translation": "Salut"}
    tree.run(capsys, "fill", tree.part([better]))  # the .ts changed, the .qm did not
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "workbench_fr.qm: not what `release` makes" in out
    tree.run(capsys, "release")
    assert tree.run(capsys, "check")[0] == 0


def test_numerus_forms_are_filled_and_checked(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    pane = tree.sources / "pane.py"
    pane.write_text(pane.read_text() + '        self.tr("%n file(s)", "", 3)\n', encoding="utf-8")
    numerus = {"context": "Pane", "source": "%n file(s)", "numerus": ["%n fichier", "fichiers"]}
    tree.complete(capsys, [*GOOD, numerus])
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "placeholders differ" in out and "'%n file(s)'" in out
    fixed = {**numerus, "numerus": ["%n fichier", "%n fichiers"]}
    tree.run(capsys, "fill", tree.part([fixed]))
    tree.run(capsys, "release")
    code, out = tree.run(capsys, "check")
    assert code == 0, out


def test_a_broken_part_is_refused_naming_the_file(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.run(capsys, "update")
    before = tree.ts.read_bytes()
    broken = tree.root / "broken.json"
    broken.write_text('[{"context": "Pane",\n "source": }]', encoding="utf-8")
    code, out = tree.run(capsys, "fill", str(broken))
    assert code == 2
    assert "broken.json:2: not JSON" in out
    assert tree.ts.read_bytes() == before


def test_a_fill_changes_only_the_lines_it_translates(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.run(capsys, "update")
    before = tree.ts.read_text(encoding="utf-8").splitlines()
    tree.run(capsys, "fill", tree.part(GOOD[:1]))
    after = tree.ts.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        (
            '        <translation type="unfinished"></translation>',
            "        <translation>Bonjour</translation>",
        )
    ]


# --- what ships them ---------------------------------------------------------------------


def test_the_compiled_french_translation_is_package_data() -> None:
    resource = (
        importlib.resources.files("workbench") / "resources" / "translations" / "workbench_fr.qm"
    )
    assert resource.is_file()
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]
    package = ROOT / "workbench"
    shipped = {p for pattern in patterns["workbench"] for p in package.glob(pattern)}
    assert package / "resources" / "translations" / "workbench_fr.qm" in shipped


def test_the_frozen_app_carries_our_and_qts_french() -> None:
    spec = (ROOT / "packaging" / "workbench.spec").read_text(encoding="utf-8")
    assert 'translations.glob("*.qm")' in spec
    assert "qtbase_fr.qm" in spec and "qt_fr.qm" in spec


def test_the_desktop_file_has_a_french_name_and_comment() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "community-workbench.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name[fr]"].strip()
    assert desktop["Comment[fr]"].strip()
    assert desktop["Comment[fr]"] != desktop["Comment"]


def test_check_also_fails_on_text_lupdate_cannot_see(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.complete(capsys, GOOD)
    pane = tree.sources / "pane.py"
    pane.write_text(pane.read_text() + "        self.tr(LABELS[0])\n", encoding="utf-8")
    code, out = tree.run(capsys, "check")
    assert code == 1
    assert "pane.py:11: the text of self.tr(LABELS[0]) is not a literal string" in out
