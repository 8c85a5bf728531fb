"""Generate docs/plugin-api.md, the plugin API reference, from connectors/api.py.

The public names are those listed in ``__all__`` when the module has one, else every name
bound at the top level of the module's source that does not start with "_" (imported names
are not the API's own). Each is written with its signature and docstring; classes with their
fields (dataclasses), members (enums) and public methods. A constant's docstring is a string
literal right after it, or the comment lines right above it (or at the end of its line).

Usage:
    python scripts/api_reference.py            # regenerate docs/plugin-api.md (one command)
    python scripts/api_reference.py --check    # CI: exit 1 when stale or a name is undocumented
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import enum
import importlib
import inspect
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
MODULE = "connectors.api"
SOURCE = ROOT / "connectors" / "api.py"
OUTPUT = ROOT / "docs" / "plugin-api.md"
MAX_SOURCE = 1_000_000  # bytes: api.py is a few dozen kB
_MISSING = object()


@dataclasses.dataclass
class Entry:
    name: str
    kind: str  # class, function or constant
    doc: str
    node: ast.stmt


def _comment_doc(lines: list[str], node: ast.stmt) -> str:
    """The ``#`` comments right above an assignment, or at the end of its line."""
    above: list[str] = []
    row = node.lineno - 2
    while row >= 0 and lines[row].lstrip().startswith("#"):
        above.insert(0, lines[row].lstrip()[1:].removeprefix(":").strip())
        row -= 1
    if above:
        return " ".join(above)
    line = lines[node.lineno - 1]
    if "#" in line:
        return line.split("#", 1)[1].strip()
    return ""


def _top_level(tree: ast.Module, lines: list[str]) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    body = tree.body
    for index, node in enumerate(body):
        if isinstance(node, ast.ClassDef):
            entries[node.name] = Entry(node.name, "class", ast.get_docstring(node) or "", node)
        elif isinstance(node, ast.FunctionDef):
            entries[node.name] = Entry(node.name, "function", ast.get_docstring(node) or "", node)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            following = body[index + 1] if index + 1 < len(body) else None
            doc = ""
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                doc = inspect.cleandoc(following.value.value)
            doc = doc or _comment_doc(lines, node)
            for target in targets:
                if isinstance(target, ast.Name):
                    entries[target.id] = Entry(target.id, "constant", doc, node)
    return entries


def public_names(module: ModuleType, entries: dict[str, Entry]) -> list[str]:
    listed = getattr(module, "__all__", None)
    if listed is not None:
        return [str(name) for name in listed]
    return [name for name in entries if not name.startswith("_")]


def _methods(node: ast.ClassDef) -> list[ast.FunctionDef]:
    return [
        item
        for item in node.body
        if isinstance(item, ast.FunctionDef) and not item.name.startswith("_")
    ]


def _signature(node: ast.FunctionDef, *, method: bool = False) -> str:
    """The signature as written in the source (an import would show memory addresses)."""
    args = node.args
    if method and args.args and args.args[0].arg in {"self", "cls"}:
        args = ast.arguments(
            posonlyargs=args.posonlyargs,
            args=args.args[1:],
            vararg=args.vararg,
            kwonlyargs=args.kwonlyargs,
            kw_defaults=args.kw_defaults,
            kwarg=args.kwarg,
            defaults=args.defaults,  # they belong to the last arguments: self has none
        )
    returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
    return f"({ast.unparse(args)}){returns}"


