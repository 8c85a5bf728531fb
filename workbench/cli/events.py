"""``workbench events import|export|list|occurrences``: events and iCalendar files.

Dates: ``YYYY-MM-DD`` is a UTC day (``--to`` includes it), or an ISO-8601 date-time (with
an offset; without one it is UTC). Times printed are ISO-8601 UTC (``...Z``). Scripts
depend on the shape of the JSON Lines records: change it only by adding keys.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from workbench.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, open_workspace
from workbench.cli.text import failure, shown, translate

# `events list` without dates: from a year ago to two years ahead.
LIST_BEFORE, LIST_AFTER = timedelta(days=366), timedelta(days=731)


def register(commands: Any) -> None:
    events = commands.add_parser(
        "events", help=translate("CliEvents", "events: iCalendar files, lists, occurrences")
    )
    events.set_defaults(handler=run_events)
    acts = events.add_subparsers(dest="action", required=True, metavar="ACTION")
    importing = acts.add_parser(
        "import",
        help=translate(
            "CliEvents", "read an .ics file (events matched by UID: updated, never duplicated)"
        ),
    )
    importing.add_argument("file", type=Path)
    export = acts.add_parser("export", help=translate("CliEvents", "write events to an .ics file"))
    export.add_argument(
        "--id",
        dest="ids",
        type=int,
        action="append",
        help=translate("CliEvents", "only this event"),
    )
    export.add_argument("--output", type=Path, required=True)
    listing = acts.add_parser(
        "list", help=translate("CliEvents", "events (a series once), by start")
    )
    listing.add_argument(
        "--from", dest="start", type=_moment, help=translate("CliEvents", "YYYY-MM-DD or ISO time")
    )
    listing.add_argument(
        "--to", dest="end", type=_end_moment, help=translate("CliEvents", "YYYY-MM-DD or ISO time")
    )
    listing.add_argument("--format", choices=["text", "jsonl"], default="text")
    occurrences = acts.add_parser(
        "occurrences", help=translate("CliEvents", "every occurrence between two dates, by start")
    )
    occurrences.add_argument("--from", dest="start", type=_moment, required=True)
    occurrences.add_argument("--to", dest="end", type=_end_moment, required=True)
    occurrences.add_argument("--format", choices=["text", "jsonl"], default="text")


def _parse(text: str, *, end: bool) -> datetime:
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
            return moment + timedelta(days=1) if end else moment
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as error:
        wrong = translate("CliEvents", "{text} is not a date (YYYY-MM-DD) or an ISO-8601 time")
        raise argparse.ArgumentTypeError(wrong.format(text=repr(text))) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _moment(text: str) -> datetime:
    return _parse(text, end=False)


def _end_moment(text: str) -> datetime:
    return _parse(text, end=True)


def utc_text(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def run_events(args: argparse.Namespace, out: TextIO) -> int:
    from workbench.core.events.model import EventError

    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start is not None and end is not None and end <= start:
        print(failure(translate("CliEvents", "--to must come after --from.")), file=sys.stderr)
        return EXIT_USAGE
    ws = open_workspace(args)
    try:
        if args.action == "import":
            report = ws.events.import_ics(args.file)
            for problem in report.problems:
                print(failure(shown(problem)), file=sys.stderr)
            print(shown(report.summary()), file=out)
            return EXIT_OK
        if args.action == "export":
            count = ws.events.export_ics(args.output, args.ids)
            written = translate("CliEvents", "{count} event(s) written to {file}.")
            print(written.format(count=count, file=args.output), file=out)
            return EXIT_OK
    except (EventError, LookupError) as error:
        print(failure(shown(error)), file=sys.stderr)
        return EXIT_FAILED
    if args.action == "list":
        now = datetime.now(UTC)
        views = ws.events.all(start or now - LIST_BEFORE, end or now + LIST_AFTER)
        for view in views:
            record = {
                "id": view.id,
                "uid": view.uid,
                "title": view.title,
                "kind": str(view.kind),
                "status": str(view.status),
                "start": utc_text(view.start),
                "end": utc_text(view.end),
                "tz": view.tz,
                "all_day": view.all_day,
                "rrule": view.rrule,
                "hosts": list(view.hosts),
                "community_ids": list(view.community_ids),
                "online_link": view.online_link,
                "place": view.place,
                "sequence": view.sequence,
            }
            _write(out, args.format, record, ("id", "start", "status", "title"))
        return EXIT_OK
    assert start is not None and end is not None  # required by the parser
    for occurrence in ws.events.occurrences(start, end):
        record = {
            "uid": occurrence.uid,
            "recurrence_id": utc_text(occurrence.recurrence_id),
            "title": occurrence.title,
            "start": utc_text(occurrence.start),
            "end": utc_text(occurrence.end),
            "all_day": occurrence.all_day,
            "status": str(occurrence.status),
        }
        _write(out, args.format, record, ("start", "end", "status", "title"))
    return EXIT_OK


def _write(out: TextIO, form: str, record: dict[str, Any], columns: tuple[str, ...]) -> None:
    if form == "jsonl":
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        print("\t".join(" ".join(str(record[c]).split()) for c in columns), file=out)
