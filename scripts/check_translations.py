"""Fail when a user-visible string is one that pyside6-lupdate cannot see.

Run by scripts/test (CI). Two checks:
1. pyside6-lupdate runs over every module under workbench/ and each string it extracts must
   land in a named context; a bare ``tr("...")`` helper outside a class lands in an empty
   context, so its translation would never be found at run time.
2. Every ``tr(...)``, ``self.tr(...)`` and ``QCoreApplication.translate(ctx, ...)`` is
   called with a literal string (``tr(LABELS[x])`` hides the text from lupdate), except in
   workbench/gui/words.py, the one place that translates text core marked with
   ``QT_TRANSLATE_NOOP`` (which lupdate extracts where it is written).

Usage: python scripts/check_translations.py [--ts OUT.ts]
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "workbench"
ALLOWED = {SOURCES / "gui" / "words.py"}  # translates marked text by design


def lupdate(files: list[Path], ts: Path) -> None:
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool is None:
        sys.exit("check_translations: pyside6-lupdate is not installed beside this Python")
    done = subprocess.run(
        [tool, *map(str, files), "-ts", str(ts)], capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        sys.exit(f"check_translations: pyside6-lupdate failed:\n{done.stderr}")


def contextless(ts: Path) -> list[str]:
    """Strings lupdate put in no named context (their translation cannot be looked up)."""
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = (context.findtext("name") or "").strip()
        if name and name != "QCoreApplication":
            continue
        for message in context.iter("message"):
            where = message.find("location")
            place = (
                f"{Path(where.get('filename', '?')).name}:{where.get('line', '?')}"
                if where is not None
                else "?"
            )
            problems.append(
                f"{place}: {message.findtext('source')!r} has no context: use self.tr() in a "
                "QObject class or QCoreApplication.translate('Context', '...')"
            )
    return problems


def _text_argument(call: ast.Call) -> ast.expr | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and call.args:
        return call.args[0]
    if name in ("translate", "QT_TRANSLATE_NOOP") and len(call.args) >= 2:
        return call.args[1]
    return None


def hidden(path: Path) -> list[str]:
    """Calls whose text is not a literal, so lupdate cannot extract it."""
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        argument = _text_argument(node)
        if argument is None:
            continue
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "tr" and _is_helper(node, path):
            continue
        problems.append(
            f"{_shown(path)}:{node.lineno}: the text of {ast.unparse(node)[:60]} is "
            "not a literal string: lupdate cannot see it (mark the text where it is written)"
        )
    return problems


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _is_helper(node: ast.Call, path: Path) -> bool:
    # The body of a module's own ``def tr(text): return translate(CONTEXT, text)``.
    source = path.read_text(encoding="utf-8").splitlines()
    line = source[node.lineno - 1]
    return "return QCoreApplication.translate(" in line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ts", type=Path, help="keep the extracted .ts file here")
    args = parser.parse_args(argv)
    files = sorted(SOURCES.rglob("*.py"))
    problems = [p for f in files if f not in ALLOWED for p in hidden(f)]
    with tempfile.TemporaryDirectory() as tmp:
        ts = args.ts or Path(tmp) / "check.ts"
        lupdate(files, ts)
        problems += contextless(ts)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check_translations: {len(problems)} string(s) lupdate cannot see", file=sys.stderr)
        return 1
    print(f"check_translations: every string is visible to lupdate ({len(files)} modules)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
