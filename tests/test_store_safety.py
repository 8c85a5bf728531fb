"""A workspace file damaged mid-file, `workbench store check`, `workbench store backup` and
the backups kept before each migration.

The damage is real: pages in the middle of a real workspace file are overwritten with
garbage (the header and the schema page stay), as a failing disk or a bad copy leaves it.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from plugins.support import TOKEN, batch, install, item, write_script

from workbench.cli import main
from workbench.core.workspace import DATABASE_FILE, Workspace
from workbench.db.store import HEAD_REVISION, MIGRATIONS, open_store, sqlite_url

PAGE = 8192  # the store's page size (db/sqlite/connect.py)
ITEMS = 3000


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "workspace"
    install(folder, "scripted")
    return folder


def run(data_dir: Path, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out)
    return code, out.getvalue()


def synced_workspace(data_dir: Path) -> Path:
    """A workspace whose account holds ITEMS items; returns the script its connector reads."""
    words = ["reset", "password", "moderator", "thread", "welcome", "event", "question", "answer"]
    rng = random.Random(7)
    items = [
        item(f"i{n}", " ".join(rng.choices(words, k=60)), title=f"Item {n}", author=f"u{n % 97}")
        for n in range(ITEMS)
    ]
    batches = [batch(*items[i : i + 500], cursor=str(i)) for i in range(0, ITEMS, 500)]
    script = write_script(data_dir / "script.json", batches=batches, ignore_cursor=True)
    os.environ["WORKBENCH_SECRET_TOKEN"] = TOKEN
    try:
        code = run(data_dir, "accounts", "add", "scripted", "Team", "--set", f"script={script}")
    finally:
        del os.environ["WORKBENCH_SECRET_TOKEN"]
    assert code[0] == 0
    assert run(data_dir, "sync")[0] == 0
    return script


def damage(path: Path) -> None:
    """Overwrite the middle third of the file's pages with garbage."""
    with sqlite3.connect(path) as connection:  # everything into the main file first
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    pages = path.stat().st_size // PAGE
    assert pages > 30, pages
    rng = random.Random(1)
    with path.open("r+b") as file:
        for page in range(pages // 3, 2 * pages // 3):
            file.seek(page * PAGE)
            file.write(rng.randbytes(PAGE))


def assert_plain(err: str, database: Path) -> None:
    for raw in ("Traceback", "sqlite3.", "DatabaseError", "malformed"):
        assert raw not in err, err
    assert err.startswith(f"workbench: The workspace file {database} is damaged"), err
    assert "workbench store check" in err, err


@pytest.fixture
def damaged(data_dir: Path) -> Path:
    synced_workspace(data_dir)
    database = data_dir / DATABASE_FILE
    damage(database)
    return database


@pytest.mark.parametrize(
    "argv", [("accounts", "list"), ("sync",), ("items", "export")], ids=" ".join
)
def test_a_damaged_file_is_explained_in_words(
    data_dir: Path, damaged: Path, argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, _ = run(data_dir, *argv)
    assert code == 1
    assert_plain(capsys.readouterr().err, damaged)


def test_the_message_names_the_newest_automatic_backup(
    data_dir: Path, damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backups = data_dir / "backups"
    backups.mkdir()
    (backups / "workbench-schema-0004-20261101-100000.sqlite3").write_bytes(b"")
    capsys.readouterr()
    assert run(data_dir, "accounts", "list")[0] == 1
    err = capsys.readouterr().err
    assert_plain(err, damaged)
    assert str(backups / "workbench-schema-0004-20261101-100000.sqlite3") in err


def test_store_check_lists_the_damage(data_dir: Path, damaged: Path) -> None:
    code, out = run(data_dir, "store", "check")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{damaged}: problems found:", out
    assert "page(s) of the file hold garbage" in lines[1], out
    assert all(line.startswith("  - ") for line in lines[1:-1]), out
    assert lines[-1].startswith("To go back to a sound copy: close Community Workbench"), out
    assert "workbench.sqlite3-wal" in lines[-1]
    assert str(damaged.parent / "backups") in lines[-1]


def test_store_check_passes_a_sound_workspace(data_dir: Path) -> None:
    synced_workspace(data_dir)
    assert run(data_dir, "store", "check") == (
        0,
        f"{data_dir / DATABASE_FILE}: no problems found (database and search index).\n",
    )


def test_store_check_finds_a_search_index_out_of_step(data_dir: Path) -> None:
    synced_workspace(data_dir)
    with sqlite3.connect(data_dir / DATABASE_FILE) as connection:
        # Text changed behind the index's back: an external-content index no longer matches.
        connection.execute("UPDATE items SET text = 'changed' WHERE external_id = 'i5'")
    connection.close()
    code, out = run(data_dir, "store", "check")
    assert code == 1
    assert "The search index does not match the stored items" in out


def test_store_check_without_a_workspace_says_so(tmp_path: Path) -> None:
    code, out = run(tmp_path / "none", "store", "check")
    assert code == 1
    assert f"There is no workspace file at {tmp_path / 'none' / DATABASE_FILE}" in out


def test_self_test_reports_a_damaged_file_in_words(data_dir: Path, damaged: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--self-test", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr, done.stdout + done.stderr
    store_line = next(line for line in done.stdout.splitlines() if line.startswith("store:"))
    assert store_line.startswith(f"store: FAILED: The workspace file {damaged} is damaged")


# -- backups ---------------------------------------------------------------------------------


def test_backup_copies_every_row_while_the_workspace_is_open(
    data_dir: Path, tmp_path: Path
) -> None:
    synced_workspace(data_dir)
    destination = tmp_path / "copies" / "monday.sqlite3"
    ws = Workspace.open(data_dir)  # open, as the app would be
    try:
        code, out = run(data_dir, "store", "backup", str(destination))
    finally:
        ws.close()
    assert code == 0
    assert out == f"Backed up {data_dir / DATABASE_FILE} to {destination}.\n"
    copy = Workspace.open(destination.parent, url=f"sqlite:///{destination}")
    try:
        assert [(a.name, a.item_count) for a in copy.accounts.all()] == [("Team", ITEMS)]
    finally:
        copy.close()
    with sqlite3.connect(destination) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        found = connection.execute(
            "SELECT count(*) FROM items_fts WHERE items_fts MATCH 'moderator'"
        ).fetchone()[0]
    connection.close()
    assert found > 0


def test_backup_refuses_to_overwrite_a_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace.open(data_dir).close()
    destination = tmp_path / "precious.txt"
    destination.write_text("keep me")
    capsys.readouterr()
    assert run(data_dir, "store", "backup", str(destination))[0] == 1
    err = capsys.readouterr().err
    assert err == f"workbench: {destination} already exists; choose another name (or --force).\n"
    assert destination.read_text() == "keep me"
    assert run(data_dir, "store", "backup", str(destination), "--force")[0] == 0
    with sqlite3.connect(destination) as connection:
        assert connection.execute("SELECT count(*) FROM accounts").fetchone() == (0,)
    connection.close()
    assert not list(tmp_path.glob("*.partial"))


def test_backup_into_a_missing_folder_it_cannot_create_says_so(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace.open(data_dir).close()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    capsys.readouterr()
    assert run(data_dir, "store", "backup", str(blocker / "x.sqlite3"))[0] == 1
    err = capsys.readouterr().err
    assert err.startswith(f"workbench: The backup {blocker / 'x.sqlite3'} cannot be written"), err


def downgrade(database: Path, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    store = open_store(sqlite_url(database), migrate_schema=False)
    try:
        with store.engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        store.close()


def backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)


def test_a_migration_keeps_a_backup_of_the_old_file(data_dir: Path) -> None:
    synced_workspace(data_dir)
    database = data_dir / DATABASE_FILE
    downgrade(database, "0004")
    Workspace.open(data_dir).close()  # upgrades 0004 -> head
    [backup] = backups(data_dir)
    assert backup.name.startswith("workbench-schema-0004-")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
        assert connection.execute("SELECT count(*) FROM items").fetchone() == (ITEMS,)
    connection.close()
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    connection.close()


def test_only_the_last_three_migration_backups_are_kept(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    database = data_dir / DATABASE_FILE
    made: list[str] = []
    for _ in range(4):
        downgrade(database, "0004")
        Workspace.open(data_dir).close()
        made.append(backups(data_dir)[-1].name)
    assert [p.name for p in backups(data_dir)] == made[1:]


def test_no_backup_for_a_new_workspace_or_one_already_current(data_dir: Path) -> None:
    Workspace.open(data_dir).close()  # created from nothing
    Workspace.open(data_dir).close()  # at the head already
    assert not (data_dir / "backups").exists()


def test_the_open_store_checks_and_backs_itself_up(workspace: Workspace, tmp_path: Path) -> None:
    from workbench.db.store import StoreError

    workspace.ensure_demo_account()
    assert workspace.store.check() == []
    workspace.store.backup(tmp_path / "copy.sqlite3")
    with sqlite3.connect(tmp_path / "copy.sqlite3") as connection:
        assert connection.execute("SELECT name FROM accounts").fetchall() == [("Demo communities",)]
    connection.close()
    with pytest.raises(StoreError, match="already exists"):
        workspace.store.backup(tmp_path / "copy.sqlite3")
