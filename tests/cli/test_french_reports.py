"""Reports that used to stay English under ``--lang fr``: a data export's import summary, an
.ics import's counts and the events it left out (with why), a playbook import's summary, the
start-up notices, a sync run's stored message and a promotion plan's dates.

Each is shown in French and in English from the same run; machine output (the JSON Lines of
``events list``, an exported .ics or playbook file) is the same bytes in both languages.
These read the shipped workbench_fr.qm (with the French of /work/fr/h-leftovers.json filled).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.test_archives import GROUP, facebook_files, write_zip
from workbench.cli import main
from workbench.core.events.model import EventDraft
from workbench.core.events.promotion import StepDraft
from workbench.core.events.state import EventKind, StepKind
from workbench.core.events.templates import language_of, template
from workbench.core.stored_words import to_stored
from workbench.core.sync.engine import run_message
from workbench.core.text import Words
from workbench.core.workspace import Workspace
from workbench.db.models import SyncRun

POSTS = "your_facebook_activity/groups/your_posts_in_groups.json"
PLAYBOOK = Path(__file__).resolve().parents[2] / "workbench/resources/playbooks/support.en.json"
BAD_ICS = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:good
DTSTART:20270301T100000Z
DTEND:20270301T110000Z
SUMMARY:Good one
END:VEVENT
BEGIN:VEVENT
UID:no-start
SUMMARY:Whenever
END:VEVENT
BEGIN:VEVENT
UID:bad-date
DTSTART:2027-03-01
SUMMARY:Someday
END:VEVENT
BEGIN:VEVENT
UID:mars
DTSTART;TZID=Mars/Olympus:20270301T100000
SUMMARY:Launch party
END:VEVENT
END:VCALENDAR
"""


def run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out)
    return code, out.getvalue()


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    """The app's French installed for the test (the GUI's words()), English afterwards."""
    from workbench.gui.i18n import install_translations

    app = QCoreApplication.instance()
    assert app is not None
    install_translations(app, "fr")
    try:
        yield
    finally:
        install_translations(app, "en")


def shown(marked: Words) -> str:
    from workbench.gui.words import words

    return words(marked)


# --- 1. workbench import facebook-archive | linkedin-export ---------------------------------


def test_an_archive_import_is_summed_up_in_french_and_in_english(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "fb.zip", facebook_files())
    args = ("import", "facebook-archive", str(archive), "--community", GROUP)
    code, out = run(tmp_path / "fr", "--lang", "fr", *args)
    assert code == 0
    assert out == (
        f"Importé dans {GROUP} (Facebook archives) : 3 nouveau(x), 0 mis à jour, "
        "0 déjà présent(s), 0 entrée(s) illisible(s).\n"
    )
    code, out = run(tmp_path / "fr", *args)  # again, in English: all already there
    assert code == 0
    assert out == (
        f"Imported into {GROUP} (Facebook archives): 0 new, 0 updated, 3 already there, "
        "0 unreadable entries.\n"
    )


def test_an_export_with_nothing_to_import_is_refused_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = write_zip(tmp_path / "empty.zip", {POSTS: '{"group_posts_v2": []}'})
    args = ("import", "facebook-archive", str(empty), "--community", GROUP)
    assert run(tmp_path / "w", "--lang", "fr", *args) == (1, "")
    assert capsys.readouterr().err == (
        f"workbench: empty.zip ne contient rien à importer dans {GROUP} : rien n’a été modifié.\n"
    )
    assert run(tmp_path / "w", *args) == (1, "")
    assert capsys.readouterr().err == (
        f"workbench: empty.zip holds nothing to import into {GROUP}: nothing was changed.\n"
    )


