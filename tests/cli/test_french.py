"""The CLI and core's messages in French: `--lang fr`, the system's language, the Preferences
choice; machine output (CSV, JSON Lines) the same in every language; an account's stored
state message shown in the language of whoever reads it (CLI and the GUI's accounts model).

These read the shipped workbench_fr.qm (the French of /work/fr/h-cli.json once filled).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from plugins.support import TOKEN, batch, install, item, write_script

from workbench.cli import main
from workbench.cli.text import requested_language
from workbench.core.stored_words import from_stored, plain, to_stored
from workbench.core.text import QT_TRANSLATE_NOOP, Words
from workbench.core.workspace import Workspace

BATCHES = [
    batch(
        item("p1", "How do I start?", title="Hello", author="alice", created=1_700_000_000,
             thread="p1", flags=["question"]),
        item("c1", "Like this", kind="comment", parent="p1", thread="p1", author="cm_alex",
             created=1_700_001_800, flags=["own"]),
        cursor="1",
    )
]  # fmt: skip


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


def run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out)
    return code, out.getvalue()


def add_team(data_dir: Path, script: Path) -> None:
    os.environ["WORKBENCH_SECRET_TOKEN"] = TOKEN
    try:
        code, _ = run(data_dir, "accounts", "add", "scripted", "Team", "--set", f"script={script}")
    finally:
        del os.environ["WORKBENCH_SECRET_TOKEN"]
    assert code == 0


@pytest.fixture
def synced(data_dir: Path, tmp_path: Path) -> Path:
    add_team(data_dir, write_script(tmp_path / "script.json", batches=BATCHES))
    assert run(data_dir, "sync")[0] == 0
    return data_dir


FRENCH_SUMMARY = "Team : ok, 2 nouveau(x), 0 mis à jour, 0 supprimé(s), 0 erreur(s)\n"


def test_lang_fr_prints_the_sync_summary_and_errors_in_french(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_team(data_dir, write_script(tmp_path / "script.json", batches=BATCHES))
    assert run(data_dir, "--lang", "fr", "sync") == (0, FRENCH_SUMMARY)
    assert "Team: Connexion…" in capsys.readouterr().err  # core's progress step, marked
    assert run(data_dir, "--lang", "fr", "accounts", "remove", "Nobody")[0] == 1
    assert capsys.readouterr().err == "workbench: Il n’y a pas de compte « Nobody ».\n"
    # The same command in English afterwards: nothing of the French stayed installed.
    assert run(data_dir, "sync") == (0, "Team: ok, 0 new, 0 updated, 0 deleted, 0 errors\n")


def test_the_system_language_alone_gives_french(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_team(data_dir, write_script(tmp_path / "script.json", batches=BATCHES))
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert run(data_dir, "sync") == (0, FRENCH_SUMMARY)
    assert run(data_dir, "--lang", "en", "sync")[1].startswith("Team: ok, 0 new")


def test_the_preferences_choice_beats_the_system_and_lang_beats_both(
    data_dir: Path, tmp_path: Path
) -> None:
    from workbench.gui.i18n import save_language

    add_team(data_dir, write_script(tmp_path / "script.json", batches=BATCHES))
    save_language("fr")
    try:
        assert run(data_dir, "sync") == (0, FRENCH_SUMMARY)
        assert run(data_dir, "--lang", "en", "sync")[1].startswith("Team: ok, 0 new")
    finally:
        save_language(None)


def test_help_is_french_but_argparse_keeps_its_own_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "fr", "sync", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert "seulement ce compte (même s’il est désactivé)" in shown
    assert "codes de sortie :" in shown and "usage: workbench sync" in shown


@pytest.mark.parametrize(
    "command",
    [
        ("report", "first-reply", "--format", "csv"),
        ("report", "activity", "--format", "json"),
        ("items", "export", "--format", "jsonl"),
        ("prompts", "list", "--format", "jsonl"),
    ],
)
def test_machine_output_is_the_same_in_every_language(
    synced: Path, command: tuple[str, ...]
) -> None:
    english, french = run(synced, "--lang", "en", *command), run(synced, "--lang", "fr", *command)
    assert english[0] == french[0] == 0
    assert english[1].encode() == french[1].encode() and english[1]


def test_an_expired_sign_in_is_told_in_french_in_the_cli(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    revoked = {"after": 0, "type": "AuthExpired", "message": "The token was revoked."}
    add_team(data_dir, write_script(tmp_path / "script.json", batches=BATCHES, fail=revoked))
    code, out = run(data_dir, "--lang", "fr", "sync")
    # The connector's own sentence stays as it said it, inside the French one.
    said = "Reconnexion nécessaire. Le connecteur indique : The token was revoked."
    assert code == 1 and out.startswith("Team : échec, ") and out.endswith(f"({said})\n")
    code, listed = run(data_dir, "--lang", "fr", "accounts", "list")
    assert code == 0 and listed.rstrip("\n").endswith(f"\t{said}")
    # Stored once, read in English by another command: the English is the connector's text.
    code, listed = run(data_dir, "accounts", "list")
    assert listed.rstrip("\n").endswith("\tThe token was revoked.")
    ws = Workspace.open(data_dir)
    try:
        assert ws.accounts.get("Team").status_message == "The token was revoked."
    finally:
        ws.close()


def test_an_expired_sign_in_is_told_in_french_in_the_accounts_model(
    data_dir: Path, tmp_path: Path, qapp: object
) -> None:
    from PySide6.QtCore import QCoreApplication, Qt

    from workbench.gui.accounts.model import AccountsModel
    from workbench.gui.i18n import install_translations

    revoked = {"after": 0, "type": "AuthExpired", "message": "The token was revoked."}
    add_team(data_dir, write_script(tmp_path / "script.json", batches=BATCHES, fail=revoked))
    assert run(data_dir, "sync")[0] == 1  # synced in English: the message is stored as Words
    ws = Workspace.open(data_dir)
    app = QCoreApplication.instance()
    assert app is not None
    try:
        model = AccountsModel()
        model.set_accounts(ws.accounts.all())
        state = model.index(0, 2)
        english = model.data(state, Qt.ItemDataRole.ToolTipRole)
        install_translations(app, "fr")
        french = model.data(state, Qt.ItemDataRole.ToolTipRole)
    finally:
        install_translations(app, "en")
        ws.close()
    assert "The token was revoked." in str(english) and "Reconnexion" not in str(english)
    assert "Reconnexion nécessaire. Le connecteur indique : The token was revoked." in str(french)


def test_stored_words_come_back_and_old_plain_text_stays_as_it_was() -> None:
    who = Words("SyncLock", QT_TRANSLATE_NOOP("SyncLock", "process {pid}"), {"pid": 412})
    busy = Words("Sync", "Another sync of this workspace is running ({who}).", {"who": who})
    assert from_stored(to_stored(busy)) == busy
    assert str(from_stored(to_stored(busy))).endswith("(process 412).")
    # Written before messages were Words, or a platform's words with braces in them.
    for old in ("The token was revoked.", '{"error": "invalid_grant"}', "{0} {x}", ""):
        assert str(from_stored(old)) == old
        assert str(from_stored(to_stored(plain(old)))) == old


def test_only_the_global_lang_option_chooses_the_language() -> None:
    assert requested_language(["--lang", "fr", "sync"]) == "fr"
    assert requested_language(["--data-dir", "--lang", "--lang=fr", "sync"]) == "fr"
    assert requested_language(["--data", "x", "--la", "fr", "sync"]) == "fr"
    # `prompts coach --lang` is the language of the questions, not of the CLI.
    assert requested_language(["prompts", "coach", "--lang", "fr"]) is None
    assert requested_language(["--data-dir", "x", "report", "--lang", "fr"]) is None


def test_core_errors_reach_the_gui_in_french(data_dir: Path, qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from workbench.core.accounts.service import AccountError
    from workbench.gui.i18n import install_translations
    from workbench.gui.words import error_text

    ws = Workspace.open(data_dir)
    app = QCoreApplication.instance()
    assert app is not None
    try:
        with pytest.raises(AccountError) as refused:
            ws.accounts.get("Nobody")
        install_translations(app, "fr")
        french = error_text(refused.value)
    finally:
        install_translations(app, "en")
        ws.close()
    assert str(refused.value) == "There is no account “Nobody”."  # logs: English
    assert french == "Il n’y a pas de compte « Nobody »."
    assert error_text(OSError("disk full")) == "disk full"  # not ours: as it is


def test_events_and_playbook_machine_output_is_the_same_in_both_languages(
    tmp_path: Path,
) -> None:
    calendar = tmp_path / "in.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:good\nDTSTART:20270301T100000Z\n"
        "DTEND:20270301T110000Z\nSUMMARY:Good one\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    data_dir = tmp_path / "w"
    assert run(data_dir, "events", "import", str(calendar))[0] == 0
    span = ("--from", "2027-01-01", "--to", "2028-01-01", "--format", "jsonl")
    english = run(data_dir, "--lang", "en", "events", "list", *span)
    french = run(data_dir, "--lang", "fr", "events", "list", *span)
    assert english == french and '"title": "Good one"' in english[1]
    written: dict[str, list[bytes]] = {"ics": [], "json": []}
    for language in ("en", "fr"):
        ics, playbook = tmp_path / f"{language}.ics", tmp_path / f"{language}.json"
        export = ("events", "export", "--output", str(ics))
        assert run(data_dir, "--lang", language, *export)[0] == 0
        options = ("--output", str(playbook), "--title", "T", "--id", "pb-1")
        assert run(data_dir, "--lang", language, "playbook", "export", *options)[0] == 0
        # DTSTAMP is when the file was written: the one line that may differ between runs.
        lines = ics.read_bytes().split(b"\r\n")
        written["ics"].append(b"\r\n".join(x for x in lines if not x.startswith(b"DTSTAMP:")))
        # The export's creation time is the one thing that may differ between the runs.
        data = json.loads(playbook.read_text(encoding="utf-8"))
        data.pop("created", None)
        written["json"].append(json.dumps(data, sort_keys=True).encode())
    assert written["ics"][0] == written["ics"][1]
    assert written["json"][0] == written["json"][1]
