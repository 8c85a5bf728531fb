"""Checking and copying a SQLite store: integrity checks, online backups, the backups kept
before each migration."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from workbench.db.interfaces import StoreError
from workbench.db.sqlite.errors import DAMAGED, backups_dir, error_code, explain
from workbench.db.sqlite.fts import fts_integrity

log = logging.getLogger(__name__)

KEEP_BACKUPS = 3  # migration backups kept in the workspace's backups/ folder
MAX_PROBLEMS = 20  # integrity_check stops listing after this many
# integrity_check's line for a page that is not a b-tree page at all (overwritten).
UNREADABLE_PAGE = re.compile(r"Page (\d+): btreeInitPage\(\) returns error code")


def check_file(path: Path) -> list[str]:
    """What is wrong with the store file at ``path``, in plain words; [] if nothing."""
    if not path.is_file():
        return [f"There is no workspace file at {path}."]
    try:
        with closing(sqlite3.connect(path, timeout=10)) as connection:
            rows = connection.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
            problems = _plain([line for r in rows for line in str(r[0]).splitlines()])
            has_index = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'items_fts'"
            ).fetchone()
            if not problems and has_index:
                # Only on an intact file: the FTS check reads every item through the index.
                problems += fts_integrity(connection.cursor())
                connection.rollback()
    except sqlite3.DatabaseError as error:
        if error_code(error) not in DAMAGED:
            plain = explain(error, str(path))  # locked, unreadable: no answer about the file
            raise (plain or StoreError(f"{path} could not be checked ({error}).")) from error
        return [f"The file cannot be read as a database ({error})."]
    return problems


def _plain(report: list[str]) -> list[str]:
    """integrity_check's lines, the pages SQLite cannot read at all gathered into one."""
    pages: list[int] = []
    others: list[str] = []
    for line in report:
        found = UNREADABLE_PAGE.match(line)
        if found:
            pages.append(int(found[1]))
        elif line != "ok" and not line.startswith("*** in database"):
            others.append(line)
    if pages:
        listed = ", ".join(str(p) for p in sorted(set(pages)))
        others.insert(0, f"{len(set(pages))} page(s) of the file hold garbage: {listed}.")
    if len(report) >= MAX_PROBLEMS:
        others.append(f"(The check stops after {MAX_PROBLEMS} problems; there may be more.)")
    return others


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def copy_database(source: Path, destination: Path, *, overwrite: bool = False) -> None:
    """A consistent copy of the store at ``source`` taken with SQLite's online backup API
    (other connections may go on writing meanwhile). Written beside ``destination`` first,
    so a failed copy leaves nothing half written."""
    if destination.exists() and not overwrite:
        raise StoreError(f"{destination} already exists; choose another name (or --force).")
    if destination.is_dir():
        raise StoreError(f"{destination} is a folder; give the name of the backup file.")
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(source, timeout=10)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst, pages=4096)
        os.replace(partial, destination)
    except OSError as error:
        _remove(partial)
        raise StoreError(
            f"The backup {destination} cannot be written: {error.strerror}."
        ) from error
    except sqlite3.DatabaseError as error:
        _remove(partial)
        plain = explain(error, str(source))
        raise (plain or StoreError(f"The backup could not be made ({error}).")) from error


def backup_before_migration(path: Path, revision: str) -> Path:
    """Copy the store before migrating it from ``revision``; keep the last KEEP_BACKUPS."""
    folder = backups_dir(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    destination = folder / f"{path.stem}-schema-{revision}-{stamp}.sqlite3"
    serial = 1
    while destination.exists():  # two migrations within a second
        serial += 1
        destination = folder / f"{path.stem}-schema-{revision}-{stamp}-{serial}.sqlite3"
    copy_database(path, destination)
    kept = sorted(folder.glob(f"{path.stem}-schema-*.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in kept[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s before migrating", path, destination)
    return destination
