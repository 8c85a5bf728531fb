"""``workbench moderation queue``, ``workbench notes import-toolbox|export|erase`` and
``workbench decisions export``: the moderation queue, member notes and the decision log.

Scripts depend on these shapes (issue 13): ``notes export`` writes one JSON object a line
with the keys member, community, kind, text, created_at, link.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_workspace
from workbench.cli.text import failure, shown, translate
from workbench.core.moderation.decisions import write_csv
from workbench.core.moderation.notes import MemberRef
from workbench.core.moderation.queue import QueueFilter
from workbench.core.moderation.state import EntrySource, QueueOrder
from workbench.core.moderation.toolbox import ToolboxError


def register(commands: Any) -> None:
    moderation = commands.add_parser(
        "moderation", help=translate("CliModeration", "the moderation queue")
    )
    moderation.set_defaults(handler=run_moderation)
    acts = moderation.add_subparsers(dest="action", required=True, metavar="ACTION")
    queue = acts.add_parser(
        "queue",
        help=translate("CliModeration", "open queue entries: reports and flags, one per item"),
    )
    queue.add_argument("--format", choices=["text", "jsonl"], default="text")
    queue.add_argument(
        "--community",
        default="",
        help=translate("CliModeration", "only communities whose name has this"),
    )
    queue.add_argument("--source", choices=[s.value for s in EntrySource], action="append")
    queue.add_argument("--sort", choices=[o.value for o in QueueOrder], default="oldest")
    report = acts.add_parser(
        "report", help=translate("CliModeration", "record a member's report of a stored item")
    )
    report.add_argument(
        "item",
        type=int,
        help=translate("CliModeration", "the item's id (from `workbench items export`)"),
    )
    report.add_argument(
        "--reporter", required=True, help=translate("CliModeration", "who reported it")
    )
    report.add_argument("--reason", required=True)

    notes = commands.add_parser(
        "notes", help=translate("CliModeration", "member notes: import, export, erase a member")
    )
    notes.set_defaults(handler=run_notes)
    note_acts = notes.add_subparsers(dest="action", required=True, metavar="ACTION")
    toolbox = note_acts.add_parser(
        "import-toolbox", help=translate("CliModeration", "import a Toolbox usernotes page")
    )
    toolbox.add_argument(
        "file",
        type=Path,
        nargs="?",
        help=translate("CliModeration", "the usernotes wiki page saved as JSON"),
    )
    toolbox.add_argument(
        "--community",
        required=True,
        help=translate("CliModeration", "the community the notes are for"),
    )
    toolbox.add_argument(
        "--from-wiki",
        action="store_true",
        help=translate(
            "CliModeration",
            "read the community's usernotes page through its account instead of a file",
        ),
    )
    export = note_acts.add_parser(
        "export", help=translate("CliModeration", "write notes as JSON Lines")
    )
    export.add_argument(
        "--member",
        help=translate("CliModeration", "only this member (and their linked identities)"),
    )
    export.add_argument(
        "--platform",
        default="",
        help=translate("CliModeration", "the member's platform, if ambiguous"),
    )
    export.add_argument("--format", choices=["jsonl"], default="jsonl")
    erase = note_acts.add_parser(
        "erase",
        help=translate("CliModeration", "erase a member for real: notes and text of their items"),
    )
    erase.add_argument("--member", required=True)
    erase.add_argument(
        "--platform",
        default="",
        help=translate("CliModeration", "the member's platform, if ambiguous"),
    )

    decisions = commands.add_parser(
        "decisions", help=translate("CliModeration", "the moderation decision log")
    )
    decisions.set_defaults(handler=run_decisions)
    decision_acts = decisions.add_subparsers(dest="action", required=True, metavar="ACTION")
    dexport = decision_acts.add_parser(
        "export", help=translate("CliModeration", "write the decision log")
    )
    dexport.add_argument("--format", choices=["csv"], default="csv")
    summary = decision_acts.add_parser(
        "summary", help=translate("CliModeration", "monthly counts by action, rule, community")
    )
    summary.add_argument("--format", choices=["text", "jsonl"], default="text")


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(failure(message), file=sys.stderr)
    return code


def run_moderation(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    service = ws.moderation
    if args.action == "report":
        if ws.inbox.detail(args.item) is None:
            return _fail(translate("CliModeration", "there is no item {id}.").format(id=args.item))
        service.report(args.item, reporter=args.reporter, reason=args.reason, by=getpass.getuser())
        reported = translate("CliModeration", "Item {id}: reported by {reporter}.")
        print(reported.format(id=args.item, reporter=args.reporter), file=out)
        return EXIT_OK
    where = QueueFilter(
        sources=tuple(EntrySource(s) for s in args.source or ()),
        community=args.community,
        order=QueueOrder(args.sort),
    )
    names = {a.id: a.name for a in ws.accounts.all()}
    for entry in service.queue.entries(where):
        record = {"account": names.get(entry.row.account_id, ""), **entry.export()}
        if args.format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            reasons = "; ".join(entry.reasons)[:80]
            print(
                f"{entry.item_id}\t{entry.row.community}\t{entry.row.kind}\t"
                f"severity {entry.severity}\t{reasons}\t{record['title']}",
                file=out,
            )
    return EXIT_OK


def _members(ws: Any, name: str, platform: str) -> list[MemberRef]:
    found: list[MemberRef] = ws.moderation.notes.find(name, platform=platform)
    return found


def _no_member(name: str) -> str:
    return translate("CliModeration", "no member is called {name}.").format(name=name)


def run_notes(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    service = ws.moderation
    if args.action == "import-toolbox":
        if (args.file is None) == (not args.from_wiki):
            one = translate(
                "CliModeration", "give the usernotes FILE, or --from-wiki (one of them)."
            )
            return _fail(one, EXIT_USAGE)
        try:
            if args.from_wiki:
                community = ws.communities.find(args.community)
                done = service.import_toolbox_from(
                    community.account_id, community.external_id, by=getpass.getuser()
                )
            else:
                done = service.import_toolbox(
                    args.file, community=args.community, by=getpass.getuser()
                )
        except (ToolboxError, LookupError) as error:
            return _fail(shown(error))
        if done.duplicates:
            imported = translate(
                "CliModeration",
                "Imported {notes} note(s) on {members} member(s) into {community} "
                "({duplicates} already there).",
            )
        else:
            imported = translate(
                "CliModeration", "Imported {notes} note(s) on {members} member(s) into {community}."
            )
        said = imported.format(
            notes=done.notes,
            members=done.members,
            community=args.community,
            duplicates=done.duplicates,
        )
        print(said, file=out)
        return EXIT_OK
    if args.action == "export":
        ids: list[int] | None = None
        if args.member:
            members = _members(ws, args.member, args.platform)
            if not members:
                return _fail(_no_member(args.member))
            ids = sorted({i.id for m in members for i in service.notes.identities(m.id)})
        for note in service.notes.all(ids):
            out.write(json.dumps(note.export(), ensure_ascii=False) + "\n")
        return EXIT_OK
    members = _members(ws, args.member, args.platform)
    if not members:
        return _fail(_no_member(args.member))
    if len(members) > 1:
        where = ", ".join(m.label for m in members)
        several = translate(
            "CliModeration", "{member} names several members ({where}); add --platform."
        )
        return _fail(several.format(member=args.member, where=where))
    erased = service.erase_member(members[0].id)
    said = translate(
        "CliModeration",
        "Erased {member}: {notes} note(s), the text of {items} item(s), {item_notes} item "
        "note(s), {reports} report(s).",
    ).format(
        member=members[0].label,
        notes=erased.notes,
        items=erased.items,
        item_notes=erased.item_notes,
        reports=erased.reports,
    )
    print(said, file=out)
    return EXIT_OK


def run_decisions(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    log = ws.moderation.decisions
    if args.action == "export":
        write_csv(log.entries(), out)
        return EXIT_OK
    for month in log.monthly():
        if args.format == "jsonl":
            record = {
                "month": month.month,
                "total": month.total,
                "by_action": month.by_action,
                "by_rule": month.by_rule,
                "by_community": month.by_community,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            total = translate("CliModeration", "{n} decision(s)").format(n=month.total)
            print(f"{month.month}\t{total}", file=out)
            for title, counts in (
                ("action", month.by_action),
                ("rule", month.by_rule),
                ("community", month.by_community),
            ):
                for key, count in counts.items():
                    print(f"\t{title}\t{key}\t{count}", file=out)
    return EXIT_OK
