"""`workbench events import|export|list|occurrences`: the shape scripts depend on."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workbench.cli import main

ICS = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


def run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data_dir), "events", *argv], out=out)
    return code, out.getvalue()


def test_import_prints_counts_and_reimport_skips(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "import", str(ICS / "google.ics")) == (0, "3 new, 0 updated, 0 skipped\n")
    assert run(data_dir, "import", str(ICS / "google.ics")) == (0, "0 new, 0 updated, 3 skipped\n")


def test_occurrences_jsonl_one_object_per_occurrence_sorted_by_start(data_dir: Path) -> None:
    run(data_dir, "import", str(ICS / "google.ics"))
    code, out = run(
        data_dir, "occurrences", "--from", "2027-03-01", "--to", "2027-03-23", "--format", "jsonl"
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert records == [
        {
            "uid": "4k2m9q7r1s3t5u7v9w1x3y5z7a@google.com",
            "recurrence_id": f"2027-03-{day}T17:30:00Z",
            "title": title,
            "start": f"2027-03-{day}T{hour}:{minute}:00Z",
            "end": f"2027-03-{day}T{int(hour) + 1}:{minute}:00Z",
            "all_day": False,
            "status": "scheduled",
        }
        for day, hour, minute, title in (
            ("02", "17", "30", "Weekly AMA"),
            ("09", "17", "30", "Weekly AMA"),
            ("23", "19", "00", "Weekly AMA with a guest"),  # --to includes its day
        )
    ]


def test_list_and_export_one_event(data_dir: Path, tmp_path: Path) -> None:
    run(data_dir, "import", str(ICS / "google.ics"))
    code, out = run(
        data_dir, "list", "--from", "2027-01-01", "--to", "2027-12-31", "--format", "jsonl"
    )
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(e["title"], e["start"], e["all_day"], e["rrule"]) for e in events] == [
        ("Weekly AMA", "2027-03-02T17:30:00Z", False, "FREQ=WEEKLY;BYDAY=TU"),
        ("Spring workshop", "2027-04-10T13:00:00Z", False, None),
        ("Community meetup weekend", "2027-05-20T00:00:00Z", True, None),
    ]
    output = tmp_path / "one.ics"
    code, out = run(data_dir, "export", "--id", str(events[1]["id"]), "--output", str(output))
    assert (code, out) == (0, f"1 event(s) written to {output}.\n")
    assert output.read_text().count("BEGIN:VEVENT") == 1 and "Spring workshop" in output.read_text()


def test_bad_input_is_one_line_on_stderr(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.ics"
    notes.write_text("Dear all\n")
    assert run(data_dir, "import", str(notes)) == (1, "")
    assert capsys.readouterr().err == (
        "workbench: notes.ics: it is not an iCalendar file (it does not begin with "
        "BEGIN:VCALENDAR); nothing was imported.\n"
    )
    assert run(data_dir, "export", "--id", "42", "--output", str(tmp_path / "x.ics")) == (1, "")
    assert capsys.readouterr().err == "workbench: There is no event 42.\n"
    with pytest.raises(SystemExit):
        run(data_dir, "occurrences", "--from", "March", "--to", "2027-04-01")
    assert "'March' is not a date" in capsys.readouterr().err
    code, _ = run(data_dir, "occurrences", "--from", "2027-04-01", "--to", "2027-03-01")
    assert code == 2 and "--to must come after --from" in capsys.readouterr().err