def test_the_import_dialog_tells_an_empty_export_in_french(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, french: None
) -> None:
    from workbench.gui.accounts.import_dialog import ImportDialog
    from workbench.gui.tasks import TaskRunner

    tasks = TaskRunner()
    dialog = ImportDialog(workspace.import_export, tasks)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("facebook-archive"))
    dialog.path.setText(str(write_zip(tmp_path / "empty.zip", {POSTS: '{"group_posts_v2": []}'})))
    dialog.community.setText(GROUP)
    dialog.import_button.click()
    said = f"empty.zip ne contient rien à importer dans {GROUP} : rien n’a été modifié."
    qtbot.waitUntil(lambda: said in dialog.message_label.text())
    tasks.wait()


# --- 2. workbench events import --------------------------------------------------------------


def test_an_ics_import_counts_and_left_out_events_in_french_and_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.ics"
    path.write_text(BAD_ICS, encoding="utf-8")
    assert run(tmp_path / "w", "--lang", "fr", "events", "import", str(path)) == (
        0,
        "1 nouveau(x), 0 mis à jour, 3 ignoré(s)\n",
    )
    assert capsys.readouterr().err.splitlines() == [
        "workbench: bad.ics, ligne 9 : 'Whenever' n’a pas été importé : "
        "il n’a pas de début (DTSTART).",
        "workbench: bad.ics, ligne 13 : 'Someday' n’a pas été importé : "
        "'2027-03-01' n’est ni une date ni une heure.",
        "workbench: bad.ics, ligne 18 : 'Launch party' n’a pas été importé : "
        "son fuseau horaire 'Mars/Olympus' est inconnu.",
    ]
    assert run(tmp_path / "w", "events", "import", str(path)) == (
        0,
        "0 new, 0 updated, 4 skipped\n",
    )
    assert capsys.readouterr().err.splitlines() == [
        "workbench: bad.ics, line 9: 'Whenever' was left out: it has no start (DTSTART).",
        "workbench: bad.ics, line 13: 'Someday' was left out: '2027-03-01' is not a date or time.",
        "workbench: bad.ics, line 18: 'Launch party' was left out: "
        "its time zone 'Mars/Olympus' is unknown.",
    ]


def test_a_refused_ics_file_is_told_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photo.ics"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    assert run(tmp_path / "w", "--lang", "fr", "events", "import", str(path)) == (1, "")
    err = capsys.readouterr().err
    assert (
        err == "workbench: photo.ics n’est pas un fichier iCalendar (c’est un fichier binaire).\n"
    )
    assert run(tmp_path / "w", "events", "import", str(path)) == (1, "")
    assert (
        capsys.readouterr().err == "workbench: photo.ics is not an iCalendar file (it is binary).\n"
    )


def test_a_broken_ics_line_is_named_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.ics"
    path.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\n", encoding="utf-8")
    assert run(tmp_path / "w", "--lang", "fr", "events", "import", str(path)) == (1, "")
    assert capsys.readouterr().err == (
        "workbench: cut.ics : le fichier se termine avant END:VCALENDAR (il est tronqué) ; "
        "rien n’a été importé.\n"
    )
    assert run(tmp_path / "w", "events", "import", str(path)) == (1, "")
    assert capsys.readouterr().err == (
        "workbench: cut.ics: the file ends before END:VCALENDAR (it is cut short); "
        "nothing was imported.\n"
    )


def test_an_archive_for_a_named_account_of_another_kind_is_refused_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = write_zip(tmp_path / "fb.zip", facebook_files())
    args = ("import", "facebook-archive", str(archive), "--community", GROUP)
    assert run(tmp_path / "w", *args)[0] == 0  # makes the "Facebook archives" account
    li = ("import", "linkedin-export", str(archive), "--community", GROUP)
    assert run(tmp_path / "w", "--lang", "fr", *li, "--account", "Facebook archives")[0] == 1
    err = capsys.readouterr().err
    assert (
        err.startswith("workbench: « Facebook archives » est un compte ") and "pas linkedin." in err
    )


