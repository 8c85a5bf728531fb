"""``workbench prompts coach|list|add|import|suggest|use``: the prompt library for scripts.

Scripts depend on the shapes: ``coach --format jsonl`` prints one JSON object a line, in
the order of the questions read (one a line on stdin); ``list --format jsonl`` prints one
prompt a line with exactly id, lang, text, types, purposes and pair_id; ``add`` prints the
new prompt's id alone.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from connectors.api import CommunityType
from workbench.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_workspace
from workbench.cli.text import failure, shown, translate
from workbench.core.prompts.state import LANGUAGES, Purpose

MAX_QUESTION_CHARS = 10_000  # a line longer than this is not a question (a wrong file)
TYPES = [t.value for t in CommunityType]
PURPOSES = [p.value for p in Purpose]


def register(commands: Any) -> None:
    prompts = commands.add_parser(
        "prompts", help=translate("CliPrompts", "the prompt library: list, add, suggest, use")
    )
    prompts.set_defaults(handler=run_prompts)
    acts = prompts.add_subparsers(dest="action", required=True, metavar="ACTION")

    coach = acts.add_parser(
        "coach", help=translate("CliPrompts", "check questions read from stdin, one a line")
    )
    coach.add_argument("--lang", choices=["en", "fr", "auto"], default="auto")
    coach.add_argument("--format", choices=["jsonl"], default="jsonl")

    listing = acts.add_parser("list", help=translate("CliPrompts", "the prompts, favourites first"))
    listing.add_argument("--type", choices=TYPES, action="append", default=[])
    listing.add_argument("--purpose", choices=PURPOSES, action="append", default=[])
    listing.add_argument("--lang", choices=LANGUAGES)
    listing.add_argument(
        "--search", default="", help=translate("CliPrompts", "words the text contains")
    )
    listing.add_argument(
        "--archived", action="store_true", help=translate("CliPrompts", "archived prompts too")
    )
    listing.add_argument("--format", choices=["text", "jsonl"], default="text")

    add = acts.add_parser(
        "add", help=translate("CliPrompts", "add a prompt of your own; prints its id")
    )
    add.add_argument("--lang", choices=LANGUAGES, required=True)
    add.add_argument("--text", required=True)
    add.add_argument("--type", choices=TYPES, nargs="+", action="extend", default=[])
    add.add_argument("--purpose", choices=PURPOSES, nargs="+", action="extend", default=[])
    add.add_argument(
        "--pair-of",
        type=int,
        help=translate("CliPrompts", "the id of the same prompt in another language"),
    )

    imports = acts.add_parser(
        "import", help=translate("CliPrompts", "add the prompts of a prompt file (JSON Lines)")
    )
    imports.add_argument("file", type=Path)

    suggest = acts.add_parser(
        "suggest", help=translate("CliPrompts", "prompts for a community, best results first")
    )
    suggest.add_argument("--community", required=True, help='its name, e.g. "r/python"')
    suggest.add_argument("--lang", choices=LANGUAGES)
    suggest.add_argument("--limit", type=int, default=10)
    suggest.add_argument("--format", choices=["text", "jsonl"], default="text")

    use = acts.add_parser(
        "use", help=translate("CliPrompts", "post a prompt in a community now or at a time")
    )
    use.add_argument("id", type=int)
    use.add_argument("--community", required=True, help='its name, e.g. "r/python"')
    use.add_argument(
        "--at",
        help=translate("CliPrompts", "when to post, ISO time (without a zone: your local time)"),
    )
    use.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="NAME=TEXT",
        help=translate("CliPrompts", "e.g. topic=Rust"),
    )
    use.add_argument(
        "--title",
        default="",
        help=translate("CliPrompts", "the post's title (default: its first line)"),
    )
    use.add_argument(
        "--as", dest="author", default="", help=translate("CliPrompts", "who posts (default: you)")
    )
    use.add_argument(
        "--yes",
        action="store_true",
        help=translate("CliPrompts", "a time that has passed: post now"),
    )


def run_prompts(args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "coach":
        return run_coach(args, sys.stdin, out)
    runs = {"list": run_list, "add": run_add, "import": run_import, "suggest": run_suggest}
    try:
        return runs.get(args.action, run_use)(args, out)
    except LookupError as error:
        print(failure(shown(error)), file=sys.stderr)
        return EXIT_FAILED
    except ValueError as error:
        print(failure(shown(error)), file=sys.stderr)
        return EXIT_USAGE


def run_coach(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from workbench.core.prompts.coach import check

    number = 0
    # readline with a bound: a huge line without a newline is never read whole.
    while line := stdin.readline(MAX_QUESTION_CHARS + 2):
        number += 1
        text = line.rstrip("\r\n")
        if len(text) > MAX_QUESTION_CHARS:
            too_long = translate(
                "CliPrompts", "line {number} is longer than {n} characters; one question a line."
            )
            print(failure(too_long.format(number=number, n=MAX_QUESTION_CHARS)), file=sys.stderr)
            return EXIT_USAGE
        out.write(json.dumps(check(text, lang=args.lang).as_json(), ensure_ascii=False) + "\n")
        out.flush()  # a script reading answer by answer gets each at once
    return EXIT_OK


def run_list(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.prompts.library import PromptFilter

    ws = open_workspace(args)
    found = ws.prompts.search(
        PromptFilter(
            text=args.search,
            types=tuple(CommunityType(t) for t in args.type),
            purposes=tuple(Purpose(p) for p in args.purpose),
            lang=args.lang,
            include_archived=args.archived,
        ),
        limit=1_000_000,
    )
    for p in found:
        if args.format == "jsonl":
            record = {
                "id": p.id,
                "lang": p.lang,
                "text": p.text,
                "types": [str(t) for t in p.types],
                "purposes": [str(u) for u in p.purposes],
                "pair_id": p.pair_id,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            tags = ",".join([*map(str, p.purposes), *map(str, p.types)])
            print(f"{p.id}\t{p.lang}\t{tags}\t{' '.join(p.text.split())}", file=out)
    return EXIT_OK


def run_add(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    prompt = ws.prompts.add(
        lang=args.lang,
        text=args.text,
        types=[CommunityType(t) for t in args.type],
        purposes=[Purpose(p) for p in args.purpose],
        pair_of=args.pair_of,
    )
    print(prompt.id, file=out)
    return EXIT_OK


def run_import(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.prompts.bundle import PromptFileError

    ws = open_workspace(args)
    try:
        report = ws.prompts.import_file(args.file)
    except PromptFileError as error:
        print(failure(shown(error)), file=sys.stderr)
        return EXIT_FAILED
    for line in report.refused:
        refused = translate("CliPrompts", "refused {line}").format(line=shown(line))
        print(failure(refused), file=sys.stderr)
    added = translate("CliPrompts", "Added {added} prompts ({already} were there already).")
    print(added.format(added=report.added, already=report.already), file=out)
    return EXIT_FAILED if report.refused else EXIT_OK


def run_suggest(args: argparse.Namespace, out: TextIO) -> int:
    ws = open_workspace(args)
    community = ws.communities.find(args.community)
    ws.prompt_uses.refresh()  # what the syncs since the last command brought
    for s in ws.prompt_uses.suggest(community.id, limit=max(1, args.limit), lang=args.lang):
        p = s.prompt
        if args.format == "jsonl":
            record = {
                "id": p.id,
                "lang": p.lang,
                "text": p.text,
                "score": p.score,
                "uses": p.uses,
                "untried": s.untried,
                "why": s.why,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            score = "new" if p.score is None else f"{p.score:g}"
            print(f"{p.id}\t{p.lang}\t{score}\t{' '.join(p.text.split())}\t{s.why}", file=out)
    return EXIT_OK


def _values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            takes = translate(
                "CliPrompts", "--value takes NAME=TEXT (e.g. topic=Rust), not {pair}."
            )
            raise ValueError(takes.format(pair=repr(pair)))
        values[name.strip()] = value
    return values


def _when(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        takes = translate(
            "CliPrompts", "--at takes an ISO time such as 2026-12-24T09:30, not {text}."
        )
        raise ValueError(takes.format(text=repr(text))) from None
    return at if at.tzinfo is not None else at.astimezone()  # no zone: the user's own


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answers = translate("CliPrompts", "[y/N]")
    print(f"{question} {answers} ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes", "o", "oui")


def run_use(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.prompts.uses import PastSchedule
    from workbench.core.prompts.variables import MissingVariable

    values, at = _values(args.value), _when(args.at)
    ws = open_workspace(args)
    community = ws.communities.find(args.community)

    def use(allow_past: bool) -> Any:
        return ws.prompt_uses.use(
            args.id,
            community.id,
            values=values,
            title=args.title,
            at=at,
            by=args.author or getpass.getuser(),
            allow_past=allow_past,
        )

    try:
        try:
            view = use(args.yes)
        except PastSchedule as past:
            if not _confirm(shown(past)):
                passed = translate(
                    "CliPrompts", "{time} has passed; nothing was posted (--yes posts it now)."
                )
                when = f"{past.at.astimezone():%Y-%m-%d %H:%M}"
                print(failure(passed.format(time=when)), file=sys.stderr)
                return EXIT_FAILED
            view = use(True)
    except MissingVariable as missing:
        print(failure(f"{shown(missing)} (--value {missing.name}=...)"), file=sys.stderr)
        return EXIT_USAGE
    due = f"{view.due_at.astimezone():%Y-%m-%d %H:%M}" if view.due_at else ""
    words = {
        "scheduled": translate("CliPrompts", "Use {id} in {community}: scheduled for {time}.")
        if view.due_at
        else translate(
            "CliPrompts", "Use {id} in {community}: queued: it goes out with the next sync."
        ),
        "sent": translate("CliPrompts", "Use {id} in {community}: posted."),
        "manual": translate(
            "CliPrompts",
            "Use {id} in {community}: {platform} takes no posts from the app: post it yourself "
            "(the app reminds you; the text is in `workbench outbox list`).",
        ),
        "failed": translate(
            "CliPrompts",
            "Use {id} in {community}: failed (retry with `workbench outbox retry {outbox}`).",
        ),
    }
    said = words.get(view.state, "Use {id} in {community}: {state}.").format(
        id=view.id,
        community=community.name,
        time=due,
        platform=community.platform,
        outbox=view.outbox_id,
        state=view.state,
    )
    print(said, file=out)
    return EXIT_FAILED if view.state == "failed" else EXIT_OK
