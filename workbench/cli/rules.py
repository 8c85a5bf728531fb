"""``workbench rules backtest`` and ``workbench rules import-discourse``.

Scripts depend on these shapes (README, "Commands"):

    workbench rules backtest --community NAME (--words "w1,w2*" | --regex RE) --format jsonl
        one caught item per line {"account", "external_id", "community"}, then {"total": N}
    workbench rules import-discourse FILE.csv --community NAME
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import EXIT_OK, EXIT_USAGE, open_workspace
from workbench.cli.text import failure, shown, translate


def register(commands: Any) -> None:
    rules = commands.add_parser(
        "rules", help=translate("CliRules", "backtest detectors, import watched words")
    )
    rules.set_defaults(handler=run_rules)
    acts = rules.add_subparsers(dest="action", required=True, metavar="ACTION")
    backtest = acts.add_parser(
        "backtest",
        help=translate("CliRules", "the stored items a words or regex detector would have caught"),
    )
    backtest.add_argument(
        "--community", required=True, help=translate("CliRules", "the community's name")
    )
    what = backtest.add_mutually_exclusive_group(required=True)
    what.add_argument("--words", help='watched words, comma-separated ("spam,buy now,f*ck")')
    what.add_argument("--regex", help=translate("CliRules", "a regular expression (RE2 syntax)"))
    backtest.add_argument(
        "--case-sensitive", action="store_true", help=translate("CliRules", "for --words")
    )
    backtest.add_argument("--format", choices=["text", "jsonl"], default="text")
    imported = acts.add_parser(
        "import-discourse",
        help=translate("CliRules", "a Discourse watched-words CSV as a rule's detectors"),
    )
    imported.add_argument("file", type=Path)
    imported.add_argument(
        "--community", required=True, help=translate("CliRules", "the community's name")
    )


def _fail(message: str) -> int:
    print(failure(message), file=sys.stderr)
    return EXIT_USAGE


def run_rules(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.guidelines.detectors import Detector, DetectorError
    from workbench.core.guidelines.discourse import DiscourseImportError, import_watched_words
    from workbench.core.guidelines.state import DetectorKind

    detector: Detector | None = None
    if args.action == "backtest":
        try:
            if args.words is not None:
                words = tuple(w.strip() for w in args.words.split(",") if w.strip())
                detector = Detector(
                    DetectorKind.WORDS, words=words, case_sensitive=args.case_sensitive
                )
            else:
                detector = Detector(DetectorKind.REGEX, pattern=args.regex)
            detector.check()
        except DetectorError as error:
            return _fail(shown(error))
    ws = open_workspace(args)
    communities = ws.guidelines.find_communities(args.community)
    if not communities:
        none = translate("CliRules", "there is no community named “{name}”.")
        return _fail(none.format(name=args.community))
    ids = [c.community_id for c in communities]
    if detector is not None:
        total = 0
        waiting: list[int] = []

        def write(ids: list[int]) -> None:
            for found in ws.backtest.describe(ids):
                record = {
                    "account": found.account,
                    "external_id": found.external_id,
                    "community": found.community,
                }
                if args.format == "jsonl":
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    print(f"{found.account}\t{found.community}\t{found.external_id}", file=out)

        for item_id, _community in ws.backtest.matching_ids([detector], ids):
            total += 1
            waiting.append(item_id)
            if len(waiting) >= 1000:  # described a thousand at a time, streamed out
                write(waiting)
                waiting = []
        write(waiting)
        if args.format == "jsonl":
            out.write(json.dumps({"total": total}) + "\n")
        else:
            print(translate("CliRules", "{n} item(s) caught.").format(n=total), file=out)
        return EXIT_OK
    if len(communities) > 1:
        accounts = ", ".join(c.account for c in communities)
        several = translate("CliRules", "“{name}” is a community of several accounts ({accounts}).")
        return _fail(several.format(name=args.community, accounts=accounts))
    try:
        rule, n = import_watched_words(ws.guidelines, ids[0], args.file)
    except DiscourseImportError as error:
        return _fail(shown(error))
    imported = translate(
        "CliRules",
        "Imported {n} watched word(s) as rule {number} “{title}” of {community} "
        "(inactive: backtest it, then turn it on).",
    )
    said = imported.format(n=n, number=rule.number, title=rule.title, community=communities[0].name)
    print(said, file=out)
    return EXIT_OK
