"""One sync of a workspace at a time, across processes.

Two processes syncing one workspace (two ``workbench sync``, or the app and a cron job)
would both read the same accounts and split the work. A sync therefore holds an OS file
lock on ``sync.lock`` in the workspace folder: ``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows. The OS drops the lock when the holder exits or dies, so a killed sync never
blocks the next one; the pid and start time written into the file only say *who* holds it
(a file left with a pid but no lock held is not a lock).

Within one process the lock is shared: threads syncing different accounts count in and
out, and the per-account locks of the engine keep them apart.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench.core.text import QT_TRANSLATE_NOOP, Words

log = logging.getLogger(__name__)

LOCK_FILE = "sync.lock"
L = "SyncLock"  # the translation context of what the lock says
# Windows locks byte ranges and refuses reads of a locked range: lock one byte far past
# the holder's details so that another process can still read them.
_WINDOWS_LOCK_OFFSET = 1 << 30


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as written in the lock file (either may be unknown)."""

    pid: int | None
    started_at: datetime | None

    def words(self) -> Words:
        """Who, in words the GUI and CLI translate ("process 412, started 09:30")."""
        if self.pid == os.getpid():
            who = Words(L, QT_TRANSLATE_NOOP("SyncLock", "this process"))
        elif self.pid:
            who = Words(L, QT_TRANSLATE_NOOP("SyncLock", "process {pid}"), {"pid": self.pid})
        else:
            who = Words(L, QT_TRANSLATE_NOOP("SyncLock", "another process"))
        if self.started_at is None:
            return who
        at = f"{self.started_at.astimezone():%H:%M}"
        started = QT_TRANSLATE_NOOP("SyncLock", "{who}, started {time}")
        return Words(L, started, {"who": who, "time": at})

    def describe(self) -> str:
        return str(self.words())


class SyncBusy(Exception):
    """Another process (or another workspace object here) is syncing this workspace."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        self.path = path
        self.holder = holder
        text = QT_TRANSLATE_NOOP(
            "SyncLock",
            "A sync of this workspace is already running ({who}). "
            "Wait for it to finish, or stop it, and sync again.",
        )
        super().__init__(Words(L, text, {"who": holder.words()}))


class SyncLockError(Exception):
    """The lock file cannot be created or opened (a read-only folder, no permission)."""


def _read_holder(path: Path) -> LockHolder:
    """The details the holder wrote; it writes them right after locking, so wait a moment
    for them rather than report an unknown process."""
    deadline = time.monotonic() + 0.5
    while True:
        try:
            data = json.loads(path.read_text(encoding="utf-8") or "null")
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    if not isinstance(data, dict):
        return LockHolder(None, None)
    pid = data.get("pid")
    try:
        started = datetime.fromisoformat(str(data.get("started_at")))
    except ValueError:
        started = None
    return LockHolder(pid if isinstance(pid, int) else None, started)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            if error.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


# A file system that cannot lock (some network mounts): sync unguarded rather than never.
_NO_LOCKING = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS}


class WorkspaceLock:
    """The cross-process sync lock on ``path``; re-entrant across this process's threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._guard = threading.Lock()
        self._count = 0
        self._fd: int | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock for the block; raises SyncBusy (or SyncLockError) instead."""
        self.acquire()
        try:
            yield
        finally:
            self.release()

    def acquire(self) -> None:
        with self._guard:
            if self._count == 0:
                self._fd = self._lock_file()
            self._count += 1

    def release(self) -> None:
        with self._guard:
            self._count -= 1
            if self._count == 0 and self._fd is not None:
                fd, self._fd = self._fd, None
                try:
                    os.ftruncate(fd, 0)  # no stale details for the next reader
                    _unlock(fd)
                finally:
                    os.close(fd)  # closing drops the lock in any case

    def _lock_file(self) -> int | None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            text = QT_TRANSLATE_NOOP("SyncLock", "The sync lock {path} cannot be opened: {error}.")
            raise SyncLockError(
                Words(L, text, {"path": str(self.path), "error": error.strerror})
            ) from error
        try:
            locked = _try_lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in _NO_LOCKING:
                log.warning("%s cannot be locked (%s): syncing unguarded", self.path, error)
                return None
            text = QT_TRANSLATE_NOOP("SyncLock", "The sync lock {path} cannot be taken: {error}.")
            raise SyncLockError(
                Words(L, text, {"path": str(self.path), "error": error.strerror})
            ) from error
        if not locked:
            os.close(fd)
            raise SyncBusy(self.path, _read_holder(self.path))
        details = {"pid": os.getpid(), "started_at": datetime.now(UTC).isoformat()}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(details).encode())
        return fd
