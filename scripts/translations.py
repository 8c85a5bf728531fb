"""The translation workflow: update the .ts from the sources, fill it, release the .qm, check.

    python scripts/translations.py update            # pyside6-lupdate -> workbench_fr.ts
                                                     # (and English plurals: workbench_en.qm)
    python scripts/translations.py fill PART.json …  # apply translators' JSON parts to the .ts
    python scripts/translations.py release           # pyside6-lrelease -> workbench_fr.qm
    python scripts/translations.py check             # CI: fails listing each problem entry

A JSON part is a list of {"context", "source", "translation"} or {"context", "source",
"numerus": [forms…]}, with an optional "comment" (lupdate's disambiguation).
``check`` also runs scripts/check_translations.py's checks (every string visible to lupdate).

English needs a translation only for plurals: "%n prompt(s)" is the source, and Qt shows
"1 prompt" and "11 prompts" only from a .qm with both forms. ``update`` makes
workbench_en.ts from the plural messages alone and fills their forms from the "(s)" of the
source (no one has to write them), then releases workbench_en.qm; ``check`` fails when that
file is not what ``update`` would make.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_translations  # the visibility checks, kept runnable on their own

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "workbench" / "resources" / "translations"
TS = FOLDER / "workbench_fr.ts"
QM = FOLDER / "workbench_fr.qm"
EN_TS = FOLDER / "workbench_en.ts"
SOURCE_DIRS = (ROOT / "workbench", ROOT / "connectors")
MAX_PART_BYTES = 5_000_000  # a JSON part is a few hundred entries; refuse anything absurd
MAX_TS_BYTES = 20_000_000
# Connectors cannot import Qt or workbench: only the files that mark text are worth reading.
_MARKS = re.compile(r"\bQT_TRANSLATE_NOOP\(|\btr\(|\btranslate\(\s*['\"]")


class ToolError(Exception):
    """A tool or a file refused: the message names it."""


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""

    def __str__(self) -> str:
        extra = f" ({self.comment})" if self.comment else ""
        return f"[{self.context}] {self.source!r}{extra}"


# --- running Qt's tools ------------------------------------------------------------------


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise ToolError(f"{name} is not installed beside this Python ({sys.executable})")
    return found


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise ToolError(f"{Path(command[0]).name} failed:\n{done.stderr or done.stdout}")
    return done.stdout


def source_files(dirs: Iterable[Path] = SOURCE_DIRS) -> list[Path]:
    """Every .py under workbench/, and the files elsewhere that mark text for translation."""
    files: list[Path] = []
    for folder in dirs:
        for path in sorted(folder.rglob("*.py")):
            if folder.name == "workbench" or _MARKS.search(path.read_text(encoding="utf-8")):
                files.append(path)
    return files


def lupdate(
    files: Sequence[Path], ts: Path, language: str = "fr", *, plurals_only: bool = False
) -> None:
    """Merge the strings of ``files`` into ``ts``: translations kept, obsolete ones dropped."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(map(str, files)))  # one argument, however many files
    try:
        _run(
            [
                _tool("pyside6-lupdate"),
                f"@{listing.name}",
                "-ts",
                str(ts),
                "-no-obsolete",
                "-locations",
                "relative",
                "-target-language",
                language,
                *(["-pluralonly"] if plurals_only else []),
            ]
        )
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    # -nounfinished: a translation not yet reviewed never reaches a user.
    _run([_tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts), "-qm", str(qm)])


# --- reading and writing .ts files -------------------------------------------------------


def parse(ts: Path) -> ET.ElementTree[ET.Element]:
    if not ts.is_file():
        raise ToolError(f"{ts}: no such .ts file (run `update` first)")
    if ts.stat().st_size > MAX_TS_BYTES:
        raise ToolError(f"{ts}: larger than {MAX_TS_BYTES // 1_000_000} MB, refused")
    try:
        return ET.parse(ts)
    except ET.ParseError as error:
        raise ToolError(f"{ts}: not a .ts file: {error}") from error