def _class_section(name: str, cls: type, entry: Entry, problems: list[str]) -> list[str]:
    node = entry.node
    assert isinstance(node, ast.ClassDef)
    bases = ", ".join(ast.unparse(base) for base in node.bases)
    out = [f"### class `{name}({bases})`" if bases else f"### class `{name}`", ""]
    out += [entry.doc, ""]
    if issubclass(cls, enum.Enum):
        out.append("| Member | Value |")
        out.append("|---|---|")
        out += [f"| `{member.name}` | `{member.value!s}` |" for member in cls]
        out.append("")
    elif dataclasses.is_dataclass(cls):
        out.append("| Field | Type | Default |")
        out.append("|---|---|---|")
        for f in dataclasses.fields(cls):
            default = ""
            if callable(f.default):  # a repr would hold a memory address
                default = "(a function that does nothing)"
            elif f.default is not dataclasses.MISSING:
                default = f"`{f.default!r}`"
            elif f.default_factory is not dataclasses.MISSING:
                default = "(a new empty value)"
            else:
                default = "(required)"
            annotation = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", "")
            out.append(f"| `{f.name}` | `{annotation}` | {default} |")
        out.append("")
    else:
        declared = [
            item
            for item in node.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        ]
        if declared:
            out.append("| Attribute | Type | Default |")
            out.append("|---|---|---|")
            for item in declared:
                assert isinstance(item.target, ast.Name)
                value = f"`{ast.unparse(item.value)}`" if item.value else "(required)"
                out.append(f"| `{item.target.id}` | `{ast.unparse(item.annotation)}` | {value} |")
            out.append("")
    for method in _methods(node):
        doc = ast.get_docstring(method) or ""
        if not doc:
            problems.append(f"{name}.{method.name}")
        decorators = " ".join(f"@{ast.unparse(d)}" for d in method.decorator_list)
        signature = _signature(method, method=True)
        prefix = f"{decorators} " if decorators else ""
        out += [f"#### {prefix}`{name}.{method.name}{signature}`", "", doc, ""]
    return out


def render(module_name: str = MODULE, source: Path = SOURCE) -> tuple[str, list[str]]:
    """The reference text, and the public names (or methods) without a docstring."""
    sys.path.insert(0, str(ROOT))
    module = importlib.import_module(module_name)
    if source.stat().st_size > MAX_SOURCE:
        raise SystemExit(f"api_reference: {source} is larger than {MAX_SOURCE} bytes")
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines()
    entries = _top_level(ast.parse(text, str(source)), lines)
    problems: list[str] = []
    out = [
        "# Plugin API reference",
        "",
        "<!-- Generated by scripts/api_reference.py from connectors/api.py: do not edit. -->",
        "<!-- Regenerate: python scripts/api_reference.py -->",
        "",
        f"`{module_name}`, API version `{getattr(module, 'API_VERSION', '?')}`.",
        "",
        inspect.cleandoc(module.__doc__ or ""),
        "",
    ]
    names = public_names(module, entries)
    out += ["## Contents", ""]
    out += [f"- [`{name}`](#{name.lower()})" for name in names]
    out.append("")
    for name in names:
        entry = entries.get(name)
        obj = getattr(module, name, _MISSING)
        if entry is None or obj is _MISSING:
            problems.append(f"{name} (listed but not defined in {module_name})")
            continue
        if not entry.doc:
            problems.append(name)
        out += [f"## {name}", ""]
        if entry.kind == "class" and isinstance(obj, type):
            out += _class_section(name, obj, entry, problems)
        elif entry.kind == "function":
            assert isinstance(entry.node, ast.FunctionDef)
            out += [f"### function `{name}{_signature(entry.node)}`", "", entry.doc, ""]
        else:
            value = ast.unparse(entry.node.value) if entry.node.value else ""  # type: ignore[attr-defined]
            out += [f"### constant `{name} = {value}`", "", entry.doc, ""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(line.rstrip() for line in out) + "\n", problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when stale or undocumented")
    # For this script's own tests: another module, source and output.
    parser.add_argument("--module", default=MODULE, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, default=SOURCE, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, default=OUTPUT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    text, problems = render(args.module, args.source)
    if problems:
        print(
            f"api_reference: {_shown(args.source)}: no docstring for {', '.join(problems)}",
            file=sys.stderr,
        )
        if args.check:
            return 1
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.is_file() else ""
        if current != text:
            print(
                f"api_reference: {_shown(args.output)} is stale: "
                "run python scripts/api_reference.py",
                file=sys.stderr,
            )
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"api_reference: wrote {_shown(args.output)}")
    return 1 if problems else 0


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


if __name__ == "__main__":
    sys.exit(main())
