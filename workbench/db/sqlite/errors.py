"""SQLite errors in plain words: environment problems told from bugs by SQLite's error code.

The code (``sqlite_errorcode``, Python 3.11) says what happened whatever the wording of the
message, which changes between SQLite versions and locales (style rule 18).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.db.interfaces import StoreError

BACKUPS = "backups"  # beside the database file, in the workspace folder

DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
LOCKED = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
FULL = {sqlite3.SQLITE_FULL}
READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}
DISK = {sqlite3.SQLITE_IOERR}
ENVIRONMENT = DAMAGED | LOCKED | FULL | READ_ONLY | DISK | {sqlite3.SQLITE_NOMEM}


def error_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind ``error`` (a DBAPI or SQLAlchemy error)."""
    cause: BaseException | None = getattr(error, "orig", None) or error
    code = getattr(cause, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF  # extended codes keep it in the low byte


def backups_dir(database: str | Path) -> Path:
    return Path(database).parent / BACKUPS


def newest_backup(database: str | Path) -> Path | None:
    folder = backups_dir(database)
    try:
        found = sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return None
    return found[-1] if found else None


def damaged_message(where: str) -> str:
    backup = newest_backup(where)
    restore = f"restore the automatic backup {backup}" if backup else "restore a backup of your own"
    return (
        f"The workspace file {where} is damaged or is not a Community Workbench database. "
        f"Run `workbench store check` to see what is damaged and how to {restore}, "
        "or choose another workspace folder."
    )


def explain(error: BaseException, where: str) -> StoreError | None:
    """The StoreError for a locked, full, damaged or read-only store; None for a bug."""
    code = error_code(error)
    detail = str(getattr(error, "orig", error))
    if code in LOCKED:
        return StoreError(f"The workspace {where} is in use by another program (database locked).")
    if code in DAMAGED:
        return StoreError(damaged_message(where))
    if code in FULL:
        return StoreError(f"The disk holding {where} is full.")
    if code in READ_ONLY:
        return StoreError(f"The workspace {where} cannot be opened for writing ({detail}).")
    if code in DISK:
        return StoreError(f"The disk holding {where} could not be read or written ({detail}).")
    if code == sqlite3.SQLITE_NOMEM:
        return StoreError(f"There is not enough memory to work on {where}.")
    return None