def messages(tree: ET.ElementTree[ET.Element]) -> Iterable[tuple[Key, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            comment = message.findtext("comment") or ""
            yield Key(name, message.findtext("source") or "", comment), message


def locations(tree: ET.ElementTree[ET.Element]) -> dict[int, str]:
    """``file.py:line`` of each message (by id), read through lupdate's relative locations:
    a location without a file is in the last file named, its line a step from the last line
    in that file."""
    found: dict[int, str] = {}
    last_file, lines = "", dict[str, int]()
    for message in tree.getroot().iter("message"):
        for location in message.iter("location"):
            last_file = location.get("filename") or last_file
            step = location.get("line", "0")
            line = lines.get(last_file, 0) + int(step) if step[:1] in "+-" else int(step)
            lines[last_file] = line
            found.setdefault(id(message), f"{Path(last_file).name}:{line}")
    return found


def write(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    """Write in lupdate's own layout, so a `fill` changes only the lines it translates."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    body = re.sub(r"<(translation|numerusform)([^<>]*) />", r"<\1\2></\1>", body)
    body = body.replace(" />", "/>")
    body = re.sub(r">([^<]+)<", lambda m: ">" + _escape_quotes(m.group(1)) + "<", body)
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def _escape_quotes(text: str) -> str:
    return text.replace("'", "&apos;").replace('"', "&quot;")


def forms(message: ET.Element) -> list[str]:
    """The translated text: one form, or each numerus form."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")] or [""]
    return [translation.text or ""]


# --- fill --------------------------------------------------------------------------------


def load_part(path: Path) -> list[dict[str, object]]:
    if path.stat().st_size > MAX_PART_BYTES:
        raise ToolError(f"{path}: larger than {MAX_PART_BYTES // 1_000_000} MB, refused")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise ToolError(f"{path}{f':{line}' if line else ''}: not JSON: {error}") from error
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ToolError(f"{path}: not a list of objects")
    return entries


def _set(message: ET.Element, entry: dict[str, object]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)  # finished
    numerus = entry.get("numerus")
    if isinstance(numerus, list):
        indent = (translation.text or "\n            ") if len(translation) else "\n            "
        for child in list(translation):
            translation.remove(child)
        translation.text = indent
        for i, text in enumerate(numerus):
            form = ET.SubElement(translation, "numerusform")
            form.text = str(text)
            form.tail = indent if i < len(numerus) - 1 else "\n        "
    else:
        translation.text = str(entry.get("translation", ""))


def fill(ts: Path, parts: Sequence[Path]) -> tuple[int, list[str]]:
    """Apply the parts; returns how many entries applied and the ones that matched nothing."""
    tree = parse(ts)
    index: dict[tuple[str, str], list[tuple[Key, ET.Element]]] = {}
    for key, message in messages(tree):
        index.setdefault((key.context, key.source), []).append((key, message))
    applied, unmatched = 0, []
    for part in parts:
        for n, entry in enumerate(load_part(part), start=1):
            context, source = str(entry.get("context", "")), str(entry.get("source", ""))
            comment = entry.get("comment")
            candidates = [
                message
                for key, message in index.get((context, source), [])
                if comment is None or key.comment == comment
            ]
            has_text = "translation" in entry or isinstance(entry.get("numerus"), list)
            if not candidates or not has_text:
                why = "no such entry in the .ts" if has_text else "no translation or numerus"
                unmatched.append(f"{part.name} #{n}: {Key(context, source)}: {why}")
                continue
            for message in candidates:
                _set(message, entry)
            applied += 1
    write(tree, ts)
    return applied, unmatched


# --- English plurals ----------------------------------------------------------------------

_PLURAL = re.compile(r"\((e?s)\)")


def english_forms(source: str) -> list[str]:
    """Singular and plural of a source written "%n item(s)" (unchanged if it has no "(s)")."""
    return [_PLURAL.sub("", source), _PLURAL.sub(lambda m: m.group(1), source)]


def english(files: Sequence[Path], ts: Path = EN_TS) -> None:
    """workbench_en.ts: the plural messages, their two forms filled; then its .qm."""
    lupdate(files, ts, "en", plurals_only=True)
    tree = parse(ts)
    for key, message in messages(tree):
        _set(message, {"numerus": english_forms(key.source)})
    write(tree, ts)
    lrelease(ts, ts.with_suffix(".qm"))


# --- check -------------------------------------------------------------------------------

_ARGS = re.compile(r"%L?[1-9]|%L?n")
_FIELDS = re.compile(r"(?<!\{)\{[A-Za-z0-9_.\[\]]*(?:[!:][^{}]*)?\}(?!\})")
_TAGS = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_MNEMONIC = re.compile(r"&(?![\s&]|[A-Za-z]+;|#\d+;)")


def markers(text: str) -> tuple[Counter[str], ...]:
    """What a translation must keep: %1/%n arguments, {fields}, HTML tags, & mnemonics."""
    plain = text.replace("&&", "")
    tags = Counter(
        ("</" if m.group(0).startswith("</") else "<") + m.group(1).lower() + ">"
        for m in _TAGS.finditer(text)
    )
    return (
        Counter(_ARGS.findall(text)),
        Counter(_FIELDS.findall(text)),
        tags,
        Counter(_MNEMONIC.findall(plain)),
    )


def _differences(source: str, translated: str) -> list[str]:
    names = ("placeholders", "{fields}", "HTML tags", "& mnemonics")
    out = []
    for name, want, got in zip(names, markers(source), markers(translated), strict=True):
        if want != got:
            out.append(f"{name} differ: source {_shown(want)}, translation {_shown(got)}")
    return out


def _shown(found: Counter[str] | int) -> str:
    return (
        " ".join(sorted(found.elements())) or "none" if isinstance(found, Counter) else str(found)
    )


def entry_problems(ts: Path) -> tuple[set[Key], list[str]]:
    """The committed file's own problems (b, c, d) and the set of its live keys."""
    problems, live = [], set()
    tree = parse(ts)
    places = locations(tree)
    for key, message in messages(tree):
        translation = message.find("translation")
        state = translation.get("type", "") if translation is not None else "unfinished"
        at = f" at {places[id(message)]}" if id(message) in places else ""
        if state in ("obsolete", "vanished"):
            problems.append(f"{ts.name}: {state}: {key}{at}: run `update`")
            continue
        live.add(key)
        texts = forms(message)
        if state == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"{ts.name}: unfinished: {key}{at}")
            continue
        for text in texts:
            problems += [f"{ts.name}: {d}: {key}{at}" for d in _differences(key.source, text)]
    return live, problems