def test_the_events_pane_lists_left_out_events_in_french(
    workspace: Workspace, tmp_path: Path, french: None
) -> None:
    path = tmp_path / "bad.ics"
    path.write_text(BAD_ICS, encoding="utf-8")
    report = workspace.events.import_ics(path)
    assert shown(report.summary()) == "1 nouveau(x), 0 mis à jour, 3 ignoré(s)"
    assert shown(report.problems[0]) == (
        "bad.ics, ligne 9 : 'Whenever' n’a pas été importé : il n’a pas de début (DTSTART)."
    )
    assert str(report) == "1 new, 0 updated, 3 skipped"  # the logs keep the English


def test_the_events_panes_import_details_are_french(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, french: None
) -> None:
    from PySide6.QtWidgets import QWidget

    from workbench.gui.events.import_export import CalendarFiles
    from workbench.gui.tasks import TaskRunner

    path = tmp_path / "bad.ics"
    path.write_text(BAD_ICS, encoding="utf-8")
    owner = QWidget()
    qtbot.addWidget(owner)
    tasks = TaskRunner(owner)
    files = CalendarFiles(events=workspace.events, tasks=tasks, owner=owner)
    with qtbot.waitSignal(files.finished, timeout=10_000) as done:
        files.import_file(path)
    line, details = done.args
    assert line.startswith("bad.ics importé")  # the pane's own tr() line
    assert details.splitlines()[0] == (
        "bad.ics, ligne 9 : 'Whenever' n’a pas été importé : il n’a pas de début (DTSTART)."
    )
    tasks.wait()


# --- 3. workbench playbook import ------------------------------------------------------------


def test_a_playbook_import_is_summed_up_in_french_and_in_english(tmp_path: Path) -> None:
    code, out = run(tmp_path / "w", "--lang", "fr", "playbook", "import", str(PLAYBOOK))
    assert code == 0
    summary = out.splitlines()[-1]
    assert (
        summary.startswith("importé : ")
        and "ajouté(s), 0 mis à jour, 0 en deux versions" in summary
    )
    assert summary.endswith(" identique(s)")
    code, out = run(tmp_path / "w", "playbook", "import", str(PLAYBOOK))
    assert code == 0
    assert out.splitlines()[-1].startswith("imported: 0 added, 0 updated, 0 kept both, ")
    assert out.splitlines()[-1].endswith(" identical")


# --- 4. the start-up notices -----------------------------------------------------------------


def test_start_up_notices_are_shown_in_french(data_dir: Path, french: None) -> None:
    (data_dir / "plugins").mkdir(parents=True)
    (data_dir / "plugins" / "broken.py").write_text("import does_not_exist\n")
    ws = Workspace.open(data_dir)
    try:
        notices = ws.startup_notices()
    finally:
        ws.close()
    assert [shown(n) for n in notices if "broken" in str(n)] == [
        "1 connecteur(s) n’ont pas pu être chargés (broken) ; les raisons sont dans Comptes."
    ]
    assert "1 connector(s) could not be loaded (broken); see Accounts for the reasons." in [
        str(n) for n in notices
    ]


# --- 5. a sync run's stored message ----------------------------------------------------------


def test_a_sync_runs_message_is_stored_as_words_and_old_text_shown_as_is(
    workspace: Workspace, french: None
) -> None:
    from workbench.core.accounts.secrets import how_to_fix

    workspace.ensure_demo_account()
    account = workspace.accounts.all()[0]
    with workspace.store.writing() as session:
        started = datetime.now(UTC)
        session.add(
            SyncRun(account_id=account.id, started_at=started, message=to_stored(how_to_fix()))
        )
        session.add(SyncRun(account_id=account.id, started_at=started, message="Old plain text"))
        session.add(SyncRun(account_id=account.id, started_at=started, message=""))
    empty, old, marked = workspace.sync.last_runs(account.id)[:3]
    assert shown(run_message(marked)).startswith("Aucun trousseau de clés")
    assert str(run_message(marked)).startswith("No system keyring is available")
    assert shown(run_message(old)) == str(run_message(old)) == "Old plain text"
    assert shown(run_message(empty)) == ""


