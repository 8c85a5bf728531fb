"""The store: migrations, refusal of newer or broken files, pragmas, all on real SQLite files."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from workbench.core.workspace import DATABASE_FILE, Workspace
from workbench.db.models import SQL_ONLY_INDEXES, Base
from workbench.db.store import HEAD_REVISION, MIGRATIONS, StoreError, open_store, sqlite_url


def database(workspace: Workspace) -> Path:
    return workspace.data_dir / DATABASE_FILE


def test_migrations_from_empty_create_every_table_and_the_index(workspace: Workspace) -> None:
    with workspace.store.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "items_fts" in tables
        assert "alembic_version" in tables
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        # The models and the migrations describe the same schema (FTS5 lives only in SQL).
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = [
            d
            for d in compare_metadata(context, Base.metadata)
            if not (d[0] == "remove_table" and d[1].name.startswith(("items_fts", "prompts_fts")))
            and not (d[0] == "remove_index" and d[1].name in SQL_ONLY_INDEXES)
        ]
        indexes = {i["name"] for i in inspect(connection).get_indexes("members")}
    assert diffs == []
    assert set(SQL_ONLY_INDEXES) <= indexes
    assert version == HEAD_REVISION


def test_head_revision_constant_matches_the_migrations() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_upgrade_from_0003_keeps_items_and_makes_the_kind_index_partial(data_dir: Path) -> None:
    from alembic import command

    path = data_dir / DATABASE_FILE
    store = open_store(sqlite_url(path), migrate_schema=False)
    with store.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.exec_driver_sql(
            "INSERT INTO accounts (id, uid, connector_id, name, settings, enabled, created_at, "
            "status, status_message) VALUES (1, 'u', 'demo', 'A', '{}', 1, 0, 'ok', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO items (account_id, kind, external_id, created_at, title, text, html, "
            "url, flags, content_hash, synced_at, state, priority) "
            "VALUES (1, 'report', 'r1', 5, '', 'spam here', '', '', '', 0, 5, 'new', 0)"
        )
    store.close()
    store = open_store(sqlite_url(path))
    with store.engine.connect() as connection:
        index_sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_items_kind_created'"
        ).scalar()
        kept = connection.exec_driver_sql(
            "SELECT external_id FROM items WHERE kind = 'report' AND kind != 'comment'"
        ).all()
    store.close()
    assert "WHERE kind != 'comment'" in str(index_sql)
    assert [tuple(r) for r in kept] == [("r1",)]


def test_fts_index_buffers_16_mib_of_new_terms(workspace: Workspace) -> None:
    # Fewer, larger segments for commits of many items (migration 0005).
    with workspace.store.engine.connect() as connection:
        size = connection.exec_driver_sql(
            "SELECT v FROM items_fts_config WHERE k = 'hashsize'"
        ).scalar()
    assert size == 16 * 1024 * 1024


def test_fts_index_is_external_content_over_items(workspace: Workspace) -> None:
    with workspace.store.engine.connect() as connection:
        sql = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'items_fts'")
        ).scalar()
    assert "fts5" in sql.lower() and "content='items'" in sql


def test_reopening_does_nothing(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    url = sqlite_url(data_dir / DATABASE_FILE)
    with caplog.at_level(logging.INFO, logger="workbench.db.store"):
        open_store(url).close()
        assert "migrating" in caplog.text
        caplog.clear()
        store = open_store(url)
    assert "migrating" not in caplog.text
    with store.engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    store.close()
    assert [v[0] for v in versions] == [HEAD_REVISION]


def test_reopening_keeps_data(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    ws.ensure_demo_account()
    ws.close()
    ws = Workspace.open(data_dir)
    try:
        assert [a.connector_id for a in ws.accounts.all()] == ["demo"]
    finally:
        ws.close()


def test_newer_database_is_refused(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    path = data_dir / DATABASE_FILE
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(StoreError, match="newer version") as caught:
        open_store(sqlite_url(path))
    assert "schema 9999" in str(caught.value)
    # Refused means untouched: the file still says 9999.
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    connection.close()


def test_random_bytes_give_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILE
    path.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError) as caught:
        open_store(sqlite_url(path))
    message = str(caught.value)
    assert "damaged or is not a Community Workbench database" in message
    assert str(path) in message
    assert "Traceback" not in message and "DatabaseError" not in message


def test_truncated_database_gives_a_plain_error(data_dir: Path) -> None:
    ws = Workspace.open(data_dir)
    ws.ensure_demo_account()
    ws.close()
    path = data_dir / DATABASE_FILE
    with sqlite3.connect(path) as connection:  # fold the WAL in, then cut the file short
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[:4096])
    with pytest.raises(StoreError, match="damaged"):
        open_store(sqlite_url(path))


def test_locked_database_on_open_says_so(tmp_path: Path) -> None:
    # Another program holds an exclusive lock on a database not yet in WAL mode: opening
    # waits for the busy timeout, then says the workspace is in use.
    path = tmp_path / DATABASE_FILE
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE other_program (x)")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match=r"in use by another program \(database locked\)"):
            open_store(sqlite_url(path), busy_timeout=0.2)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_locked_database_on_write_says_so(data_dir: Path) -> None:
    # The workspace is open (WAL: readers go on); another program holds the write lock
    # longer than the busy timeout: the write fails with a StoreError in words.
    Workspace.open(data_dir).close()
    path = data_dir / DATABASE_FILE
    store = open_store(sqlite_url(path), busy_timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="in use by another program"), store.writing() as s:
            s.execute(text("INSERT INTO saved_views (name, query, position) VALUES ('x', '{}', 0)"))
        with store.session() as session:  # reading still works
            assert session.execute(text("SELECT count(*) FROM saved_views")).scalar() == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


def test_busy_timeout_waits_for_a_short_lock(data_dir: Path) -> None:
    import threading

    Workspace.open(data_dir).close()
    path = data_dir / DATABASE_FILE
    store = open_store(sqlite_url(path), busy_timeout=10)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with store.writing() as s:
            s.execute(text("INSERT INTO saved_views (name, query, position) VALUES ('x', '{}', 0)"))
    finally:
        release.join()
        other.close()
        store.close()


def test_wal_mode_and_foreign_keys_are_on(workspace: Workspace) -> None:
    with workspace.store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), workspace.store.writing() as session:
        session.execute(
            text(
                "INSERT INTO communities (account_id, external_id, platform, name, url, "
                "description, followed) VALUES (424242, 'x', 'p', 'n', '', '', 1)"
            )
        )


def test_unwritable_folder_gives_a_plain_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="cannot be opened"):
            open_store(sqlite_url(folder / DATABASE_FILE))
    finally:
        folder.chmod(0o700)


def test_folder_that_cannot_be_created_gives_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError, match="cannot be created"):
        open_store(sqlite_url(blocker / "inside" / DATABASE_FILE))
    with pytest.raises(StoreError, match="cannot be created: File exists"):
        Workspace.open(blocker)


# -- errors by SQLite's code, the immediate write transaction, the seam --------------------


def test_a_full_disk_is_told_by_its_error_code(workspace: Workspace) -> None:
    # A real SQLITE_FULL: the file may not grow past its current size on this connection.
    with pytest.raises(StoreError) as caught, workspace.store.writing_immediately() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        conn.exec_driver_sql(
            "INSERT INTO saved_views (name, query, position) VALUES (?, '{}', 0)",
            ("x" * 200_000,),
        )
    assert str(caught.value) == f"The disk holding {database(workspace)} is full."
    with workspace.store.session() as session:  # nothing half written
        assert session.execute(text("SELECT count(*) FROM saved_views")).scalar() == 0


def test_a_bug_is_not_dressed_up_as_an_environment_error(workspace: Workspace) -> None:
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError, match="no such table"), workspace.store.session() as s:
        s.execute(text("SELECT * FROM no_such_table"))


def test_writing_immediately_holds_the_write_lock_from_the_start(workspace: Workspace) -> None:
    other = sqlite3.connect(database(workspace), isolation_level=None, timeout=0)
    try:
        with workspace.store.writing_immediately() as connection:
            connection.exec_driver_sql("SELECT 1")  # no write yet: the lock is held anyway
            with pytest.raises(sqlite3.OperationalError) as caught:
                other.execute("BEGIN IMMEDIATE")
            assert caught.value.sqlite_errorcode == sqlite3.SQLITE_BUSY
        other.execute("BEGIN IMMEDIATE")  # released on commit
        other.execute("ROLLBACK")
    finally:
        other.close()


CORE = Path(__file__).resolve().parents[1] / "workbench" / "core"
# The DBAPI module, raw driver SQL, the FTS5 table, SQLite's transaction mode, ? parameters.
# Qmark parameters as SQL writes them ("= ?", "IN (?"), not a regular expression's "(?i)".
SQLITE_ONLY = ("import sqlite3", "sqlite3.", "exec_driver_sql", "driver_connection", "items_fts",
               "BEGIN IMMEDIATE", "= ?", "IN (?", "VALUES (?")  # fmt: skip
NOT_YET: set[str] = set()  # every module of core is free of SQLite-specific code


def test_core_holds_no_sqlite_specific_code() -> None:
    found = [
        f"{path.relative_to(CORE)}: {word}"
        for path in sorted(CORE.rglob("*.py"))
        if str(path.relative_to(CORE)) not in NOT_YET
        for word in SQLITE_ONLY
        if word in path.read_text(encoding="utf-8")
    ]
    assert found == []
