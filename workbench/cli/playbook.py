"""``workbench playbook export|show|import``: playbook files (docs/playbooks.md).

A refused file (malformed, hostile, too large or from a newer version) exits with code 2
and one line on stderr, and the workspace is not touched: the file is read and checked
before the workspace is opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from workbench.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_workspace
from workbench.cli.text import failure, shown, translate

if TYPE_CHECKING:
    from workbench.core.playbooks.format import Playbook
    from workbench.core.playbooks.preview import PreviewEntry

AREA_NAMES = ("prompts", "guidelines", "events", "reasons", "views")


def _areas(text: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    unknown = [n for n in names if n not in AREA_NAMES]
    if unknown or not names:
        takes = translate("CliPlaybook", "--include takes a comma-separated list of: {areas}")
        raise argparse.ArgumentTypeError(takes.format(areas=", ".join(AREA_NAMES)))
    return names


def register(commands: Any) -> None:
    playbook = commands.add_parser(
        "playbook", help=translate("CliPlaybook", "playbooks: share prompts, rules, views...")
    )
    playbook.set_defaults(handler=run_playbook)
    acts = playbook.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = acts.add_parser(
        "export", help=translate("CliPlaybook", "write the library (or part of it) to a playbook")
    )
    export.add_argument("--output", type=Path, required=True)
    export.add_argument(
        "--include",
        type=_areas,
        default=AREA_NAMES,
        help=translate("CliPlaybook", "areas, e.g. prompts,guidelines"),
    )
    export.add_argument("--title", default=translate("CliPlaybook", "My playbook"))
    export.add_argument("--author", default="")
    export.add_argument("--description", default="")
    export.add_argument(
        "--id",
        dest="playbook_id",
        default="",
        help=translate("CliPlaybook", "keep a playbook's id"),
    )
    export.add_argument("--version", dest="playbook_version", type=int, default=1)
    show = acts.add_parser(
        "show", help=translate("CliPlaybook", "a playbook's header and items (nothing is imported)")
    )
    show.add_argument("file", type=Path)
    importing = acts.add_parser(
        "import", help=translate("CliPlaybook", "import a playbook (new, changed, identical)")
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("CliPlaybook", "show what would change")
    )
    importing.add_argument(
        "--take",
        choices=["mine", "theirs", "both"],
        default="mine",
        help=translate("CliPlaybook", "for items changed on both sides (default: keep mine)"),
    )


def _read(path: Path) -> Playbook | None:
    from workbench.core.playbooks.format import PlaybookError
    from workbench.core.playbooks.reader import read_playbook

    try:
        return read_playbook(path)
    except PlaybookError as error:
        print(failure(shown(error)), file=sys.stderr)
        return None


def run_playbook(args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "export":
        return _export(args, out)
    playbook = _read(args.file)
    if playbook is None:
        return EXIT_USAGE
    if args.action == "show":
        _show(playbook, out)
        return EXIT_OK
    return _import(args, playbook, out)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.playbooks.export import new_header
    from workbench.core.playbooks.format import PlaybookError
    from workbench.core.playbooks.state import PlaybookArea

    if args.playbook_version < 1:
        print(failure(translate("CliPlaybook", "--version is 1 or more.")), file=sys.stderr)
        return EXIT_USAGE
    header = new_header(
        args.title,
        author=args.author,
        description=args.description,
        version=args.playbook_version,
        playbook_id=args.playbook_id,
    )
    service = open_workspace(args).playbooks
    try:
        playbook = service.export(header, {PlaybookArea(n): None for n in args.include})
        service.write(playbook, args.output)
    except PlaybookError as error:
        print(failure(shown(error)), file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        unwritable = translate("CliPlaybook", "{file} cannot be written: {error}.")
        print(failure(unwritable.format(file=args.output, error=error.strerror)), file=sys.stderr)
        return EXIT_FAILED
    written = translate("CliPlaybook", "{n} items written to {file}")
    print(written.format(n=len(playbook.items), file=args.output), file=out)
    return EXIT_OK


def _show(playbook: Playbook, out: TextIO) -> None:
    h = playbook.header
    header = translate("CliPlaybook", "{title} (version {version}, id {id})")
    print(header.format(title=h.title, version=h.version, id=h.id), file=out)
    for label, value in (
        (translate("CliPlaybook", "author: {value}"), h.author),
        (translate("CliPlaybook", "created: {value}"), h.created),
    ):
        if value:
            print(label.format(value=value), file=out)
    if h.description:
        print(h.description, file=out)
    for area in AREA_NAMES:
        items = [i for i in playbook.items if i.area == area]
        print(f"{area}: {len(items)}", file=out)
        for item in items:
            from workbench.core.playbooks.items import title_of

            print(f"  {item.key}\t{_one_line(title_of(item.area, item.content))}", file=out)


def _one_line(text: str) -> str:
    return " ".join(text.split())[:100]


def _import(args: argparse.Namespace, playbook: Playbook, out: TextIO) -> int:
    from workbench.core.playbooks.state import Choice, ItemStatus

    service = open_workspace(args).playbooks
    entries = service.preview(playbook)
    for entry in entries:
        _entry(entry, out, diff=args.dry_run and entry.status is not ItemStatus.IDENTICAL)
    counts = {s: sum(e.status is s for e in entries) for s in ItemStatus}
    summary = translate(
        "CliPlaybook",
        "{new} new, {updated} updated by the playbook, {changed} changed, {identical} identical",
    ).format(
        new=counts[ItemStatus.NEW],
        updated=counts[ItemStatus.UPDATE],
        changed=counts[ItemStatus.CHANGED],
        identical=counts[ItemStatus.IDENTICAL],
    )
    print(summary, file=out)
    if args.dry_run:
        print(translate("CliPlaybook", "dry run: nothing imported"), file=out)
        return EXIT_OK
    report = service.apply(playbook, {}, default=Choice(args.take))
    imported = translate("CliPlaybook", "imported: {summary}")
    print(imported.format(summary=shown(report.summary())), file=out)
    return EXIT_OK


def _entry(entry: PreviewEntry, out: TextIO, *, diff: bool) -> None:
    print(f"{entry.status}\t{entry.area}\t{entry.key}\t{_one_line(entry.title)}", file=out)
    if diff:
        for line in entry.diff():
            print(f"    {line}", file=out)