def test_a_failed_syncs_run_keeps_its_message_for_either_language(
    tmp_path: Path, french: None
) -> None:
    from plugins.support import TOKEN, install, write_script

    data_dir = tmp_path / "workspace"
    install(data_dir, "scripted")
    revoked = {"after": 0, "type": "AuthExpired", "message": "The token was revoked."}
    script = write_script(tmp_path / "script.json", batches=[], fail=revoked)

    os.environ["WORKBENCH_SECRET_TOKEN"] = TOKEN
    try:
        assert (
            run(data_dir, "accounts", "add", "scripted", "Team", "--set", f"script={script}")[0]
            == 0
        )
    finally:
        del os.environ["WORKBENCH_SECRET_TOKEN"]
    assert run(data_dir, "sync")[0] == 1
    ws = Workspace.open(data_dir)
    try:
        [last] = ws.sync.last_runs(ws.accounts.get("Team").id)[:1]
    finally:
        ws.close()
    assert last.message.startswith("{")  # Words, not the English sentence
    assert str(run_message(last)) == "The token was revoked."
    said = "Reconnexion nécessaire. Le connecteur indique : The token was revoked."
    assert shown(run_message(last)) == said


# --- 6. a promotion plan's dates in the plan's language --------------------------------------


def _event(ws: Workspace) -> int:
    account = ws.accounts.add("demo", "Demo", {"size": "20"})
    ws.sync.sync(account.id)
    first = ws.communities.all()[0]
    start = datetime(2026, 12, 21, 18, tzinfo=UTC)
    draft = EventDraft(
        title="Winter meetup",
        kind=EventKind.WEBINAR,
        start=start,
        end=start + timedelta(hours=1),
        tz="UTC",
        community_ids=(first.id,),
    )
    return ws.events.create(draft).id


def test_a_french_plans_date_is_french_in_an_english_workspace(workspace: Workspace) -> None:
    event = _event(workspace)
    workspace.promotion.language = "en"  # what the app would start a plan in
    community = workspace.events.get(event).community_ids[0]
    fr, en = template(StepKind.ANNOUNCE, "fr"), template(StepKind.ANNOUNCE, "en")
    workspace.promotion.set_steps(
        event,
        [
            StepDraft(StepKind.ANNOUNCE, timedelta(days=-7), community, fr.title, fr.text),
            StepDraft(StepKind.ANNOUNCE, timedelta(days=-6), community, en.title, en.text),
            StepDraft(StepKind.REMIND, timedelta(days=-1), community),  # empty: the default
        ],
    )
    french_step, english_step, empty = workspace.promotion.plan(event)
    assert french_step.title == "Bientôt : Winter meetup le lundi 21 décembre 2026"
    assert "le lundi 21 décembre 2026 à 18:00" in french_step.text
    assert english_step.title == "Coming up: Winter meetup on Monday 21 December 2026"
    assert empty.title == "Reminder: Winter meetup on Monday 21 December 2026"
    workspace.promotion.language = "fr"  # a French workspace's empty step is French
    assert (
        workspace.promotion.plan(event)[2].title
        == "Rappel : Winter meetup le lundi 21 décembre 2026"
    )


def test_a_plan_edited_by_hand_keeps_its_language() -> None:
    assert language_of("Rejoignez-nous pour {event} le {date} !") == "fr"
    assert language_of("Join us for {event} on {date}!", "fr") == "en"
    assert language_of("{event} {date}", "fr") == "fr"  # only variables: the default
    assert language_of("", "en") == "en"


def test_the_french_demo_plans_in_french(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "demo-fr")
    try:
        ws.ensure_demo_account("fr")
        planned = [
            step
            for view in ws.events.all(
                datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
            )
            for step in ws.promotion.plan(view.id)
        ]
    finally:
        ws.close()
    dated = [s for s in planned if s.step in (StepKind.ANNOUNCE, StepKind.REMIND)]
    assert dated and all(" le " in s.title for s in dated)
    english = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert not any(day in s.title + s.text for s in planned for day in english)
