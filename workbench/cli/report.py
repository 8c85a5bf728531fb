"""``workbench report first-reply|unanswered|activity``: Analytics' numbers as CSV or JSON
(each defined in docs/analytics.md); ``workbench report weekly --output FILE.pdf``: the
one-page weekly report (drawn by workbench/gui/analytics/weekly_pdf.py with matplotlib's
PDF backend, imported only when asked, without a QApplication)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_workspace
from workbench.cli.text import shown, translate

COLUMNS = {
    "first-reply": ("community", "threads", "answered", "median_minutes", "p90_minutes"),
    "unanswered": ("community", "questions", "unanswered", "unanswered_rate"),
    "activity": ("period", "community", "platform", "kind", "items"),
}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        not_a_date = translate("CliReport", "not a date (YYYY-MM-DD): {text}")
        raise argparse.ArgumentTypeError(not_a_date.format(text=repr(text))) from None


def register(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help=translate("CliReport", "Analytics' numbers per community (docs/analytics.md)"),
    )
    report.set_defaults(handler=run)
    report.add_argument(
        "number", choices=[*sorted(COLUMNS), "weekly"], help=translate("CliReport", "which number")
    )
    report.add_argument(
        "--community",
        action="append",
        default=[],
        help=translate("CliReport", "only this community (repeatable)"),
    )
    report.add_argument(
        "--from",
        dest="first",
        type=_date,
        help=translate("CliReport", "first local day, YYYY-MM-DD"),
    )
    report.add_argument(
        "--to", dest="last", type=_date, help=translate("CliReport", "last local day (included)")
    )
    report.add_argument(
        "--hours",
        type=float,
        default=24,
        help=translate("CliReport", "unanswered: hours a team reply may take (24)"),
    )
    report.add_argument(
        "--by",
        choices=["day", "week"],
        default="day",
        help=translate("CliReport", "activity: per day or week"),
    )
    report.add_argument("--format", choices=["csv", "json"], default="csv")
    report.add_argument(
        "--output", type=Path, help=translate("CliReport", "weekly: the PDF file to write")
    )
    report.add_argument(
        "--week",
        type=_date,
        help=translate("CliReport", "weekly: a day of the week (default: last week)"),
    )


def _rows(args: argparse.Namespace) -> list[dict[str, Any]]:
    from workbench.core.analytics.service import local_day_range
    from workbench.db.interfaces import AnalyticsScope

    ws = open_workspace(args)
    ids = tuple(ws.communities.find(name).id for name in args.community)
    since, until = local_day_range(args.first, args.last)
    scope = AnalyticsScope(community_ids=ids, since=since, until=until)
    if args.number == "first-reply":
        return [
            {
                "community": r.community,
                "threads": r.threads,
                "answered": r.answered,
                "median_minutes": r.median_minutes,
                "p90_minutes": r.p90_minutes,
            }
            for r in ws.analytics.first_reply(scope)
        ]
    if args.number == "unanswered":
        return [
            {
                "community": r.community,
                "questions": r.questions,
                "unanswered": r.unanswered,
                "unanswered_rate": round(r.rate, 4),
            }
            for r in ws.analytics.unanswered(scope, hours=args.hours)
        ]
    return [
        {
            "period": a.period,
            "community": a.community,
            "platform": a.platform,
            "kind": a.kind,
            "items": a.items,
        }
        for a in ws.analytics.activity(scope, by_week=args.by == "week")
    ]


def _weekly(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.analytics.weekly import last_full_week, week_filters

    if args.output is None or args.output.suffix.lower() != ".pdf":
        required = translate("CliReport", "--output FILE.pdf is required.")
        print(f"workbench report weekly: {required}", file=sys.stderr)
        return EXIT_USAGE
    ws = open_workspace(args)
    try:
        chosen = [ws.communities.find(name) for name in args.community]
    except LookupError as error:
        print(f"workbench report: {shown(error)}", file=sys.stderr)
        return EXIT_USAGE
    filters = week_filters(args.week or last_full_week(date.today()), tuple(c.id for c in chosen))
    numbers = ws.charts.numbers(filters)
    from workbench.gui.analytics.weekly_pdf import render_weekly

    label = ", ".join(c.name for c in chosen) or translate("CliReport", "All communities")
    try:
        render_weekly(numbers, args.output, communities=label)
    except OSError as error:
        unwritable = translate("CliReport", "{file} cannot be written: {error}.")
        said = unwritable.format(file=args.output, error=error.strerror)
        print(f"workbench report: {said}", file=sys.stderr)
        return EXIT_FAILED
    wrote = translate("CliReport", "Wrote the report on the week of {first} to {file}.")
    print(wrote.format(first=filters.first, file=args.output), file=out)
    return EXIT_OK


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.number == "weekly":
        return _weekly(args, out)
    if args.first and args.last and args.first > args.last:
        after = translate("CliReport", "--from comes after --to.")
        print(f"workbench report: {after}", file=sys.stderr)
        return EXIT_USAGE
    if args.hours <= 0:
        above = translate("CliReport", "--hours must be above zero.")
        print(f"workbench report: {above}", file=sys.stderr)
        return EXIT_USAGE
    try:
        rows = _rows(args)
    except LookupError as error:  # a community name that matches none or several
        print(f"workbench report: {shown(error)}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return EXIT_OK
    writer = csv.DictWriter(out, fieldnames=COLUMNS[args.number], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return EXIT_OK