def check(ts: Path, qm: Path, files: Sequence[Path]) -> list[str]:
    problems = [
        p
        for f in files
        if f not in check_translations.ALLOWED
        for p in check_translations.hidden(f)
    ]
    live, own = entry_problems(ts)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        lupdate(files, fresh)
        problems += check_translations.contextless(fresh)
        extracted = {key for key, _ in messages(parse(fresh))}
        problems += [
            f"{ts.name}: missing: {key}: run `update`" for key in sorted(extracted - live, key=str)
        ]
        problems += [
            f"{ts.name}: vanished: {key}: run `update`" for key in sorted(live - extracted, key=str)
        ]
        problems += own
        released = Path(tmp) / qm.name
        lrelease(ts, released)
        if not qm.is_file():
            problems.append(f"{qm.name}: missing: run `release`")
        elif qm.read_bytes() != released.read_bytes():
            problems.append(f"{qm.name}: not what `release` makes from {ts.name}: run `release`")
        if ts == TS:  # the shipped French: the English plurals beside it too
            fresh_en = Path(tmp) / EN_TS.name
            english(files, fresh_en)
            shipped = EN_TS.with_suffix(".qm")
            if (
                not shipped.is_file()
                or shipped.read_bytes() != fresh_en.with_suffix(".qm").read_bytes()
            ):
                problems.append(f"{shipped.name}: not what `update` makes: run `update`")
    return problems


# --- command line ------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ts", type=Path, default=TS, help="the .ts file (default: French)")
    parser.add_argument("--qm", type=Path, help="the .qm file (default: beside the .ts)")
    parser.add_argument(
        "--sources", type=Path, action="append", help="a folder to scan (repeat; default: ours)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the strings into the .ts (pyside6-lupdate)")
    filling = commands.add_parser("fill", help="apply translations from JSON parts")
    filling.add_argument("parts", type=Path, nargs="+")
    commands.add_parser("release", help="compile the .ts into the .qm (pyside6-lrelease)")
    commands.add_parser("check", help="fail on any missing, obsolete, unfinished or wrong entry")
    args = parser.parse_args(argv)
    ts: Path = args.ts
    qm: Path = args.qm or ts.with_suffix(".qm")
    try:
        if args.command == "update":
            files = source_files(args.sources or SOURCE_DIRS)
            lupdate(files, ts)
            if ts == TS:
                english(files)
            print(f"translations: {ts.name} updated from {len(files)} modules")
        elif args.command == "fill":
            applied, unmatched = fill(ts, args.parts)
            for line in unmatched:
                print(f"matched nothing: {line}", file=sys.stderr)
            print(f"translations: {applied} applied, {len(unmatched)} matched nothing")
            return 0  # the list above is the report; `check` fails on what stays unfinished
        elif args.command == "release":
            lrelease(ts, qm)
            print(f"translations: {qm.name} released from {ts.name}")
        else:
            problems = check(ts, qm, source_files(args.sources or SOURCE_DIRS))
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print(f"translations: {len(problems)} problem(s)", file=sys.stderr)
                return 1
            print(f"translations: {ts.name} and {qm.name} complete and up to date")
    except (ToolError, OSError) as error:
        print(f"translations: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
